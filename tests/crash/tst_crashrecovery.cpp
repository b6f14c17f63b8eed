// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL the main window (storyloom-crash-child) while it indexes, writes a
// roadmap edit and syncs, on copies of wg-async, at several moments each; then
// check what a restart finds: no file truncated or half-written, the index is
// valid or rebuilt, the repository reads cleanly (`git status`, `git fsck`)
// and the next sync finishes the work. The autosave kill: tst_crashautosave.
#include "crashkill.h"

#include "core/extract/projectloader.h"
#include "core/roadmap/roadmapeditor.h"
#include "core/sync/syncsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using crashtest::filesUnder;
using crashtest::runAndKill;
using crashtest::runCli;
using crashtest::waitForGitToFinish;
using test::copyCorpus;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The children and this test share journal, index and settings folders, away from the user's own.
        for (const char *name : { "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME" })
            qputenv(name, m_home.filePath(QString::fromLatin1(name)).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("storyloom"));
        QCoreApplication::setApplicationName(QStringLiteral("storyloom"));
    }

    void killWhileIndexing()
    {
        const QString root = m_home.filePath(QStringLiteral("index/wg-async"));
        QVERIFY(copyCorpus(root));
        const test::ProcessResult fresh = runCli({ QStringLiteral("index"), QStringLiteral("--json"), root },
            m_home.filePath(QStringLiteral("fresh-cache")));
        QCOMPARE(fresh.exitCode, 0);
        const int expected = QJsonDocument::fromJson(fresh.out).object().value(QStringLiteral("entities")).toInt();
        QVERIFY(expected > 100);

        const QString cache = qEnvironmentVariable("XDG_CACHE_HOME");
        for (const int delay : { 0, 150, 400, 900, 1600 }) {
            QFile grace(root + QStringLiteral("/src/vision/characters/grace.md"));
            QVERIFY(grace.open(QIODevice::Append));
            grace.write("\nGrace notes run " + QByteArray::number(delay) + " here.\n");
            grace.close();
            QVERIFY(!runAndKill({ QStringLiteral("index"), root }, "opening", delay).isEmpty());

            // The next start finds a usable index (or rebuilds it) with the right answers.
            const test::ProcessResult again
                = runCli({ QStringLiteral("index"), QStringLiteral("--json"), root }, cache);
            QCOMPARE(again.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("entities")).toInt(), expected);
            const test::ProcessResult search
                = runCli({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--no-refresh"), root,
                             QStringLiteral("\"Grace notes run %1\"").arg(delay) },
                    cache);
            QCOMPARE(search.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(search.out).array().size(), 1);
        }
    }

    void killWhileWritingARoadmapEdit()
    {
        const QString root = m_home.filePath(QStringLiteral("roadmap/wg-async"));
        QVERIFY(copyCorpus(root));
        const QString page = root + QStringLiteral("/src/vision/roadmap.md");
        const QByteArray before = test::readFile(page);
        const Snapshot original = ProjectLoader::load(root);
        const QStringList files = filesUnder(root);
        for (const int delay : { 150, 400, 800, 1300, 2000 }) {
            const QString line = runAndKill({ QStringLiteral("roadmap"), root }, "editing", delay);
            QVERIFY(line.startsWith(QLatin1String("editing ")));
            const QString id = line.mid(8);
            GoalEdit done;
            done.state = GoalState::Done;
            const EditPlan plan = RoadmapEditor::plan(*original, id, done);
            QVERIFY(plan.edit);
            // The page is either as it was or holds the whole edit; no other file changed or appeared.
            const QByteArray now = test::readFile(page);
            QVERIFY2(now == before || now == plan.edit->bytesAfter(QStringLiteral("src/vision/roadmap.md")),
                now.left(2000).constData());
            QCOMPARE(filesUnder(root), files);
        }
        const Snapshot after = ProjectLoader::load(root);
        QCOMPARE(after->entities().size(), original->entities().size());
        QCOMPARE(after->diagnostics().size(), original->diagnostics().size());
    }

    void killWhileSyncing()
    {
        if (QProcess::execute(QStringLiteral("git"), { QStringLiteral("--version") }) != 0)
            QSKIP("git is not installed");
        for (const int delay : { 0, 60, 200, 500, 1200 }) {
            test::TwoAuthors authors;
            QVERIFY(authors.setUp());
            // Bob's change is on the remote; Alice has an edit of her own: Sync commits, pulls, merges and pushes.
            QVERIFY(
                test::editFile(test::TwoAuthors::path(authors.b, test::TwoAuthors::storyY()), "Alan", "Alan (Bob)"));
            QVERIFY(SyncSession(authors.b).run({}).outcome == SyncResult::Outcome::Synced);
            const QString mine = test::TwoAuthors::path(authors.a, test::TwoAuthors::storyX());
            QVERIFY(test::editFile(mine, "caching", "caching (Alice)"));
            const QByteArray edited = test::readFile(mine);

            QVERIFY(!runAndKill({ QStringLiteral("sync"), authors.a }, "syncing", delay).isEmpty());
            QVERIFY(waitForGitToFinish(authors.a));
            // The repository reads cleanly, and Alice's edit is whole, committed or not.
            QVERIFY(test::git(authors.a, { QStringLiteral("status") }).ok());
            const test::GitOutput fsck
                = test::git(authors.a, { QStringLiteral("fsck"), QStringLiteral("--no-progress") });
            QVERIFY2(fsck.ok(), qPrintable(fsck.err));
            QCOMPARE(test::readFile(mine), edited);

            // After a restart, Sync finishes the work: both edits everywhere, nothing left behind.
            const SyncResult result = SyncSession(authors.a).run({});
            QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.message));
            QCOMPARE(test::readFile(mine), edited);
            QVERIFY(
                test::readFile(test::TwoAuthors::path(authors.a, test::TwoAuthors::storyY())).contains("Alan (Bob)"));
            QVERIFY(test::TwoAuthors::isClean(authors.a));
            QCOMPARE(test::TwoAuthors::head(authors.a), authors.remoteHead());
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
