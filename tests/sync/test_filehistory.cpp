// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A file's history and "restore this version" as a new edit; starting to version a plain folder.
#include "gitfixture.h"

#include "sync/blockdiff.h"
#include "sync/filehistory.h"
#include "sync/gitrepository.h"
#include "sync/repositorysetup.h"

#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestFileHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockDiffMarksChangedBlocksOfTwoVersions()
    {
        const QString before
            = QString::fromUtf8(readFile(QStringLiteral(STORYLOOM_CORPUS_DIR "/") + TwoAuthors::storyX()));
        QVERIFY(before.contains(QStringLiteral("is working on an HTTP server.")));
        const QStringList oldBlocks = BlockDiff::blocks(before);
        QVERIFY(oldBlocks.size() > 5);
        // One paragraph changed in place, one new paragraph at the end, the last heading's block untouched.
        QString after = before;
        after.replace(QStringLiteral("is working on an HTTP server."), QStringLiteral("is working on a gRPC server."));
        after += QStringLiteral("\n\nA new closing paragraph.\n");
        const std::vector<DiffBlock> diff = BlockDiff::compare(before, after);

        QStringList same, removed, added, oldSide, newSide;
        for (const DiffBlock &block : diff) {
            (block.change == DiffBlock::Change::Same           ? same
                    : block.change == DiffBlock::Change::Added ? added
                                                               : removed)
                .append(block.text);
            if (block.change != DiffBlock::Change::Added)
                oldSide.append(block.text);
            if (block.change != DiffBlock::Change::Removed)
                newSide.append(block.text);
        }
        // Each side reads back whole and in order.
        QCOMPARE(oldSide, oldBlocks);
        QCOMPARE(newSide, BlockDiff::blocks(after));
        QCOMPARE(removed.size(), 1);
        QVERIFY(removed.first().contains(QStringLiteral("HTTP server")));
        QCOMPARE(added.size(), 2);
        QVERIFY(added.first().contains(QStringLiteral("gRPC server")));
        QCOMPARE(added.last(), QStringLiteral("A new closing paragraph."));
        QCOMPARE(same.size(), oldBlocks.size() - 1);
        // The changed paragraph shows as removed then added, in its place.
        for (std::size_t i = 0; i + 1 < diff.size(); ++i) {
            if (diff[i].change == DiffBlock::Change::Removed)
                QVERIFY(diff[i + 1].change == DiffBlock::Change::Added);
        }

        // A fenced code block with blank lines inside stays one block.
        const QStringList fenced
            = BlockDiff::blocks(QStringLiteral("Intro\n\n```rust\nfn a() {}\n\nfn b() {}\n```\n\nOutro\n"));
        QCOMPARE(fenced.size(), 3);
        QVERIFY(fenced[1].contains(QStringLiteral("fn b()")));
        // Nothing changed: every block is the same.
        for (const DiffBlock &block : BlockDiff::compare(before, before))
            QVERIFY(block.change == DiffBlock::Change::Same);
    }

    void initTestCase()
    {
        if (GitRepository::gitProgram().isEmpty())
            QSKIP("git is not installed");
    }

    void historyAndRestore()
    {
        QTemporaryDir dir;
        QVERIFY(git(
            dir.path(), { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") })
                .ok());
        QVERIFY(configureAuthor(dir.path(), QStringLiteral("Ana")));
        const QString file = dir.filePath(QStringLiteral("stories/mira.md"));
        const QByteArray first
            = "# Mira loses a night's work\n\nMira writes on the train, offline.\nShe saves often.\n"
              "At home she syncs.\nThe app says: synced.\nThe next morning a paragraph is gone.\n\nFirst draft.\n";
        QVERIFY(writeFile(file, first));
        QVERIFY(git(dir.path(), { QStringLiteral("add"), QStringLiteral("-A") }).ok());
        QVERIFY(git(dir.path(),
            { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Add story: Mira") })
                .ok());
        // A rename is followed.
        QVERIFY(git(dir.path(),
            { QStringLiteral("mv"), QStringLiteral("stories/mira.md"), QStringLiteral("stories/mira-loses-work.md") })
                .ok());
        const QString renamed = dir.filePath(QStringLiteral("stories/mira-loses-work.md"));
        QVERIFY(editFile(renamed, "First draft.", "Second draft, with the sync eating her edits."));
        QVERIFY(git(dir.path(),
            { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                QStringLiteral("Update story: Mira") })
                .ok());

        FileHistory history(renamed);
        const std::vector<HistoryEntry> entries = history.entries();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].subject, QStringLiteral("Update story: Mira"));
        QCOMPARE(entries[0].author, QStringLiteral("Ana"));
        QVERIFY(entries[0].date.isValid());
        QCOMPARE(entries[0].path, QStringLiteral("stories/mira-loses-work.md"));
        QCOMPARE(entries[1].path, QStringLiteral("stories/mira.md"));
        QVERIFY(history.diff(entries[0]).contains(QStringLiteral("+Second draft")));
        QCOMPARE(history.content(entries[1]).value_or(QByteArray()), first);

        const QString head = git(dir.path(), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }).out;
        QVERIFY(!history.restore(entries[1]).isError());
        QCOMPARE(readFile(renamed), first);
        // History is not rewritten: the restore is an uncommitted edit.
        QCOMPARE(git(dir.path(), { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }).out, head);
        QCOMPARE(git(dir.path(), { QStringLiteral("status"), QStringLiteral("--porcelain") }).out.trimmed(),
            QStringLiteral("M stories/mira-loses-work.md"));
    }

    void logParser()
    {
        const QByteArray output = "\x1e"
                                  "abc\x1f"
                                  "Ana\x1f"
                                  "2026-01-02T03:04:05+01:00\x1f"
                                  "Add story\n\nsrc/a.md\n"
                                  "\x1e"
                                  "def\x1f"
                                  "Bo\x1f"
                                  "2026-01-01T00:00:00Z\x1f"
                                  "First\n\nsrc/old.md\n";
        const auto entries = FileHistory::parseLog(output);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].commit, QStringLiteral("abc"));
        QCOMPARE(entries[0].path, QStringLiteral("src/a.md"));
        QCOMPARE(entries[1].author, QStringLiteral("Bo"));
        QCOMPARE(entries[1].path, QStringLiteral("src/old.md"));
    }

    void startVersioning()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("characters/mira.md")), "---\ntype: character\n---\n# Mira\n"));
        QVERIFY(!GitRepository::isRepository(dir.path()));
        // Git needs an author for the first commit: this repository's own, never the global one.
        QVERIFY(git(dir.path(), { QStringLiteral("init"), QStringLiteral("-q") }).ok());
        QVERIFY(!RepositorySetup::setAuthor(dir.path(), QStringLiteral("Mira"), QStringLiteral("mira@example.org"))
                .isError());
        QCOMPARE(RepositorySetup::author(dir.path()).first, QStringLiteral("Mira"));
        QVERIFY(!RepositorySetup::startVersioning(dir.path()).isError());
        QVERIFY(GitRepository::isRepository(dir.path()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".gitignore"))));
        const auto status = GitRepository(dir.path()).status();
        QVERIFY(status);
        QVERIFY(status->isClean());
        QCOMPARE(git(dir.path(), { QStringLiteral("log"), QStringLiteral("--format=%s") }).out.trimmed(),
            QStringLiteral("Start versioning the vision document"));
        QCOMPARE(git(dir.path(), { QStringLiteral("ls-files") }).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            (QStringList { QStringLiteral(".gitignore"), QStringLiteral("characters/mira.md") }));
    }
};

QTEST_GUILESS_MAIN(TestFileHistory)
#include "test_filehistory.moc"
