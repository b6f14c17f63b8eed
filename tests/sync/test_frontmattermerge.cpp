// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Key-by-key merging of front matter, and commit messages in the story's own terms.
#include "core/sync/commitmessage.h"
#include "core/sync/frontmattermerge.h"

#include <QTest>

using namespace storyloom;

class TestFrontMatterMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitKeepsEveryByte()
    {
        const QByteArray text = "---\r\ntitle: Offline first\r\nstate: done\r\n---\r\n# Body\r\n";
        const auto split = FrontMatterMerge::split(text);
        QVERIFY(split);
        QCOMPARE(split->yaml, QByteArray("title: Offline first\r\nstate: done\r\n"));
        QCOMPARE(split->body, QByteArray("# Body\r\n"));
        QCOMPARE(split->join(), text);
        QVERIFY(!FrontMatterMerge::split("# No front matter\n---\n"));
        QVERIFY(!FrontMatterMerge::split("---\nunterminated: yes\n"));
    }

    void stateAndOwnersChangedOnDifferentSides()
    {
        const QByteArray base = "type: goal\ntitle: Offline first\nstate: in-progress\nowners: [ana]\nprogress: 0.5\n";
        const QByteArray ours = "type: goal\ntitle: Offline first\nstate: done\nowners: [ana]\nprogress: 0.5\n";
        const QByteArray theirs
            = "type: goal\ntitle: Offline first\nstate: in-progress\nowners: [ana, tomas]\nprogress: 0.5\n";
        const TextMerge merge = FrontMatterMerge::mergeYaml(base, ours, theirs);
        QVERIFY(merge.isClean());
        QCOMPARE(merge.text,
            QByteArray("type: goal\ntitle: Offline first\nstate: done\nowners: [ana, tomas]\nprogress: 0.5\n"));
    }

    void blockValuesMoveWithTheirKey()
    {
        const QByteArray base = "owners:\n- ana\n# who decides\nstate: paused\n";
        const QByteArray ours = "owners:\n- ana\n- mira\n# who decides\nstate: paused\n";
        const QByteArray theirs = "owners:\n- ana\n# who decides\nstate: help-wanted\nparent: offline-first\n";
        const TextMerge merge = FrontMatterMerge::mergeYaml(base, ours, theirs);
        QVERIFY(merge.isClean());
        QCOMPARE(merge.text,
            QByteArray("owners:\n- ana\n- mira\n# who decides\nstate: help-wanted\nparent: offline-first\n"));
    }

    void sameKeyChangedDifferentlyIsAConflict()
    {
        const TextMerge merge = FrontMatterMerge::mergeYaml(
            "state: paused\ntitle: A\n", "state: done\ntitle: A\n", "state: help-wanted\ntitle: B\n");
        QCOMPARE(merge.conflictingKeys, QStringList { QStringLiteral("state") });
        QCOMPARE(merge.text,
            QByteArray("<<<<<<< local\nstate: done\n=======\nstate: help-wanted\n>>>>>>> remote\ntitle: B\n"));
    }

    void additionsAndDeletions()
    {
        // Both added the same key with the same value; one side deleted an untouched key.
        const TextMerge merge = FrontMatterMerge::mergeYaml(
            "title: A\nkind: status-quo\n", "title: A\nkind: status-quo\nid: a\n", "title: A\nid: a\n");
        QVERIFY(merge.isClean());
        QCOMPARE(merge.text, QByteArray("title: A\nid: a\n"));
        // Deleted on one side, changed on the other: the author decides.
        const TextMerge conflict = FrontMatterMerge::mergeYaml("state: paused\n", "", "state: done\n");
        QCOMPARE(conflict.conflictingKeys, QStringList { QStringLiteral("state") });
    }

    void describeFromFrontMatterHeadingAndFolder()
    {
        const EntityDescription fm = CommitMessage::describe(
            QStringLiteral("pain/slow.md"), "---\ntype: pain-point\ntitle: \"Slow builds\"\n---\nText\n");
        QCOMPARE(fm.what, QStringLiteral("pain point"));
        QCOMPARE(fm.title, QStringLiteral("Slow builds"));
        const EntityDescription story
            = CommitMessage::describe(QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"),
                "# 😱 Status quo stories: Alan tries to cache requests, which doesn't always happen.\n\nText\n");
        QCOMPARE(story.what, QStringLiteral("status quo story"));
        QCOMPARE(story.title, QStringLiteral("Alan tries to cache requests, which doesn't always happen."));
        const EntityDescription bare = CommitMessage::describe(QStringLiteral("notes/todo.md"), "just text\n");
        QCOMPARE(bare.what, QStringLiteral("page"));
        QCOMPARE(bare.title, QStringLiteral("todo"));
    }

    void messageNamesWhatChanged()
    {
        const std::vector<ChangedFile> changes = {
            { ChangedFile::Kind::Modified, QStringLiteral("src/vision/status_quo/alan.md"), {} },
            { ChangedFile::Kind::Added, QStringLiteral("pain/slow.md"), {} },
        };
        const auto read = [](const QString &path, bool) -> std::optional<QByteArray> {
            if (path.startsWith(u"src"))
                return QByteArray("# Status quo story: Alan builds a cache\n");
            return QByteArray("---\ntype: pain-point\ntitle: Slow builds\n---\n");
        };
        const QString message = CommitMessage::build(changes, nullptr, read);
        QCOMPARE(message.section(QLatin1Char('\n'), 0, 0),
            QStringLiteral("Update status quo story: Alan builds a cache; add pain point: Slow builds"));
        QVERIFY(message.contains(QStringLiteral("\n- Add pain point: Slow builds\n")));

        const std::vector<ChangedFile> one = { { ChangedFile::Kind::Deleted, QStringLiteral("book.toml"), {} } };
        QCOMPARE(CommitMessage::build(one, nullptr, read), QStringLiteral("Remove file: book.toml"));

        std::vector<ChangedFile> many;
        for (int i = 0; i < 5; ++i)
            many.push_back({ ChangedFile::Kind::Added, QStringLiteral("p%1.md").arg(i), {} });
        const QString long_ = CommitMessage::build(many, nullptr, [](const QString &, bool) { return std::nullopt; });
        QCOMPARE(long_.section(QLatin1Char('\n'), 0, 0),
            QStringLiteral("Add page: p0; add page: p1; add page: p2; and 2 more"));
    }

    void snapshotNamesEntities()
    {
        Entity goal;
        goal.id = QStringLiteral("offline-first");
        goal.type = EntityType::Goal;
        goal.title = QStringLiteral("Offline first");
        goal.source.path = QStringLiteral("goals/offline.md");
        const Snapshot snapshot = std::make_shared<const StoryGraph>(QStringLiteral("/p"), QStringLiteral("P"),
            ProjectFormat::Native, std::vector<Entity> { goal }, std::vector<Relation> {}, Diagnostics {});
        const std::vector<ChangedFile> changes
            = { { ChangedFile::Kind::Modified, QStringLiteral("goals/offline.md"), {} } };
        QCOMPARE(CommitMessage::build(changes, snapshot, {}), QStringLiteral("Update goal: Offline first"));
    }

    void nameStatusOutput()
    {
        const QByteArray output
            = QByteArrayLiteral("M\0src/a.md\0R087\0src/old.md\0src/new.md\0A\0src/b c.md\0D\0src/d.md\0");
        const std::vector<ChangedFile> changes = CommitMessage::parseNameStatus(output, QStringLiteral("src/"));
        QCOMPARE(changes.size(), std::size_t(4));
        QCOMPARE(changes[0].path, QStringLiteral("a.md"));
        QCOMPARE(changes[1].kind, ChangedFile::Kind::Renamed);
        QCOMPARE(changes[1].oldPath, QStringLiteral("old.md"));
        QCOMPARE(changes[1].path, QStringLiteral("new.md"));
        QCOMPARE(changes[2].path, QStringLiteral("b c.md"));
        QCOMPARE(changes[3].kind, ChangedFile::Kind::Deleted);
    }
};

QTEST_GUILESS_MAIN(TestFrontMatterMerge)
#include "test_frontmattermerge.moc"
