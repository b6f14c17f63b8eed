// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Async Rust vision doc as a connected graph: links typed by the relation-typing table
// both ways, published addresses resolved, relations derived with their chains.
#include "core/extract/projectloader.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

class TestStoryGraphCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Snapshot m_graph;
    QMap<QString, QByteArray> m_before;

    QMap<QString, QByteArray> fingerprint() const
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                files.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1));
        }
        return files;
    }

    QString idOf(const QString &path) const
    {
        const Entity *e = m_graph->entityForPath(QStringLiteral("src/vision/") + path);
        return e ? e->id : QString();
    }

    std::vector<const Relation *> relations(RelationKind kind) const
    {
        std::vector<const Relation *> result;
        for (const Relation &r : m_graph->relations()) {
            if (r.kind == kind)
                result.push_back(&r);
        }
        return result;
    }

    bool has(RelationKind kind, const QString &from, const QString &to) const
    {
        for (const Relation *r : m_graph->outgoing(from)) {
            if (r->kind == kind && r->to == to)
                return true;
        }
        return false;
    }

public:
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(storyloom::test::copyCorpus(m_dir.path()));
        m_before = fingerprint();
        m_graph = ProjectLoader::load(m_dir.path());
        QVERIFY(m_graph);
    }

    void usersManualLinksRealiseGoals()
    {
        const QString manual = idOf(QStringLiteral("shiny_future/users_manual.md"));
        QVERIFY(!manual.isEmpty());
        int realised = 0;
        for (const Relation *r : m_graph->incoming(manual)) {
            if (r->kind != RelationKind::Realises)
                continue;
            ++realised;
            QVERIFY(m_graph->entity(r->from)->type == EntityType::Goal);
            QVERIFY(r->provenance == Provenance::Declared);
        }
        QVERIFY2(realised >= 8, qPrintable(QString::number(realised)));
        QVERIFY(has(RelationKind::Realises, idOf(QStringLiteral("roadmap/portable.md")), manual));
        // The three roadmap pages it links that do not exist are reported.
        QStringList broken;
        for (const Diagnostic &d : m_graph->diagnostics()) {
            if (d.location.path.endsWith(QLatin1String("users_manual.md"))
                && d.message.startsWith(QLatin1String("broken link")))
                broken << d.message.section(u'\'', 1, 1);
        }
        broken.removeDuplicates();
        broken.sort();
        QCOMPARE(broken,
            (QStringList { QStringLiteral("../roadmap/async_fn/inline_async_fn.md"),
                QStringLiteral("../roadmap/borrowed_data_and_cancellation.md"),
                QStringLiteral("../roadmap/portable/stdlib.md") }));
    }

    void shinyFutureStoriesRetell()
    {
        const QString sq = QStringLiteral("submitted_stories/status_quo/");
        const QString sf = QStringLiteral("submitted_stories/shiny_future/");
        // A relative `.html` link, under the retelling question.
        QVERIFY(has(RelationKind::Retells, idOf(sf + QStringLiteral("alan_learns_async_on_his_own.md")),
            idOf(sq + QStringLiteral("alan_tries_to_debug_a_hang.md"))));
        // The book's published address of a page that moved since (a redirect in book.toml).
        QVERIFY(has(RelationKind::Retells, idOf(sf + QStringLiteral("barbara_wants_async_tracing.md")),
            idOf(sq + QStringLiteral("alan_builds_a_cache.md"))));
        QVERIFY(has(RelationKind::Retells, idOf(sf + QStringLiteral("barbara_enjoys_an_async_sandwich.md")),
            idOf(sq + QStringLiteral("barbara_bridges_sync_and_async.md"))));
        // A bare title.
        const QString crash = idOf(sf + QStringLiteral("grace_debugs_a_crash_dump_again.md"));
        const QString told = idOf(sq + QStringLiteral("grace_debugs_a_crash_dump.md"));
        QVERIFY(has(RelationKind::Retells, crash, told));
        for (const Relation *r : m_graph->outgoing(crash)) {
            if (r->kind == RelationKind::Retells)
                QVERIFY(r->provenance == Provenance::Extracted);
        }
    }

    void publishedAddressesResolve()
    {
        // `https://rust-lang.github.io/wg-async/vision/submitted_stories/status_quo/barbara_trims_a_stacktrace.html`
        const QString page = m_graph->entityForPath(QStringLiteral("src/design_docs/async_stack_traces.md"))->id;
        QVERIFY(has(RelationKind::Links, page,
            idOf(QStringLiteral("submitted_stories/status_quo/barbara_trims_a_stacktrace.md"))));
    }

    void goalsAddressPainPointsWithTheirChains()
    {
        const std::vector<const Relation *> addresses = relations(RelationKind::Addresses);
        QVERIFY(!addresses.empty());
        for (const Relation *r : addresses) {
            QVERIFY(m_graph->entity(r->from)->type == EntityType::Goal);
            QVERIFY(m_graph->entity(r->to)->type == EntityType::PainPoint);
            if (r->provenance != Provenance::Derived)
                continue;
            QVERIFY(r->chain.size() >= 5 && r->chain.size() % 2 == 1);
            QCOMPARE(r->chain.first(), r->from);
            QCOMPARE(r->chain.last(), r->to);
            QCOMPARE(r->chain.at(r->chain.size() - 2), QStringLiteral("exposes"));
            for (qsizetype i = 0; i < r->chain.size(); i += 2)
                QVERIFY2(m_graph->entity(r->chain.at(i)), qPrintable(r->chain.at(i)));
        }
        // roadmap/scopes.md links two status-quo stories: it addresses their pain points.
        const QString scopes = idOf(QStringLiteral("roadmap/scopes.md"));
        int fromScopes = 0;
        for (const Relation *r : m_graph->outgoing(scopes))
            fromScopes += r->kind == RelationKind::Addresses;
        QVERIFY(fromScopes > 0);
    }

    void charactersAreHitByPainPoints()
    {
        const std::vector<const Relation *> hits = relations(RelationKind::HitBy);
        QVERIFY(!hits.empty());
        for (const Relation *r : hits) {
            QVERIFY(m_graph->entity(r->from)->type == EntityType::Character);
            QVERIFY(m_graph->entity(r->to)->type == EntityType::PainPoint);
            QVERIFY(r->provenance == Provenance::Derived);
            QCOMPARE(r->chain.size(), 5);
        }
    }

    void loadingChangesNoByte() { QCOMPARE(fingerprint(), m_before); }
};

QTEST_GUILESS_MAIN(TestStoryGraphCorpus)
#include "test_storygraph_corpus.moc"
