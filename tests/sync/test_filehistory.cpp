// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A file's history and "restore this version" as a new edit; starting to version a plain folder.
#include "gitfixture.h"

#include "core/sync/blockdiff.h"
#include "core/sync/filehistory.h"
#include "core/sync/gitrepository.h"
#include "core/sync/repositorysetup.h"

#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestFileHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockDiffMarksChangedBlocksOfTwoVersions()
    {
        const QString before = QString::fromUtf8(readFile(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/story.md")));
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

    void mergesAreListedAndComparedWithTheirOwnParents()
    {
        // A shared remote, Alice's and Bob's clones; both change the story, Bob merges Alice's change.
        QTemporaryDir dir;
        const QString remote = dir.filePath(QStringLiteral("remote.git"));
        const QString alice = dir.filePath(QStringLiteral("alice"));
        const QString bob = dir.filePath(QStringLiteral("bob"));
        QVERIFY(git(dir.path(),
            { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                QStringLiteral("main"), remote })
                .ok());
        QVERIFY(git(dir.path(), { QStringLiteral("clone"), QStringLiteral("-q"), remote, alice }).ok());
        QVERIFY(configureAuthor(alice, QStringLiteral("Alice")));
        const QString story = QStringLiteral("stories/cache.md");
        const QByteArray initial = "# Alan builds a cache\n\nLine one.\n\nLine two.\n\nLine three.\n";
        QVERIFY(writeFile(QDir(alice).filePath(story), initial));
        int clock = 0;
        // Distinct commit times: the log's order is then the order things happened.
        const auto commit = [&clock](const QString &clone, const QString &message) {
            const QByteArray when = QByteArray::number(1'780'000'000 + 60 * ++clock) + " +0000";
            qputenv("GIT_AUTHOR_DATE", when);
            qputenv("GIT_COMMITTER_DATE", when);
            const bool ok = git(clone, { QStringLiteral("add"), QStringLiteral("-A") }).ok()
                && git(clone, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message }).ok();
            qunsetenv("GIT_AUTHOR_DATE");
            qunsetenv("GIT_COMMITTER_DATE");
            return ok;
        };
        QVERIFY(commit(alice, QStringLiteral("Initial")));
        QVERIFY(git(
            alice, { QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main") })
                .ok());
        QVERIFY(git(dir.path(), { QStringLiteral("clone"), QStringLiteral("-q"), remote, bob }).ok());
        QVERIFY(configureAuthor(bob, QStringLiteral("Bob")));

        QVERIFY(editFile(QDir(alice).filePath(story), "Line one.", "Line one, by Alice."));
        QVERIFY(editFile(QDir(alice).filePath(story), "Line two.", "Line two, as Alice sees it."));
        QVERIFY(commit(alice, QStringLiteral("Alice's change")));
        QVERIFY(git(
            alice, { QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main") })
                .ok());
        QVERIFY(editFile(QDir(bob).filePath(story), "Line three.", "Line three, by Bob."));
        QVERIFY(editFile(QDir(bob).filePath(story), "Line two.", "Line two, as Bob sees it."));
        QVERIFY(commit(bob, QStringLiteral("Bob's change")));
        // Line two conflicts; Bob settles it with words of his own.
        QVERIFY(git(bob, { QStringLiteral("fetch"), QStringLiteral("-q") }).ok());
        QVERIFY(!git(bob, { QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("origin/main") }).ok());
        const QByteArray merged
            = "# Alan builds a cache\n\nLine one, by Alice.\n\nLine two, as both see it.\n\nLine three, by Bob.\n";
        QVERIFY(writeFile(QDir(bob).filePath(story), merged));
        QVERIFY(commit(bob, QStringLiteral("Merge Alice's change")));

        FileHistory history(QDir(bob).filePath(story));
        const std::vector<HistoryEntry> entries = history.entries();
        QStringList subjects;
        for (const HistoryEntry &entry : entries)
            subjects.append(entry.subject);
        QCOMPARE(subjects,
            (QStringList { QStringLiteral("Merge Alice's change"), QStringLiteral("Bob's change"),
                QStringLiteral("Alice's change"), QStringLiteral("Initial") }));
        const HistoryEntry &merge = entries[0];
        const HistoryEntry &bobs = entries[1];
        const HistoryEntry &alices = entries[2];
        QVERIFY(merge.isMerge());
        QCOMPARE(merge.parents, (QStringList { bobs.commit, alices.commit }));
        QCOMPARE(merge.path, story);
        QVERIFY(!bobs.isMerge());
        QCOMPARE(bobs.author, QStringLiteral("Bob"));
        QCOMPARE(alices.author, QStringLiteral("Alice"));

        // Bob's change is compared with the version before it, not with Alice's: her line is not his deletion.
        QCOMPARE(history.parentContent(bobs).value_or(QByteArray()), initial);
        const QString bobsDiff = history.diff(bobs);
        QVERIFY(bobsDiff.contains(QStringLiteral("+Line three, by Bob.")));
        QVERIFY2(!bobsDiff.contains(QStringLiteral("Alice")), qPrintable(bobsDiff));
        QCOMPARE(history.parentContent(alices).value_or(QByteArray()), initial);
        QVERIFY(!history.diff(alices).contains(QStringLiteral("Bob")));

        // The merge against its first parent: what came in from Alice, and the settled line.
        QCOMPARE(history.parentContent(merge).value_or(QByteArray()), history.content(bobs).value_or(QByteArray()));
        const QString first = history.diff(merge);
        QVERIFY2(first.contains(QStringLiteral("+Line one, by Alice.")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("-Line two, as Bob sees it.")));
        QVERIFY(first.contains(QStringLiteral("+Line two, as both see it.")));
        QVERIFY(!first.contains(QStringLiteral("+Line three")) && !first.contains(QStringLiteral("-Line three")));
        // Against the second parent: what Bob's side brought to Alice's version.
        QCOMPARE(history.parentContent(merge, HistoryBase::SecondParent).value_or(QByteArray()),
            history.content(alices).value_or(QByteArray()));
        const QString second = history.diff(merge, HistoryBase::SecondParent);
        QVERIFY2(second.contains(QStringLiteral("+Line three, by Bob.")), qPrintable(second));
        QVERIFY(second.contains(QStringLiteral("-Line two, as Alice sees it.")));
        QVERIFY(!second.contains(QStringLiteral("+Line one")) && !second.contains(QStringLiteral("-Line one")));
        // Combined: only the line that is in neither parent.
        const QString combined = history.diff(merge, HistoryBase::Combined);
        QVERIFY2(combined.contains(QStringLiteral("++Line two, as both see it.")), qPrintable(combined));
        QVERIFY(!combined.contains(QStringLiteral("++Line three")));
        QVERIFY(!combined.contains(QStringLiteral("++Line one")));

        // The same in blocks, for the rendered view.
        const QString before = QString::fromUtf8(history.parentContent(merge).value_or(QByteArray()));
        const QString other
            = QString::fromUtf8(history.parentContent(merge, HistoryBase::SecondParent).value_or(QByteArray()));
        QStringList added;
        QStringList removed;
        for (const DiffBlock &block : BlockDiff::compareMerge(before, other, QString::fromUtf8(merged))) {
            if (block.change == DiffBlock::Change::Added)
                added.append(block.text);
            else if (block.change == DiffBlock::Change::Removed)
                removed.append(block.text);
        }
        QCOMPARE(added, QStringList { QStringLiteral("Line two, as both see it.") });
        QVERIFY(removed.isEmpty());

        // Alice pulls the merge (a fast-forward): her history lists it too.
        QVERIFY(
            git(bob, { QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main") })
                .ok());
        QVERIFY(git(alice, { QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--ff-only") }).ok());
        const std::vector<HistoryEntry> hers = FileHistory(QDir(alice).filePath(story)).entries();
        QCOMPARE(hers.size(), std::size_t(4));
        QVERIFY(hers[0].isMerge());
    }

    void logParser()
    {
        const QByteArray output = "\x1e"
                                  "abc\x1f"
                                  "p1 p2\x1f"
                                  "Ana\x1f"
                                  "2026-01-02T03:04:05+01:00\x1f"
                                  "Add story\n\nsrc/a.md\n"
                                  "\x1e"
                                  "def\x1f"
                                  "\x1f"
                                  "Bo\x1f"
                                  "2026-01-01T00:00:00Z\x1f"
                                  "First\n\nsrc/old.md\n";
        const auto entries = FileHistory::parseLog(output);
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].commit, QStringLiteral("abc"));
        QCOMPARE(entries[0].path, QStringLiteral("src/a.md"));
        QCOMPARE(entries[0].parents, (QStringList { QStringLiteral("p1"), QStringLiteral("p2") }));
        QVERIFY(entries[0].isMerge());
        QCOMPARE(entries[1].author, QStringLiteral("Bo"));
        QVERIFY(entries[1].parents.isEmpty());
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
