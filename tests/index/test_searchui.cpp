// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The index in the GUI on a copy of wg-async: Project reopens from the index
// at once and follows changes on disk; search, backlinks and quick open.
#include "core/index/indexdatabase.h"
#include "core/index/searcher.h"
#include "core/project/project.h"
#include "ui/search/backlinkspanel.h"
#include "ui/search/quickopendialog.h"
#include "ui/search/searchpanel.h"

#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

class TestSearchUi : public QObject
{
    Q_OBJECT
public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid() && m_dir.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        m_root = m_dir.filePath(QStringLiteral("wg-async"));
        QVERIFY(storyloom::test::copyCorpus(m_root));
    }

    void projectReopensFromTheIndex()
    {
        {
            Project first;
            first.open(m_root);
            first.waitForLoaded();
            QVERIFY(first.snapshot() && first.snapshot()->entities().size() > 100);
            m_entities = first.snapshot()->entities().size();
        }
        QVERIFY(QFile::exists(IndexDatabase::pathFor(m_root)));
        // Second open: the first snapshot comes from the index while the refresh still runs.
        Project again;
        QList<bool> loadingAtSnapshot;
        QList<size_t> sizes;
        connect(&again, &Project::snapshotChanged, this, [&](const Snapshot &s) {
            loadingAtSnapshot.append(again.isLoading());
            sizes.append(s->entities().size());
        });
        again.open(m_root);
        again.waitForLoaded();
        // Nothing changed on disk: the refresh hands back that same snapshot, so views are not rebuilt twice.
        QCOMPARE(sizes.size(), 1);
        QVERIFY(loadingAtSnapshot.first());
        QCOMPARE(sizes.first(), m_entities);
        QCOMPARE(again.snapshot()->entities().size(), m_entities);

        // A change on disk by another program: picked up without asking.
        QSignalSpy indexUpdated(&again, &Project::indexUpdated);
        QFile file(m_root + QStringLiteral("/src/vision/characters/barbara.md"));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nBarbara once debugged a flibbertigibbet.\n");
        file.close();
        // Prose only: the index takes the new text, and the graph (and its views) stay as they are.
        auto indexed = [this] {
            IndexDatabase::Opened opened = IndexDatabase::open(m_root);
            return opened.database
                && Searcher(opened.database->connection(), m_root)
                       .search(SearchQuery(QStringLiteral("flibbertigibbet")))
                       .hits.size()
                == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(indexed(), 20000);
        again.waitForLoaded();
        QCOMPARE(sizes.size(), 1);
        QTRY_VERIFY(!indexUpdated.isEmpty()); // so a search shown runs again

        // Search finds it, and a click asks to open it at the line.
        SearchPanel panel;
        QSignalSpy shown(&panel, &SearchPanel::resultsShown);
        panel.setProjectRoot(m_root);
        panel.setQuery(QStringLiteral("flibbertigibbet"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching() && panel.hitCount() == 1, 10000);
        QCOMPARE(panel.lastResult().hits.first().path, QStringLiteral("src/vision/characters/barbara.md"));
        panel.setQuery(QStringLiteral("\"broken"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching() && !panel.lastResult().ok(), 10000);
        QCOMPARE(panel.hitCount(), 0);

        // Backlinks of the most linked-to entity.
        const Snapshot snapshot = again.snapshot();
        QString target;
        size_t most = 0;
        for (const Entity &e : snapshot->entities()) {
            if (snapshot->incoming(e.id).size() > most) {
                most = snapshot->incoming(e.id).size();
                target = e.id;
            }
        }
        QVERIFY(most > 0);
        BacklinksPanel backlinks;
        backlinks.setSnapshot(snapshot);
        backlinks.setEntity(target);
        QCOMPARE(size_t(backlinks.linkCount()), most);
        QVERIFY(backlinks.groupCount() >= 1);

        // Quick open.
        QuickOpenDialog quick;
        quick.setSnapshot(snapshot);
        quick.setFilter(QStringLiteral("barbara"));
        QVERIFY(!quick.candidates().isEmpty());
        QVERIFY(quick.candidates().first().contains(QStringLiteral("barbara")));
    }

private:
    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    QString m_root;
    size_t m_entities = 0;
};

QTEST_MAIN(TestSearchUi)
#include "test_searchui.moc"
