// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync sequence on a repository of one's own: the first commit without a
// remote, the first push that sets the upstream. Needs no corpus.
#include "gitfixture.h"

#include "core/sync/gitrepository.h"
#include "core/sync/syncsession.h"

#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestSyncFirstSteps : public QObject
{
    Q_OBJECT

    static SyncResult sync(const QString &clone) { return SyncSession(clone).run({}); }

private Q_SLOTS:
    void initTestCase()
    {
        if (GitRepository::gitProgram().isEmpty())
            QSKIP("git is not installed");
    }

    void repositoryWithoutRemoteCommitsLocally()
    {
        QTemporaryDir dir;
        QVERIFY(git(
            dir.path(), { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") })
                .ok());
        QVERIFY(configureAuthor(dir.path(), QStringLiteral("Solo")));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("characters/mira.md")), "---\ntype: character\ntitle: Mira\n---\n"));
        const SyncResult result = sync(dir.path());
        QCOMPARE(result.outcome, SyncResult::Outcome::Synced);
        QVERIFY(result.committed);
        QCOMPARE(result.commitMessage, QStringLiteral("Add character: Mira"));
        QVERIFY(!result.notes.isEmpty());

        QTemporaryDir plain;
        const SyncResult none = sync(plain.path());
        QCOMPARE(none.error.code, SyncError::Code::NotARepository);
    }

    void firstPushSetsTheUpstream()
    {
        QTemporaryDir dir;
        const QString remote = dir.filePath(QStringLiteral("remote.git"));
        const QString work = dir.filePath(QStringLiteral("work"));
        QVERIFY(git(dir.path(),
            { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                QStringLiteral("main"), remote })
                .ok());
        QVERIFY(git(dir.path(),
            { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), work })
                .ok());
        QVERIFY(configureAuthor(work, QStringLiteral("Solo")));
        QVERIFY(git(work, { QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), remote }).ok());
        QVERIFY(writeFile(QDir(work).filePath(QStringLiteral("index.md")), "# Our vision\n"));
        const SyncResult result = sync(work);
        QCOMPARE(result.outcome, SyncResult::Outcome::Synced);
        QVERIFY(result.pushed);
        QCOMPARE(
            git(work, { QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("@{upstream}") })
                .out.trimmed(),
            QStringLiteral("origin/main"));
        const auto status = GitRepository(work).status();
        QVERIFY(status);
        QCOMPARE(status->upstream, QStringLiteral("origin/main"));
        QCOMPARE(status->ahead, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFirstSteps)
#include "test_syncfirststeps.moc"
