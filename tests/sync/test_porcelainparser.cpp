// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parser of `git status --porcelain=v2 -z --branch`, on output written by hand after git's documentation,
// and on the output of a real repository.
#include "core/sync/gitrepository.h"
#include "core/sync/porcelainparser.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

class TestPorcelainParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void branchHeaders()
    {
        const QByteArray text = QByteArrayLiteral("# branch.oid 1234567890abcdef1234567890abcdef12345678\0"
                                                  "# branch.head main\0"
                                                  "# branch.upstream origin/main\0"
                                                  "# branch.ab +2 -3\0");
        const auto status = PorcelainParser::parse(text);
        QVERIFY(status);
        QCOMPARE(status->branch, QStringLiteral("main"));
        QCOMPARE(status->head, QStringLiteral("1234567890abcdef1234567890abcdef12345678"));
        QCOMPARE(status->upstream, QStringLiteral("origin/main"));
        QCOMPARE(status->ahead, 2);
        QCOMPARE(status->behind, 3);
        QVERIFY(!status->detached);
        QVERIFY(status->isClean());
    }

    void initialAndDetached()
    {
        const auto initial = PorcelainParser::parse(QByteArrayLiteral("# branch.oid (initial)\0# branch.head main\0"));
        QVERIFY(initial);
        QVERIFY(initial->head.isEmpty());
        QVERIFY(!initial->hasUpstream());
        const auto detached = PorcelainParser::parse(QByteArrayLiteral("# branch.oid abc\0# branch.head (detached)\0"));
        QVERIFY(detached);
        QVERIFY(detached->detached);
        QVERIFY(detached->branch.isEmpty());
    }

    void entriesOfEveryKind()
    {
        const QByteArray text
            = QByteArrayLiteral("# branch.head main\0"
                                "1 .M N... 100644 100644 100644 aaaa bbbb src/status quo/alan builds a cache.md\0"
                                "1 A. N... 000000 100644 100644 0000 cccc src/new.md\0"
                                "2 R. N... 100644 100644 100644 dddd dddd R100 src/renamed.md\0src/old name.md\0"
                                "u UU N... 100644 100644 100644 100644 e1 e2 e3 src/goal.md\0"
                                "? src/untracked ü.md\0"
                                "! build/ignored\0");
        const auto status = PorcelainParser::parse(text);
        QVERIFY(status);
        QCOMPARE(status->entries.size(), std::size_t(6));
        const StatusEntry &modified = status->entries[0];
        QCOMPARE(modified.path, QStringLiteral("src/status quo/alan builds a cache.md"));
        QCOMPARE(modified.index, '.');
        QCOMPARE(modified.worktree, 'M');
        QVERIFY(!modified.isNew());
        QVERIFY(status->entries[1].isNew());
        QCOMPARE(status->entries[2].kind, StatusEntry::Kind::Renamed);
        QCOMPARE(status->entries[2].path, QStringLiteral("src/renamed.md"));
        QCOMPARE(status->entries[2].originalPath, QStringLiteral("src/old name.md"));
        QVERIFY(status->entries[3].isConflicted());
        QCOMPARE(status->entries[3].path, QStringLiteral("src/goal.md"));
        QVERIFY(status->entries[4].isUntracked());
        QCOMPARE(status->entries[4].path, QStringLiteral("src/untracked ü.md"));
        QCOMPARE(status->entries[5].kind, StatusEntry::Kind::Ignored);
        QCOMPARE(status->conflicts().size(), std::size_t(1));
        QVERIFY(status->entry(QStringLiteral("src/goal.md")));
        QVERIFY(!status->isClean());
    }

    void malformedOutputIsRejected()
    {
        QVERIFY(!PorcelainParser::parse(QByteArrayLiteral("fatal: not a git repository\n")));
        QVERIFY(!PorcelainParser::parse(QByteArrayLiteral("1 .M N...\0")));
        QVERIFY(!PorcelainParser::parse(QByteArrayLiteral("# branch.ab two three\0")));
        QVERIFY(!PorcelainParser::parse(QByteArrayLiteral("2 R. N... 100644 100644 100644 d d R100 only-one-path\0")));
        QVERIFY(PorcelainParser::parse(QByteArray()));
    }

    void realRepository()
    {
        if (GitRepository::gitProgram().isEmpty())
            QSKIP("git is not installed");
        QTemporaryDir dir;
        auto git = [&dir](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(QStringLiteral("git"), args);
            QVERIFY(p.waitForFinished());
            QCOMPARE(p.exitCode(), 0);
        };
        git({ QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") });
        git({ QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test") });
        git({ QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("test@example.org") });
        QFile file(dir.filePath(QStringLiteral("a story.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# A story\n");
        file.close();
        GitRepository repository(dir.path());
        auto status = repository.status();
        QVERIFY(status);
        QCOMPARE(status->branch, QStringLiteral("main"));
        QVERIFY(status->head.isEmpty());
        QCOMPARE(status->entries.size(), std::size_t(1));
        QVERIFY(status->entries[0].isUntracked());
        git({ QStringLiteral("add"), QStringLiteral(".") });
        git({ QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("first") });
        status = repository.status();
        QVERIFY(status);
        QVERIFY(status->isClean());
        QCOMPARE(status->head.size(), 40);

        // The asynchronous refresh arrives through the signal.
        QSignalSpy spy(&repository, &GitRepository::statusChanged);
        repository.refreshStatus();
        repository.refreshStatus(); // collapses into one more run
        QVERIFY(spy.wait(10000));
        QVERIFY(repository.lastStatus());
        QCOMPARE(repository.lastStatus()->branch, QStringLiteral("main"));
    }
};

QTEST_GUILESS_MAIN(TestPorcelainParser)
#include "test_porcelainparser.moc"
