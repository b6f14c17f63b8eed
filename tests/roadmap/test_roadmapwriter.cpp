// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Overview-table rows rewritten in place, generated tables, and the roadmap
// diagram of a small hand-made snapshot.
#include "core/extract/projectloader.h"
#include "core/project/writer.h"
#include "core/roadmap/overviewtablewriter.h"
#include "core/roadmap/roadmapdiagram.h"
#include "core/roadmap/roadmapeditor.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
/** An overview table in wg-async's style: parents, children, links, owners. */
const QByteArray table = storyloom::test::readTestData(QStringLiteral("overview-table.md"));

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray withLine(const QByteArray &file, int line, const QByteArray &replacement)
{
    QList<QByteArray> lines = file.split('\n');
    lines[line - 1] = replacement;
    return lines.join('\n');
}

Entity goal(const QString &id, const QString &title, GoalState state, double progress, const QString &parent = {},
    int order = 0)
{
    Entity entity;
    entity.id = id;
    entity.type = EntityType::Goal;
    entity.title = title;
    entity.state = state;
    entity.progress = progress;
    entity.parent = parent;
    entity.order = order;
    entity.source = { QStringLiteral("src/roadmap/") + id + QStringLiteral(".md"), 1, 1 };
    return entity;
}

StoryGraph smallGraph()
{
    std::vector<Entity> entities;
    entities.push_back(
        goal(QStringLiteral("async-fn"), QStringLiteral("Async fn everywhere"), GoalState::InProgress, 2.0 / 6, {}, 1));
    entities.back().owners = { QStringLiteral("tmandry") };
    entities.push_back(goal(QStringLiteral("boxable"), QStringLiteral("Boxable | async"), GoalState::Paused, 1.0 / 6,
        QStringLiteral("async-fn"), 2));
    entities.push_back(goal(QStringLiteral("tooling"), QStringLiteral("Tooling"), GoalState::Done, 1.0, {}, 3));
    entities.push_back(goal(QStringLiteral("console"), QStringLiteral("Tokio console"), GoalState::HelpWanted, 4.0 / 6,
        QStringLiteral("tooling"), 4));
    entities.back().owners = { QStringLiteral("Eliza Weisman"), QStringLiteral("nobody") };
    Entity pain;
    pain.id = QStringLiteral("pain/slow");
    pain.type = EntityType::PainPoint;
    pain.title = QStringLiteral("Slow builds");
    pain.source = { QStringLiteral("src/pain.md"), 3, 1 };
    pain.ownFile = false;
    entities.push_back(pain);
    Entity story;
    story.id = QStringLiteral("story/alan");
    story.type = EntityType::Story;
    story.kind = StoryKind::ShinyFuture;
    story.title = QStringLiteral("Alan is happy");
    story.source = { QStringLiteral("src/alan.md"), 1, 1 };
    entities.push_back(story);
    std::vector<Relation> relations;
    relations.push_back(
        { RelationKind::PartOf, QStringLiteral("boxable"), QStringLiteral("async-fn"), {}, Provenance::Declared, {} });
    relations.push_back(
        { RelationKind::PartOf, QStringLiteral("console"), QStringLiteral("tooling"), {}, Provenance::Declared, {} });
    relations.push_back({ RelationKind::Addresses, QStringLiteral("async-fn"), QStringLiteral("pain/slow"), {},
        Provenance::Declared, {} });
    relations.push_back({ RelationKind::Realises, QStringLiteral("tooling"), QStringLiteral("story/alan"), {},
        Provenance::Declared, {} });
    return StoryGraph(QStringLiteral("/tmp/x"), QStringLiteral("Demo"), ProjectFormat::MdBook, entities, relations, {});
}
} // namespace

class TestRoadmapWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rewriteState()
    {
        const auto result = OverviewTableWriter::rewriteRow(table, 5, GoalEdit { GoalState::Done, {}, {}, {} });
        QVERIFY(result.ok());
        QCOMPARE(result.bytes, withLine(table, 5, "| 🔻 [Async fn everywhere] | ✅  | ▰▰▱▱▱▱ | [tmandry] |"));
    }

    void rewriteProgressKeepsWidth()
    {
        const auto result = OverviewTableWriter::rewriteRow(table, 9, GoalEdit { {}, 0.5, {}, {} });
        QVERIFY(result.ok());
        QCOMPARE(
            result.bytes, withLine(table, 9, "| 🔻 [Polish] [[🛠️][how-to-help-polish]] | 🦀  | ▰▰▰▱▱▱ | [eholk] |"));
        const auto full = OverviewTableWriter::rewriteRow(table, 6, GoalEdit { {}, 1.0, {}, {} });
        QCOMPARE(full.bytes, withLine(table, 6, "| &nbsp;&nbsp;↳ [Boxable async functions] | 💤  | ▰▰▰▰▰▰ | |"));
    }

    void rewriteOwnersReusesReferences()
    {
        const auto result = OverviewTableWriter::rewriteRow(
            table, 6, GoalEdit { {}, {}, QStringList { QStringLiteral("eliza weisman"), QStringLiteral("ana") }, {} });
        QVERIFY(result.ok());
        QCOMPARE(result.bytes,
            withLine(table, 6, "| &nbsp;&nbsp;↳ [Boxable async functions] | 💤  | ▰▱▱▱▱▱ | eliza weisman, ana |"));
        const auto blank = OverviewTableWriter::rewriteRow(
            table, 7, GoalEdit { {}, {}, QStringList { QStringLiteral("eholk") }, {} });
        QCOMPARE(blank.bytes, withLine(table, 7, "| 🔻 [Testing] | 💤 | ▰▱▱▱▱▱ | [eholk] |"));
        const auto removed = OverviewTableWriter::rewriteRow(table, 5, GoalEdit { {}, {}, QStringList {}, {} });
        QCOMPARE(removed.bytes, withLine(table, 5, "| 🔻 [Async fn everywhere] | 🦀  | ▰▰▱▱▱▱ |  |"));
    }

    void rewriteShortRowAddsOwnerCell()
    {
        const auto result = OverviewTableWriter::rewriteRow(
            table, 8, GoalEdit { GoalState::InProgress, {}, QStringList { QStringLiteral("tmandry") }, {} });
        QVERIFY(result.ok());
        QCOMPARE(result.bytes, withLine(table, 8, "| &nbsp;&nbsp;↳ tbd | 🦀 | ▰▱▱▱▱▱ | [tmandry] |"));
    }

    void rewriteKeepsCrLf()
    {
        QByteArray crlf = table;
        crlf.replace("\n", "\r\n");
        const auto result = OverviewTableWriter::rewriteRow(crlf, 5, GoalEdit { GoalState::Paused, {}, {}, {} });
        QVERIFY(result.ok());
        QByteArray expected = crlf;
        expected.replace("| 🦀  | ▰▰▱▱▱▱ | [tmandry]", "| 💤  | ▰▰▱▱▱▱ | [tmandry]");
        QCOMPARE(result.bytes, expected);
    }

    void rewriteRejectsNonRows()
    {
        QVERIFY(!OverviewTableWriter::rewriteRow(table, 1, GoalEdit { GoalState::Done, {}, {}, {} }).ok());
        QVERIFY(!OverviewTableWriter::rewriteRow(table, 4, GoalEdit { GoalState::Done, {}, {}, {} }).ok());
        QVERIFY(!OverviewTableWriter::rewriteRow(table, 99, GoalEdit { GoalState::Done, {}, {}, {} }).ok());
    }

    void generatedTable()
    {
        const StoryGraph graph = smallGraph();
        OverviewTableOptions options;
        options.pageDir = QStringLiteral("src");
        options.referenceLabels = { QStringLiteral("tmandry") };
        const QString text = OverviewTableWriter::table(graph, options);
        QCOMPARE(text,
            QStringLiteral(
                "| Deliverable | State | Progress | Owner |\n"
                "| --- | --- | --- | --- |\n"
                "| 🔻 [Async fn everywhere](./roadmap/async-fn.md) | 🦀 | ▰▰▱▱▱▱ | [tmandry] |\n"
                "| &nbsp;&nbsp;↳ [Boxable \\| async](./roadmap/boxable.md) | 💤 | ▰▱▱▱▱▱ |  |\n"
                "| 🔻 [Tooling](./roadmap/tooling.md) | ✅ | ▰▰▰▰▰▰ |  |\n"
                "| &nbsp;&nbsp;↳ [Tokio console](./roadmap/console.md) | ✋ | ▰▰▰▰▱▱ | Eliza Weisman, nobody |\n"));
    }

    void markedTable()
    {
        const QString tableText = QStringLiteral("| a |\n| --- |\n| b |\n");
        const QByteArray page = "# Roadmap\n\nIntro.\n";
        const auto appended = OverviewTableWriter::replaceMarkedTable(page, tableText);
        QVERIFY(appended.ok());
        QCOMPARE(appended.bytes,
            QByteArray("# Roadmap\n\nIntro.\n\n<!-- storyloom:roadmap-table -->\n\n| a |\n| --- |\n| b |\n\n"
                       "<!-- /storyloom:roadmap-table -->\n"));
        const QByteArray withOld
            = "Top\n<!-- storyloom:roadmap-table -->\nold stuff\nmore\n<!-- /storyloom:roadmap-table -->\nAfter\n";
        const auto replaced = OverviewTableWriter::replaceMarkedTable(withOld, tableText);
        QVERIFY(replaced.ok());
        QCOMPARE(replaced.bytes,
            QByteArray("Top\n<!-- storyloom:roadmap-table -->\n\n| a |\n| --- |\n| b |\n\n"
                       "<!-- /storyloom:roadmap-table -->\nAfter\n"));
        // Regenerating again changes nothing.
        QCOMPARE(OverviewTableWriter::replaceMarkedTable(replaced.bytes, tableText).bytes, replaced.bytes);
        QVERIFY(!OverviewTableWriter::replaceMarkedTable("x\n<!-- /storyloom:roadmap-table -->\n", tableText).ok());
    }

    void diagramOfSmallGraph()
    {
        const StoryGraph graph = smallGraph();
        Diagram diagram = buildRoadmapDiagram(graph);
        QCOMPARE(diagram.title, QStringLiteral("Demo roadmap"));
        QCOMPARE(diagram.nodes.size(), std::size_t(4));
        QCOMPARE(diagram.edges.size(), std::size_t(2));
        QCOMPARE(diagram.edges[0].from, QStringLiteral("boxable"));
        QCOMPARE(diagram.edges[0].to, QStringLiteral("async-fn"));
        QCOMPARE(diagram.node(QStringLiteral("async-fn"))->href, QStringLiteral("roadmap/async-fn.md"));
        QCOMPARE(diagram.node(QStringLiteral("async-fn"))->label.first(), QStringLiteral("🦀 Async fn everywhere"));
        QCOMPARE(diagram.node(QStringLiteral("console"))->styleClass, QStringLiteral("help-wanted"));
        QCOMPARE(diagram.legend.size(), std::size_t(4));

        RoadmapDiagramOptions options;
        options.withPainPoints = true;
        options.withStories = true;
        options.states = { GoalState::InProgress, GoalState::Done };
        diagram = buildRoadmapDiagram(graph, options);
        QStringList ids;
        for (const DiagramNode &node : diagram.nodes)
            ids << node.id;
        QCOMPARE(ids,
            QStringList({ QStringLiteral("async-fn"), QStringLiteral("tooling"), QStringLiteral("pain/slow"),
                QStringLiteral("story/alan") }));
        QCOMPARE(diagram.edges.size(), std::size_t(2));
        QVERIFY(diagram.node(QStringLiteral("pain/slow"))->href.isEmpty());
        QCOMPARE(diagram.node(QStringLiteral("story/alan"))->href, QStringLiteral("alan.md"));
    }

    void legendNamesProposalStatesShown()
    {
        std::vector<Entity> entities;
        entities.push_back(goal(QStringLiteral("rfc"), QStringLiteral("An RFC"), GoalState::Proposed, {}, {}, 1));
        entities.push_back(goal(QStringLiteral("done"), QStringLiteral("Shipped"), GoalState::Done, 1.0, {}, 2));
        const StoryGraph graph(
            QStringLiteral("/tmp/x"), QStringLiteral("Demo"), ProjectFormat::MdBook, entities, {}, {});
        QStringList legend;
        for (const auto &entry : buildRoadmapDiagram(graph).legend)
            legend << entry.label;
        // The four roadmap states and the one proposal state a goal is in.
        QCOMPARE(legend.size(), 5);
        QVERIFY(legend.last().endsWith(displayName(GoalState::Proposed)));
    }

    void sampleFrontMatterEditsChangeOneLine()
    {
        // The bundled sample is a native project: goals keep state, progress
        // and owners in front matter, and an edit rewrites that key's line only.
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/sample");
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), root));
        const Snapshot graph = ProjectLoader::load(root);
        const Entity *goal = nullptr;
        for (const Entity *g : graph->entitiesOfType(EntityType::Goal)) {
            if (g->source.path.endsWith(QLatin1StringView("roadmap/accessible-player.md")))
                goal = g;
        }
        QVERIFY(goal);
        QVERIFY(goal->state == GoalState::InProgress);
        const QString path = root + u'/' + goal->source.path;
        const QByteArray before = readFile(path);

        EditPlan state = RoadmapEditor::plan(*graph, goal->id, GoalEdit { GoalState::Done, {}, {}, {} });
        QVERIFY2(!state.error, state.error ? qPrintable(state.error->format()) : "");
        QVERIFY(state.edit);
        QVERIFY(state.edit->apply().ok);
        const QByteArray afterState = readFile(path);
        const QList<int> stateLines = test::changedLines(before, afterState);
        QCOMPARE(stateLines.size(), 1);
        QCOMPARE(afterState.split('\n').at(stateLines.first() - 1), QByteArray("state: done"));

        const Snapshot second = ProjectLoader::load(root);
        QVERIFY(second->entity(goal->id)->state == GoalState::Done);
        EditPlan progress = RoadmapEditor::plan(*second, goal->id, GoalEdit { {}, 0.75, {}, {} });
        QVERIFY(progress.edit);
        QVERIFY(progress.edit->apply().ok);
        const QByteArray afterProgress = readFile(path);
        const QList<int> progressLines = test::changedLines(afterState, afterProgress);
        QCOMPARE(progressLines.size(), 1);
        QCOMPARE(afterProgress.split('\n').at(progressLines.first() - 1), QByteArray("progress: 0.75"));
        QCOMPARE(ProjectLoader::load(root)->entity(goal->id)->progress.value_or(-1), 0.75);
        QVERIFY(progress.edit->undo().ok);
        QVERIFY(state.edit->undo().ok);
        QCOMPARE(readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestRoadmapWriter)
#include "test_roadmapwriter.moc"
