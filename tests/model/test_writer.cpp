// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing back: byte-preserving front-matter edits, new entities, moves, trash, SUMMARY.md upkeep.
#include "core/extract/projectloader.h"
#include "core/parse/frontmatter.h"
#include "core/project/writer.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
QByteArray read(const QString &root, const QString &relative)
{
    QFile file(root + u'/' + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray storyBytes = "---\n"
                              "type: story   # keep this comment\n"
                              "kind: status-quo\n"
                              "characters: [ines]\n"
                              "---\n"
                              "# Inês loses a hold\n\nBody text stays.\n";
} // namespace

class TestWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    Snapshot load() { return ProjectLoader::load(m_root); }

private Q_SLOTS:
    void init()
    {
        m_root = m_dir.path() + QStringLiteral("/p") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(storyloom::test::writeFile(m_root, QStringLiteral("storyloom.yml"), "title: T\n"));
        QVERIFY(storyloom::test::writeFile(
            m_root, QStringLiteral("characters/ines.md"), "---\ntype: character\n---\n# Inês\n"));
        QVERIFY(storyloom::test::writeFile(
            m_root, QStringLiteral("characters/bo.md"), "---\ntype: character\n---\n# Bo\n"));
        QVERIFY(storyloom::test::writeFile(m_root, QStringLiteral("stories/lost.md"), storyBytes));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/data")));
    }

    void unchangedValueWritesNothing()
    {
        const Writer writer(load());
        const WriteResult result = writer.setFrontMatter(
            QStringLiteral("stories/lost"), QStringLiteral("kind"), QStringLiteral("status-quo"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(read(m_root, QStringLiteral("stories/lost.md")), storyBytes);
    }

    void editKeepsOtherBytes()
    {
        const Writer writer(load());
        QVERIFY(writer.setTitle(QStringLiteral("stories/lost"), QStringLiteral("Inês: the lost hold")).ok);
        QByteArray expected = storyBytes;
        expected.replace("characters: [ines]\n", "characters: [ines]\ntitle: \"Inês: the lost hold\"\n");
        QCOMPARE(read(m_root, QStringLiteral("stories/lost.md")), expected);
        QCOMPARE(load()->entity(QStringLiteral("stories/lost"))->title, QStringLiteral("Inês: the lost hold"));
    }

    void addAndRemoveRelations()
    {
        QVERIFY(Writer(load())
                .addRelation(RelationKind::Features, QStringLiteral("stories/lost"), QStringLiteral("characters/bo"))
                .ok);
        QCOMPARE(parseFrontMatter(read(m_root, QStringLiteral("stories/lost.md"))).list(QStringLiteral("characters")),
            (QStringList { QStringLiteral("ines"), QStringLiteral("characters/bo") }));
        Snapshot graph = load();
        int features = 0;
        for (const Relation *r : graph->outgoing(QStringLiteral("stories/lost")))
            features += r->kind == RelationKind::Features;
        QCOMPARE(features, 2);
        QVERIFY(Writer(graph)
                .removeRelation(
                    RelationKind::Features, QStringLiteral("stories/lost"), QStringLiteral("characters/ines"))
                .ok);
        QCOMPARE(parseFrontMatter(read(m_root, QStringLiteral("stories/lost.md"))).list(QStringLiteral("characters")),
            QStringList { QStringLiteral("characters/bo") });
        QVERIFY(read(m_root, QStringLiteral("stories/lost.md")).contains("# keep this comment"));
    }

    void createFromTemplate()
    {
        QVERIFY(storyloom::test::writeFile(m_root, QStringLiteral("templates/character.md"),
            "---\ntype: character\nvalues: []\n---\n# {{title}}\n\nWho is {{title}}?\n"));
        const WriteResult result = Writer(load()).createEntity(
            EntityType::Character, StoryKind::None, QStringLiteral("Zoë Quist"), QStringLiteral("characters"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.path, QStringLiteral("characters/zoë-quist.md"));
        const QByteArray bytes = read(m_root, result.path);
        QVERIFY(bytes.contains("Who is Zoë Quist?"));
        const Snapshot graph = load();
        const Entity *zoe = graph->entityForPath(result.path);
        QVERIFY(zoe);
        QVERIFY(zoe->type == EntityType::Character);
        QCOMPARE(zoe->title, QStringLiteral("Zoë Quist"));
        // A second one with the same title does not overwrite the first.
        const WriteResult again = Writer(graph).createEntity(
            EntityType::Character, StoryKind::None, QStringLiteral("Zoë Quist"), QStringLiteral("characters"));
        QCOMPARE(again.path, QStringLiteral("characters/zoë-quist-2.md"));
    }

    void refusesToLeaveTheProject()
    {
        const Writer writer(load());
        QVERIFY(!writer.writeFile(QStringLiteral("../outside.md"), "x").ok);
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/../outside.md")));
        QVERIFY(!writer.move(QStringLiteral("stories/lost"), QStringLiteral("../../elsewhere.md")).ok);
        QVERIFY(QFileInfo::exists(m_root + QStringLiteral("/stories/lost.md")));
    }

    void mdBookKeepsSummaryInStep()
    {
        const QString book = m_root + QStringLiteral("-book");
        QVERIFY(storyloom::test::writeFile(book, QStringLiteral("book.toml"), "[book]\ntitle = \"Book\"\n"));
        QVERIFY(storyloom::test::writeFile(book, QStringLiteral("src/SUMMARY.md"),
            "# Summary\n\n- [Intro](./intro.md)\n- [Stories](./stories.md)\n  - [One](./stories/status_quo/one.md)\n"));
        QVERIFY(storyloom::test::writeFile(book, QStringLiteral("src/intro.md"), "# Intro\n"));
        QVERIFY(storyloom::test::writeFile(book, QStringLiteral("src/stories.md"), "# Stories\n"));
        QVERIFY(storyloom::test::writeFile(book, QStringLiteral("src/stories/status_quo/one.md"), "# One\n"));
        Snapshot graph = ProjectLoader::load(book);
        const WriteResult created = Writer(graph).createEntity(EntityType::Story, StoryKind::StatusQuo,
            QStringLiteral("Two [draft]"), QStringLiteral("src/stories/status_quo"));
        QVERIFY2(created.ok, qPrintable(created.error));
        QCOMPARE(read(book, QStringLiteral("src/SUMMARY.md")),
            QByteArray("# Summary\n\n- [Intro](./intro.md)\n- [Stories](./stories.md)\n  - "
                       "[One](./stories/status_quo/one.md)\n"
                       "  - [Two \\[draft\\]](./stories/status_quo/two-draft.md)\n"));
        // No front matter goes into an mdBook page: mdBook would print it.
        QVERIFY(!read(book, created.path).startsWith("---"));
        graph = ProjectLoader::load(book);
        QVERIFY(graph->entityForPath(created.path));
        QCOMPARE(graph->count(StoryKind::StatusQuo), 2);

        const QString oneId = graph->entityForPath(QStringLiteral("src/stories/status_quo/one.md"))->id;
        QVERIFY(Writer(graph).move(oneId, QStringLiteral("src/stories/status_quo/first.md")).ok);
        QVERIFY(read(book, QStringLiteral("src/SUMMARY.md")).contains("- [One](./stories/status_quo/first.md)"));
        graph = ProjectLoader::load(book);
        const QString firstId = graph->entityForPath(QStringLiteral("src/stories/status_quo/first.md"))->id;
        const WriteResult trashed = Writer(graph).moveToTrash(firstId);
        QVERIFY2(trashed.ok, qPrintable(trashed.error));
        QVERIFY(!QFileInfo::exists(book + QStringLiteral("/src/stories/status_quo/first.md")));
        QVERIFY(!read(book, QStringLiteral("src/SUMMARY.md")).contains("first.md"));
    }
};

QTEST_GUILESS_MAIN(TestWriter)
#include "test_writer.moc"
