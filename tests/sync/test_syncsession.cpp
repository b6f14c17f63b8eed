// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync sequence on real repositories: a bare remote and two authors' clones of a small vision document.
#include "gitfixture.h"

#include "core/sync/conflictresolver.h"
#include "core/sync/gitrepository.h"
#include "core/sync/synclock.h"
#include "core/sync/syncsession.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestSyncSession : public QObject
{
    Q_OBJECT

    static SyncResult sync(const QString &clone, bool push = true)
    {
        SyncSession session(clone);
        SyncOptions options;
        options.push = push;
        return session.run(options);
    }

    /** A and B edit the same paragraph of story X; A syncs first, B's sync stops with a conflict. */
    static bool makeConflict(TwoAuthors &authors)
    {
        return authors.editSameParagraph() && sync(authors.a).outcome == SyncResult::Outcome::Synced;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (GitRepository::gitProgram().isEmpty())
            QSKIP("git is not installed");
    }

    void differentStoriesMergeCleanly()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(editFile(
            TwoAuthors::path(authors.a, TwoAuthors::storyX()), "some basic caching", "some basic caching (A)"));
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan", "Alan (B)"));

        SyncResult first = sync(authors.a);
        QCOMPARE(first.outcome, SyncResult::Outcome::Synced);
        QVERIFY(first.committed);
        QVERIFY(first.pushed);
        QCOMPARE(TwoAuthors::lastMessage(authors.a), QStringLiteral("Update status quo story: Alan builds a cache"));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));

        SyncResult second = sync(authors.b);
        QCOMPARE(second.outcome, SyncResult::Outcome::Synced);
        QVERIFY(second.committed);
        QVERIFY(second.merged);
        QVERIFY(second.pushed);
        QVERIFY(second.conflicts.isEmpty());

        SyncResult third = sync(authors.a);
        QCOMPARE(third.outcome, SyncResult::Outcome::Synced);
        QVERIFY(!third.committed);
        QVERIFY(third.merged);
        QVERIFY(!third.pushed);

        for (const QString &clone : { authors.a, authors.b }) {
            QVERIFY(readFile(TwoAuthors::path(clone, TwoAuthors::storyX())).contains("some basic caching (A)"));
            QVERIFY(readFile(TwoAuthors::path(clone, TwoAuthors::storyY())).contains("Alan (B)"));
            QVERIFY(TwoAuthors::isClean(clone));
            QCOMPARE(TwoAuthors::head(clone), authors.remoteHead());
        }
        // Nothing of the app's own state was committed, and a sync with nothing to do is a no-op.
        QVERIFY(
            git(authors.a, { QStringLiteral("ls-files"), QStringLiteral("--error-unmatch"), QStringLiteral(".git") })
                .exitCode
            != 0);
        QVERIFY(!QFile::exists(QDir(authors.a).filePath(QStringLiteral(".git/storyloom-sync.pid"))));
        const QString before = TwoAuthors::head(authors.a);
        QCOMPARE(sync(authors.a).outcome, SyncResult::Outcome::Synced);
        QCOMPARE(TwoAuthors::head(authors.a), before);
    }

    void asynchronousStartReportsProgress()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching!"));
        SyncSession session(authors.a);
        QSignalSpy progress(&session, &SyncSession::progress);
        QSignalSpy finished(&session, &SyncSession::finished);
        bool saved = false;
        SyncOptions options;
        options.save = [&saved] { return saved = true; };
        session.start(options);
        QVERIFY(saved);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<SyncResult>();
        QCOMPARE(result.outcome, SyncResult::Outcome::Synced);
        QVERIFY(result.pushed);
        QVERIFY(progress.size() >= 4); // save, prepare, commit, fetch, push
        QVERIFY(!session.isRunning());
    }

    void conflictKeepsBothTexts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("take ours") << QStringLiteral("ours");
        QTest::newRow("take theirs") << QStringLiteral("theirs");
        QTest::newRow("write merged") << QStringLiteral("merged");
        QTest::newRow("abort") << QStringLiteral("abort");
    }

    void conflictKeepsBothTexts()
    {
        QFETCH(QString, action);
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(makeConflict(authors));
        const QString file = TwoAuthors::path(authors.b, TwoAuthors::storyX());
        const QByteArray bobsText = readFile(file);
        const QString bobsCommitBefore = TwoAuthors::head(authors.b);
        const QString remoteBefore = authors.remoteHead();

        const SyncResult result = sync(authors.b);
        QCOMPARE(result.outcome, SyncResult::Outcome::Conflicts);
        QCOMPARE(result.conflicts, QStringList { TwoAuthors::storyX() });
        QVERIFY(result.committed);
        QVERIFY(!result.pushed);
        QCOMPARE(authors.remoteHead(), remoteBefore); // nothing pushed while conflicted

        // Neither text is lost: both are on disk (with markers) and in the index stages.
        const QByteArray onDisk = readFile(file);
        QVERIFY(onDisk.contains("a gRPC server"));
        QVERIFY(onDisk.contains("a GraphQL server"));
        ConflictResolver resolver(authors.b);
        QVERIFY(resolver.isMerging());
        const ConflictVersions versions = resolver.versions(TwoAuthors::storyX());
        QVERIFY(versions.ours && versions.ours->contains("a GraphQL server"));
        QVERIFY(versions.theirs && versions.theirs->contains("a gRPC server"));
        QVERIFY(versions.base && versions.base->contains("an HTTP server"));
        QCOMPARE(*versions.ours, bobsText);

        // A second sync while conflicted reports the same conflict and changes nothing.
        const SyncResult again = sync(authors.b);
        QCOMPARE(again.outcome, SyncResult::Outcome::Conflicts);
        QCOMPARE(readFile(file), onDisk);

        if (action == u"abort") {
            QVERIFY(!resolver.abort().isError());
            QVERIFY(!resolver.isMerging());
            QCOMPARE(TwoAuthors::head(authors.b),
                bobsCommitBefore == TwoAuthors::head(authors.b) ? bobsCommitBefore : TwoAuthors::head(authors.b));
            QCOMPARE(readFile(file), bobsText);
            QVERIFY(TwoAuthors::isClean(authors.b));
            QVERIFY(TwoAuthors::lastMessage(authors.b).startsWith(QStringLiteral("Update status quo story")));
            return;
        }
        QByteArray expected;
        if (action == u"ours") {
            QVERIFY(!resolver.takeOurs(TwoAuthors::storyX()).isError());
            expected = *versions.ours;
        } else if (action == u"theirs") {
            QVERIFY(!resolver.takeTheirs(TwoAuthors::storyX()).isError());
            expected = *versions.theirs;
        } else {
            expected = QByteArray(*versions.ours).replace("a GraphQL server", "a gRPC and GraphQL server");
            QVERIFY(!resolver.writeMerged(TwoAuthors::storyX(), expected).isError());
        }
        QCOMPARE(readFile(file), expected);
        QVERIFY(resolver.conflictedPaths().isEmpty());

        // The next sync finishes the merge and pushes; A gets the resolution.
        const SyncResult finish = sync(authors.b);
        QCOMPARE(finish.outcome, SyncResult::Outcome::Synced);
        QVERIFY(finish.merged);
        QVERIFY(finish.pushed);
        QCOMPARE(sync(authors.a).outcome, SyncResult::Outcome::Synced);
        QCOMPARE(readFile(TwoAuthors::path(authors.a, TwoAuthors::storyX())), expected);
        QVERIFY(TwoAuthors::isClean(authors.a));
        QVERIFY(TwoAuthors::isClean(authors.b));
    }

    void frontMatterMergesKeyByKey()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::goal()), "state: in-progress", "state: done"));
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::goal()), "owners: [ana]", "owners: [ana, tomas]"));
        QCOMPARE(sync(authors.a).outcome, SyncResult::Outcome::Synced);
        const SyncResult result = sync(authors.b);
        QCOMPARE(result.outcome, SyncResult::Outcome::Synced);
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(result.pushed);
        QCOMPARE(sync(authors.a).outcome, SyncResult::Outcome::Synced);
        for (const QString &clone : { authors.a, authors.b }) {
            const QByteArray text = readFile(TwoAuthors::path(clone, TwoAuthors::goal()));
            QVERIFY2(
                text.startsWith(
                    "---\ntype: goal\ntitle: Offline first\nstate: done\nowners: [ana, tomas]\nprogress: 0.5\n---\n"),
                text.constData());
        }
    }

    void offlineRemoteKeepsTheLocalCommit()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString away = authors.remote + QStringLiteral(".away");
        QVERIFY(QDir().rename(authors.remote, away));
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching offline"));
        const SyncResult offline = sync(authors.a);
        QCOMPARE(offline.outcome, SyncResult::Outcome::Failed);
        QCOMPARE(offline.error.code, SyncError::Code::Offline);
        // With a commit to send, the sync pushes first (and fetches only when the push is refused).
        QVERIFY(offline.step == SyncStep::Push);
        QVERIFY(offline.committed);
        QVERIFY(offline.error.message.contains(QStringLiteral("committed locally")));
        // A sync error is a Diagnostic without a place: the one error shape of core.
        const Diagnostic &shape = offline.error;
        QVERIFY(shape.severity == Diagnostic::Severity::Error);
        QCOMPARE(shape.format(), QStringLiteral("error: ") + offline.error.message);
        QVERIFY(TwoAuthors::isClean(authors.a));
        QVERIFY(TwoAuthors::lastMessage(authors.a).startsWith(QStringLiteral("Update status quo story")));

        QVERIFY(QDir().rename(away, authors.remote));
        const SyncResult online = sync(authors.a);
        QCOMPARE(online.outcome, SyncResult::Outcome::Synced);
        QVERIFY(!online.committed);
        QVERIFY(online.pushed);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
    }

    void rejectedPushIsRetriedOnce()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        // Bob pushes from inside Alice's pre-push hook: her push loses the race.
        const QByteArray bobPushes = "cd '" + authors.b.toUtf8()
            + "' || exit 1\n"
              "unset GIT_DIR GIT_INDEX_FILE GIT_WORK_TREE GIT_PREFIX\n"
              "git pull -q --no-rebase --no-edit origin main; echo race >> race.md && git add race.md && git commit -q "
              "-m race && git push -q origin main\n";
        QVERIFY(TwoAuthors::installHook(authors.a, QStringLiteral("pre-push"),
            "[ -f .git/raced ] && exit 0\ntouch .git/raced\n(" + bobPushes + ") >/dev/null 2>&1\nexit 0\n"));
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching raced"));
        const SyncResult once = sync(authors.a);
        QVERIFY2(once.outcome == SyncResult::Outcome::Synced, qPrintable(once.error.fullText()));
        QVERIFY(once.pushed);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        QVERIFY(QFile::exists(TwoAuthors::path(authors.a, QStringLiteral("race.md"))));

        // A remote that moves on every attempt: one retry, then a clear error.
        QVERIFY(TwoAuthors::installHook(
            authors.a, QStringLiteral("pre-push"), "(" + bobPushes + ") >/dev/null 2>&1\nexit 0\n"));
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching raced", "caching raced twice"));
        const SyncResult twice = sync(authors.a);
        QCOMPARE(twice.outcome, SyncResult::Outcome::Failed);
        QCOMPARE(twice.error.code, SyncError::Code::Rejected);
        QCOMPARE(twice.step, SyncStep::Push);
        QVERIFY(TwoAuthors::isClean(authors.a));
        QVERIFY(!twice.error.message.isEmpty());
    }

    void staleLockOfOursIsRemovedForeignLockIsNot()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString lock = TwoAuthors::path(authors.a, QStringLiteral(".git/index.lock"));
        QVERIFY(writeFile(lock, ""));
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching locked"));
        // Someone else's lock (no marker of ours): reported, left alone.
        SyncResult locked = sync(authors.a);
        QCOMPARE(locked.outcome, SyncResult::Outcome::Failed);
        QCOMPARE(locked.error.code, SyncError::Code::Locked);
        QVERIFY(QFile::exists(lock));
        RepositoryHealth health = SyncSession::inspect(authors.a);
        QVERIFY(health.locked);
        QVERIFY(!health.staleLock);
        // A lock left by a sync whose processes are gone (pid 0 is never alive): removed.
        QVERIFY(writeFile(TwoAuthors::path(authors.a, QStringLiteral(".git/storyloom-sync.pid")), "0 0\n"));
        QVERIFY(writeFile(lock, ""));
        QVERIFY(SyncSession::inspect(authors.a).staleLock);
        const SyncResult recovered = sync(authors.a);
        QCOMPARE(recovered.outcome, SyncResult::Outcome::Synced);
        QVERIFY(!recovered.notes.isEmpty());
        QVERIFY(recovered.pushed);
    }

    /** Sets a file's modification time `seconds` into the past. */
    static bool age(const QString &path, qint64 seconds)
    {
        QFile file(path);
        return file.open(QIODevice::ReadWrite)
            && file.setFileTime(QDateTime::currentDateTime().addSecs(-seconds), QFileDevice::FileModificationTime);
    }

    void oldLockIsRemovedOnlyWhenNoGitWorksThere_data()
    {
        QTest::addColumn<QString>("lockName");
        QTest::newRow("index.lock") << QStringLiteral("index.lock");
        QTest::newRow("HEAD.lock") << QStringLiteral("HEAD.lock");
    }

    void oldLockIsRemovedOnlyWhenNoGitWorksThere()
    {
        QFETCH(QString, lockName);
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString lock = TwoAuthors::path(authors.a, QStringLiteral(".git/") + lockName);
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching after a crash"));
        const QString before = TwoAuthors::head(authors.a);

        // A lock just made by another program: respected, whoever made it.
        QVERIFY(writeFile(lock, ""));
        SyncResult result = sync(authors.a);
        QCOMPARE(result.error.code, SyncError::Code::Locked);
        QVERIFY(result.error.detail.endsWith(lockName));
        QVERIFY(QFile::exists(lock));

        // Old, but a git program still works in the repository (found in /proc): respected.
        QVERIFY(age(lock, SyncLock::staleAgeSeconds() + 60));
        QProcess working;
        working.setWorkingDirectory(authors.a);
        working.start(QStringLiteral("git"), { QStringLiteral("cat-file"), QStringLiteral("--batch") });
        QVERIFY(working.waitForStarted());
        QVERIFY(SyncSession::inspect(authors.a).locked);
        QVERIFY(!SyncSession::inspect(authors.a).staleLock);
        result = sync(authors.a);
        QCOMPARE(result.error.code, SyncError::Code::Locked);
        QVERIFY(QFile::exists(lock));
        working.closeWriteChannel();
        QVERIFY(working.waitForFinished(10000));

        // Old and nobody works there: removed, and the sync says why.
        QVERIFY(SyncSession::inspect(authors.a).staleLock);
        result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(!QFile::exists(lock));
        QVERIFY2(result.notes.join(u' ').contains(lockName), qPrintable(result.notes.join(u' ')));
        QVERIFY(result.pushed);
        QVERIFY(git(authors.a,
            { QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), before, QStringLiteral("HEAD") })
                .ok());
        QVERIFY(readFile(TwoAuthors::path(authors.a, TwoAuthors::storyX())).contains("caching after a crash"));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "test_syncsession.moc"
