// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The index keeps what its graph was extracted with: a build with another extractor
// version (or other rules) extracts the project anew instead of keeping a stale graph.
#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/index/indexdatabase.h"
#include "core/index/indexer.h"
#include "core/index/indexschema.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

class TestIndexKey : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_project;

    QString root() const { return m_project.path() + QStringLiteral("/yearbook"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid() && m_project.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/../model/data/yearbook"), root()));
    }

    void anotherExtractorVersionExtractsAnew()
    {
        const IndexRefresh first = Indexer::refresh(root());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(first.snapshot && first.filesRead > 0);
        const IndexRefresh unchanged = Indexer::refresh(root());
        QVERIFY(unchanged.graphKept);
        QCOMPARE(unchanged.filesRead, 0);

        // The key this build writes names its extractor version…
        const QString key = GraphBuilder::trimKey(readProjectConfig(root()));
        const QString version = QStringLiteral("extractor:%1 ").arg(GraphBuilder::extractorVersion);
        QVERIFY2(key.contains(version), qPrintable(key));
        {
            // …and an index an older build wrote (the same files, the same rules) holds another.
            IndexDatabase::Opened opened = IndexDatabase::open(root());
            QVERIFY(opened.database);
            QCOMPARE(opened.database->meta(MetaKey::Parses), key);
            QString older = key;
            older.replace(version, QStringLiteral("extractor:%1 ").arg(GraphBuilder::extractorVersion - 1));
            QVERIFY(opened.database->setMeta(MetaKey::Parses, older));
        }
        const IndexRefresh again = Indexer::refresh(root());
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QVERIFY(!again.graphKept);
        QCOMPARE(again.filesRead, first.filesRead);
        QVERIFY(again.snapshot);
        QCOMPARE(again.snapshot->entities().size(), first.snapshot->entities().size());
        QCOMPARE(IndexDatabase::open(root()).database->meta(MetaKey::Parses), key);
    }
};

QTEST_GUILESS_MAIN(TestIndexKey)
#include "test_indexkey.moc"
