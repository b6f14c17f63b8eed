// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `storyloom-cli sync`: exit codes, and SIGKILL during each step leaves a repository the next sync completes.
#include "gitfixture.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace storyloom::test;

class TestSyncCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString cli() { return QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"); }

    static Result sync(const QStringList &arguments)
    {
        QProcess process;
        process.start(cli(), QStringList { QStringLiteral("sync") } + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    static bool waitForFile(const QString &path)
    {
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(path)) {
            if (timer.elapsed() > 60000)
                return false;
            QThread::msleep(20);
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QProcess::execute(QStringLiteral("git"), { QStringLiteral("--version") }) != 0)
            QSKIP("git is not installed");
    }

    void exitCodes()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QTemporaryDir plain;
        Result r = sync({ plain.path() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not under version control")));

        // --no-push commits and leaves the remote alone.
        const QString remoteBefore = authors.remoteHead();
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "is working on an HTTP server.",
            "is working on a gRPC server."));
        r = sync({ QStringLiteral("--no-push"), QStringLiteral("--message"), QStringLiteral("Say gRPC"), authors.a });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(authors.remoteHead(), remoteBefore);
        QCOMPARE(TwoAuthors::lastMessage(authors.a), QStringLiteral("Say gRPC"));
        r = sync({ authors.a });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));

        // The same paragraph on both sides: exit 3, the path on stdout, both texts kept.
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyX()), "is working on an HTTP server.",
            "is working on a GraphQL server."));
        r = sync({ authors.b });
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out.trimmed(), TwoAuthors::storyX());
        const QByteArray both = readFile(TwoAuthors::path(authors.b, TwoAuthors::storyX()));
        QVERIFY(both.contains("gRPC") && both.contains("GraphQL"));
        QCOMPARE(sync({ authors.b }).exitCode, 3);
        r = sync({ QStringLiteral("--abort"), authors.b });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(TwoAuthors::isClean(authors.b));
        QVERIFY(readFile(TwoAuthors::path(authors.b, TwoAuthors::storyX())).contains("GraphQL server"));

        // Offline: exit 1 with a clear message; the commit stays.
        const QString away = authors.remote + QStringLiteral(".away");
        QVERIFY(QDir().rename(authors.remote, away));
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyY()), "Alan", "Alan offline"));
        r = sync({ authors.a });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("(offline)")), qPrintable(r.err));
        QVERIFY(TwoAuthors::isClean(authors.a));
        QVERIFY(QDir().rename(away, authors.remote));
        QCOMPARE(sync({ authors.a }).exitCode, 0);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
    }

    /** Runs the CLI with a `git` first on PATH that logs each command it is asked to run, then runs the real one. */
    static Result syncLoggingGit(const QString &binDir, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), binDir + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        process.setProcessEnvironment(env);
        process.start(cli(), QStringList { QStringLiteral("sync") } + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    void fewGitProcessesWhenTheRemoteDidNotMove()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString realGit = QStandardPaths::findExecutable(QStringLiteral("git"));
        QVERIFY(!realGit.isEmpty());
        const QString binDir = authors.dir.filePath(QStringLiteral("logbin"));
        const QString log = authors.dir.filePath(QStringLiteral("git.log"));
        QVERIFY(writeFile(binDir + QStringLiteral("/git"),
            "#!/bin/sh\necho \"$1\" >> '" + log.toUtf8() + "'\nexec '" + realGit.toUtf8() + "' \"$@\"\n"));
        QVERIFY(QFile::setPermissions(binDir + QStringLiteral("/git"),
            QFile::permissions(binDir + QStringLiteral("/git")) | QFileDevice::ExeOwner));
        const auto commands = [&log] {
            const QList<QByteArray> lines = readFile(log).trimmed().split('\n');
            QFile::remove(log);
            QStringList names;
            for (const QByteArray &line : lines)
                names.append(QString::fromUtf8(line));
            return names;
        };

        // One changed story, nobody else pushed: the push is the whole exchange with the remote (no fetch, no merge).
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching quickly"));
        Result r = syncLoggingGit(binDir, { QStringLiteral("--message"), QStringLiteral("Quick"), authors.a });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList ran = commands();
        QVERIFY2(!ran.contains(QStringLiteral("fetch")) && !ran.contains(QStringLiteral("merge")),
            qPrintable(ran.join(u' ')));
        QVERIFY2(ran.count(QStringLiteral("push")) == 1 && ran.count(QStringLiteral("add")) == 1
                && ran.count(QStringLiteral("commit")) == 1,
            qPrintable(ran.join(u' ')));
        QVERIFY2(ran.size() <= 6, qPrintable(ran.join(u' ')));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));

        // Bob pushed meanwhile: Alice's push is refused, then she fetches, merges and pushes; both edits arrive.
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan", "Alan (B)"));
        QCOMPARE(sync({ authors.b }).exitCode, 0);
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching quickly", "caching very quickly"));
        r = syncLoggingGit(binDir, { authors.a });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ran = commands();
        QCOMPARE(ran.count(QStringLiteral("fetch")), 1);
        QCOMPARE(ran.count(QStringLiteral("merge")), 1);
        QCOMPARE(ran.count(QStringLiteral("push")), 2);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        QVERIFY(readFile(TwoAuthors::path(authors.a, TwoAuthors::storyY())).contains("Alan (B)"));

        // Nothing of ours to send: fetch and fast-forward, no push.
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan (B)", "Alan (B2)"));
        QCOMPARE(sync({ authors.b }).exitCode, 0);
        r = syncLoggingGit(binDir, { authors.a });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ran = commands();
        QVERIFY2(
            ran.contains(QStringLiteral("fetch")) && !ran.contains(QStringLiteral("push")), qPrintable(ran.join(u' ')));
        QVERIFY(readFile(TwoAuthors::path(authors.a, TwoAuthors::storyY())).contains("Alan (B2)"));
    }

    void killedDuringAStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("commit") << QStringLiteral("commit");
        QTest::newRow("fetch") << QStringLiteral("fetch");
        QTest::newRow("merge") << QStringLiteral("merge");
        QTest::newRow("push") << QStringLiteral("push");
    }

    void killedDuringAStep()
    {
        QFETCH(QString, step);
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString started = authors.dir.filePath(QStringLiteral("hook-started"));
        const QByteArray wait = "touch '" + started.toUtf8() + "'\nsleep 60\n";
        if (step == u"commit") {
            QVERIFY(TwoAuthors::installHook(authors.a, QStringLiteral("pre-commit"), wait));
        } else if (step == u"fetch") {
            // Bob moved the remote: Alice's push is refused, so her sync fetches.
            QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan", "Alan (B)"));
            QCOMPARE(sync({ authors.b }).exitCode, 0);
            const QString wrapper = authors.dir.filePath(QStringLiteral("slow-upload-pack"));
            QVERIFY(writeFile(wrapper, "#!/bin/sh\n" + wait + "exec git-upload-pack \"$@\"\n"));
            QVERIFY(QFile::setPermissions(wrapper, QFile::permissions(wrapper) | QFileDevice::ExeOwner));
            QVERIFY(
                git(authors.a, { QStringLiteral("config"), QStringLiteral("remote.origin.uploadpack"), wrapper }).ok());
        } else if (step == u"merge") {
            // Both sides moved, on different stories: the merge makes a commit and runs pre-merge-commit.
            QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan", "Alan (B)"));
            QCOMPARE(sync({ authors.b }).exitCode, 0);
            QVERIFY(TwoAuthors::installHook(authors.a, QStringLiteral("pre-merge-commit"), wait));
        } else {
            QVERIFY(TwoAuthors::installHook(authors.a, QStringLiteral("pre-push"), wait));
        }
        QVERIFY(editFile(
            TwoAuthors::path(authors.a, TwoAuthors::storyX()), "some basic caching", "some basic caching (killed)"));

        // The CLI and everything it started, in a process group of their own, killed at once.
        QProcess process;
        process.setChildProcessModifier([] { ::setpgid(0, 0); });
        process.start(cli(), { QStringLiteral("sync"), QStringLiteral("--quiet"), authors.a });
        QVERIFY(process.waitForStarted());
        QVERIFY2(waitForFile(started), "the slow hook never ran");
        // Never kill(-0): that would be this test's own process group.
        QVERIFY(process.processId() > 0);
        QVERIFY(::kill(-pid_t(process.processId()), SIGKILL) == 0);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // Git reads the repository; the next sync (hooks gone) completes.
        for (const char *hook : { "pre-commit", "pre-merge-commit", "pre-push" })
            QFile::remove(TwoAuthors::path(authors.a, QStringLiteral(".git/hooks/") + QLatin1StringView(hook)));
        git(authors.a,
            { QStringLiteral("config"), QStringLiteral("--unset"), QStringLiteral("remote.origin.uploadpack") });
        QVERIFY(git(authors.a, { QStringLiteral("status") }).ok());
        const Result again = sync({ authors.a });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(TwoAuthors::isClean(authors.a));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        const GitOutput pushed
            = git(authors.remote, { QStringLiteral("show"), QStringLiteral("main:") + TwoAuthors::storyX() });
        QVERIFY(pushed.out.contains(QStringLiteral("some basic caching (killed)")));
        if (step == u"merge" || step == u"fetch")
            QVERIFY(git(authors.remote, { QStringLiteral("show"), QStringLiteral("main:") + TwoAuthors::storyY() })
                    .out.contains(QStringLiteral("Alan (B)")));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "test_sync_cli.moc"
