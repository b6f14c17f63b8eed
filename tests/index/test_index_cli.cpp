// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `storyloom-cli index` and `search` as separate processes: output, exit
// codes on bad queries, two writers at once, and kill -9 while indexing.
#include "core/index/indexdatabase.h"
#include "core/index/indexer.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace storyloom;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestIndexCli : public QObject
{
    Q_OBJECT
public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The cache folder is named after the application, as in storyloom-cli.
        QCoreApplication::setApplicationName(QStringLiteral("storyloom"));
        QCoreApplication::setOrganizationName(QStringLiteral("storyloom"));
        m_root = m_dir.filePath(QStringLiteral("wg-async"));
        QVERIFY(storyloom::test::copyCorpus(m_root));
        m_cli = QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli");
        QVERIFY(QFileInfo::exists(m_cli));
    }

    void indexAndSearch()
    {
        const QString cache = newCache();
        Run first = run(cache, { QStringLiteral("index"), QStringLiteral("--json"), m_root });
        QCOMPARE(first.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(first.out).object();
        QVERIFY(stats.value(QStringLiteral("filesRead")).toInt() > 100);
        QVERIFY(stats.value(QStringLiteral("database")).toString().startsWith(cache));
        Run second = run(cache, { QStringLiteral("index"), QStringLiteral("--json"), m_root });
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(second.out).object().value(QStringLiteral("filesRead")).toInt(), 0);
        Run text = run(cache, { QStringLiteral("index"), m_root });
        QVERIFY(text.out.contains("0 files read"));

        Run search = run(cache,
            { QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5"),
                m_root, QStringLiteral("MonsterMesh") });
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        QVERIFY(hits.size() >= 3 && hits.size() <= 5);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("path")).toString(),
            QStringLiteral("src/vision/projects/MonsterMesh.md"));
        for (const QJsonValue &hit : hits) {
            const QJsonObject o = hit.toObject();
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("line")).toInt() >= 1);
            QVERIFY(o.value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QStringLiteral("MonsterMesh"), Qt::CaseInsensitive));
        }
        Run typed = run(cache,
            { QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--type"), QStringLiteral("character"),
                m_root, QStringLiteral("async") });
        QCOMPARE(typed.exitCode, 0);
        const QJsonArray characters = QJsonDocument::fromJson(typed.out).array();
        QVERIFY(!characters.isEmpty());
        for (const QJsonValue &hit : characters)
            QCOMPARE(hit.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("character"));
        Run plain = run(cache, { QStringLiteral("search"), m_root, QStringLiteral("MonsterMesh") });
        QVERIFY(plain.out.startsWith("src/vision/projects/MonsterMesh.md:"));
        QVERIFY(plain.out.contains("**MonsterMesh**"));
    }

    void laterProcessesRewriteOnlyWhatChanged()
    {
        // What the index stores to compare text by (fingerprints, body digests) must mean the
        // same in the next process: else every file's search rows were written again.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("wg-async"));
        QVERIFY(storyloom::test::copyCorpus(root));
        const QString cache = newCache();
        QCOMPARE(run(cache, { QStringLiteral("index"), root }).exitCode, 0);
        QFile story(root + QStringLiteral("/src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"));
        QVERIFY(story.open(QIODevice::Append));
        story.write("\nSee [the charter](../../../CHARTER.md).\n");
        story.close();
        Run again = run(cache, { QStringLiteral("index"), QStringLiteral("--json"), root });
        QCOMPARE(again.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(stats.value(QStringLiteral("filesRead")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("searchFilesWritten")).toInt(), 1);
    }

    void queryErrorsExitTwo_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"async fn");
        QTest::newRow("lone NEAR(") << QStringLiteral("NEAR(");
        QTest::newRow("bad type") << QString();
    }

    void queryErrorsExitTwo()
    {
        QFETCH(QString, query);
        const QString cache = newCache();
        const Run r = query.isEmpty() ? run(cache,
                                            { QStringLiteral("search"), QStringLiteral("--type"),
                                                QStringLiteral("nonsense"), m_root, QStringLiteral("x") })
                                      : run(cache, { QStringLiteral("search"), m_root, query });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.err.contains("Segmentation"));
    }

    void twoProcessesAtOnce()
    {
        const QString cache = newCache();
        QProcess a, b;
        for (QProcess *p : { &a, &b }) {
            p->setProcessEnvironment(environment(cache));
            p->start(m_cli, { QStringLiteral("index"), QStringLiteral("--json"), m_root });
        }
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const int readA
            = QJsonDocument::fromJson(a.readAllStandardOutput()).object().value(QStringLiteral("filesRead")).toInt();
        const int readB
            = QJsonDocument::fromJson(b.readAllStandardOutput()).object().value(QStringLiteral("filesRead")).toInt();
        // One built the index; the other waited for it and found nothing to read.
        QVERIFY(readA > 100 || readB > 100);
        QVERIFY(readA == 0 || readB == 0);
        QVERIFY(databaseHealthy(cache));
    }

    void killDuringIndexing()
    {
        // Kill at different moments; every next run must find a usable or rebuildable index with right answers.
        const int delays[] = { 0, 40, 120, 250, 500 };
        const QString cache = newCache();
        int expectedEntities = -1;
        for (int delay : delays) {
            // Change a file so that there is work to do each time.
            QFile file(m_root + QStringLiteral("/src/vision/characters/grace.md"));
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray("\nGrace notes run ") + QByteArray::number(delay) + " here.\n");
            file.close();
            QProcess p;
            p.setProcessEnvironment(environment(cache));
            p.start(m_cli, { QStringLiteral("index"), m_root });
            QVERIFY(p.waitForStarted());
            QTest::qWait(delay);
            // processId() is 0 once the process has ended, and kill(0) would hit this test's whole process group.
            if (p.state() != QProcess::NotRunning && p.processId() > 0)
                ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(30000);

            const Run again = run(cache, { QStringLiteral("index"), QStringLiteral("--json"), m_root });
            QCOMPARE(again.exitCode, 0);
            const int entities = QJsonDocument::fromJson(again.out).object().value(QStringLiteral("entities")).toInt();
            if (expectedEntities < 0)
                expectedEntities = entities;
            QCOMPARE(entities, expectedEntities);
            const Run search = run(cache,
                { QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--no-refresh"), m_root,
                    QStringLiteral("\"Grace notes run %1\"").arg(delay) });
            QCOMPARE(search.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(search.out).array().size(), 1);
            QVERIFY(databaseHealthy(cache));
        }
    }

private:
    QString newCache() { return m_dir.filePath(QStringLiteral("cache-%1").arg(++m_caches)); }

    QProcessEnvironment environment(const QString &cache) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
        return env;
    }

    Run run(const QString &cache, const QStringList &arguments) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(cache));
        p.start(m_cli, arguments);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    bool databaseHealthy(const QString &cache) const
    {
        const QByteArray previous = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", cache.toUtf8());
        const QString path = IndexDatabase::pathFor(m_root);
        qputenv("XDG_CACHE_HOME", previous);
        if (!path.startsWith(cache))
            return false;
        const IndexDatabase::Opened opened = IndexDatabase::openFile(path, IndexDatabase::Verify::Yes);
        return opened.database && opened.notice.isEmpty() && opened.database->hasSnapshot();
    }

    QTemporaryDir m_dir;
    QString m_root;
    QString m_cli;
    int m_caches = 0;
};

QTEST_GUILESS_MAIN(TestIndexCli)
#include "test_index_cli.moc"
