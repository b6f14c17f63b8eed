// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The roadmap on a temporary copy of wg-async: the diagram against the
// overview table of roadmap.md, DOT/SVG/Mermaid/Markdown exports, and inline
// edits that change exactly one row of roadmap.md.
#include "core/export/diagramlayout.h"
#include "core/export/dotwriter.h"
#include "core/export/mermaidwriter.h"
#include "core/export/svgwriter.h"
#include "core/extract/projectloader.h"
#include "core/extract/roadmaptable.h"
#include "core/parse/parseddocument.h"
#include "core/project/writer.h"
#include "core/roadmap/overviewtablewriter.h"
#include "core/roadmap/roadmapdiagram.h"
#include "core/roadmap/roadmapeditor.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace storyloom;

namespace {
const QString roadmapPage = QStringLiteral("src/vision/roadmap.md");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

OverviewTable readTable(const QByteArray &bytes, const QString &path)
{
    const auto table = readOverviewTable(parseDocument(bytes, path));
    return table ? *table : OverviewTable {};
}

/** The goal read from an overview row (by the row's line). */
const Entity *goalForRow(const StoryGraph &graph, const OverviewRow &row)
{
    const Entity *found = nullptr;
    for (const Entity *goal : graph.entitiesOfType(EntityType::Goal)) {
        if (goal->attributeOrigin == AttributeOrigin::OverviewTable && goal->attributeSource.path == roadmapPage
            && goal->attributeSource.line == row.line) {
            if (found)
                return nullptr; // two goals for one row
            found = goal;
        }
    }
    return found;
}
using storyloom::test::changedLines;

} // namespace

class TestRoadmapCorpus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_root;
    Snapshot m_graph;
    OverviewTable m_table;

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + QStringLiteral("/wg-async");
        QVERIFY(storyloom::test::copyCorpus(m_root));
        m_graph = ProjectLoader::load(m_root);
        QVERIFY(m_graph);
        m_table = readTable(readFile(m_root + u'/' + roadmapPage), roadmapPage);
        QCOMPARE(m_table.rows.size(), 36);
    }

    void diagramMatchesOverviewTable()
    {
        const Diagram diagram = buildRoadmapDiagram(*m_graph);
        QString lastGoal;
        for (const OverviewRow &row : std::as_const(m_table.rows)) {
            const Entity *goal = goalForRow(*m_graph, row);
            QVERIFY2(goal, qPrintable(QStringLiteral("row %1 (%2) has no single goal").arg(row.line).arg(row.title)));
            int nodes = 0;
            for (const DiagramNode &node : diagram.nodes)
                nodes += node.id == goal->id ? 1 : 0;
            QCOMPARE(nodes, 1);
            QCOMPARE(int(goal->state), int(row.state));
            QCOMPARE(diagram.node(goal->id)->styleClass, toString(row.state));
            if (row.depth == 0) {
                lastGoal = goal->id;
                continue;
            }
            const bool edge = std::any_of(diagram.edges.begin(), diagram.edges.end(),
                [&](const DiagramEdge &e) { return e.from == goal->id && e.to == lastGoal; });
            QVERIFY2(edge, qPrintable(QStringLiteral("no edge from %1 to %2").arg(goal->id, lastGoal)));
        }
    }

    void dotReparsesWithSameCounts()
    {
        const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dot.isEmpty())
            QSKIP("Graphviz dot is not installed");
        RoadmapDiagramOptions options;
        options.withPainPoints = true;
        options.withStories = true;
        Diagram diagram = buildRoadmapDiagram(*m_graph, options);
        QProcess process;
        process.start(dot, { QStringLiteral("-Tjson") });
        QVERIFY(process.waitForStarted());
        process.write(DotWriter::write(diagram).toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("objects")).toArray().size(), qsizetype(diagram.nodes.size()));
        QCOMPARE(json.value(QStringLiteral("edges")).toArray().size(), qsizetype(diagram.edges.size()));
    }

    void svgParsesAndHasEveryTitle()
    {
        Diagram diagram = buildRoadmapDiagram(*m_graph);
        layoutDiagram(diagram);
        QXmlStreamReader xml(SvgWriter::write(diagram));
        QString text;
        int links = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1StringView("text"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
            else if (xml.isStartElement() && xml.name() == QLatin1StringView("a"))
                ++links;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const DiagramNode &node : diagram.nodes)
            QVERIFY2(text.contains(m_graph->entity(node.id)->title), qPrintable(node.id));
        int withPages = 0;
        for (const DiagramNode &node : diagram.nodes)
            withPages += node.href.isEmpty() ? 0 : 1;
        QCOMPARE(links, withPages);
        QVERIFY(withPages > 20);
    }

    void mermaidHasOneNodeLinePerGoal()
    {
        const Diagram diagram = buildRoadmapDiagram(*m_graph);
        const QString text = MermaidWriter::write(diagram);
        static const QRegularExpression nodeLine(QStringLiteral("^    ([^ \\[(]+)[\\[(]\"[^\"]*\"[\\])]$"));
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        QStringList ids;
        for (const QString &line : text.split(u'\n')) {
            const auto match = nodeLine.match(line);
            if (match.hasMatch())
                ids << match.captured(1);
        }
        QCOMPARE(ids.size(), qsizetype(m_graph->count(EntityType::Goal)));
        for (const QString &id : std::as_const(ids))
            QVERIFY2(identifier.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    }

    void markdownRoundTrips()
    {
        OverviewTableOptions options;
        options.pageDir = QStringLiteral("src/vision");
        const QByteArray markdown = OverviewTableWriter::table(*m_graph, options).toUtf8();
        const OverviewTable table = readTable(markdown, QStringLiteral("src/vision/generated.md"));
        const std::vector<RoadmapRow> rows = roadmapRows(*m_graph);
        QCOMPARE(table.rows.size(), qsizetype(rows.size()));
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const OverviewRow &read = table.rows.at(i);
            const Entity &goal = *rows[std::size_t(i)].goal;
            QCOMPARE(read.title, goal.title);
            QCOMPARE(int(read.state), int(goal.state));
            QCOMPARE(read.owners, goal.owners);
            QCOMPARE(read.depth > 0, rows[std::size_t(i)].depth > 0);
            QCOMPARE(read.progress.has_value(), goal.progress.has_value());
            if (goal.progress)
                QVERIFY(std::abs(read.progress->progress - *goal.progress) < 1.0 / read.progress->width);
        }
    }

    void inlineStateEditChangesOneLine()
    {
        const QString path = m_root + u'/' + roadmapPage;
        const QByteArray before = readFile(path);
        const OverviewRow row = m_table.rows.at(0); // 🔻 [Async fn everywhere] | 🦀  | ...
        const Entity *goal = goalForRow(*m_graph, row);
        QVERIFY(goal);
        EditPlan plan = RoadmapEditor::plan(*m_graph, goal->id, GoalEdit { GoalState::Done, {}, {}, {} });
        QVERIFY2(!plan.error, plan.error ? qPrintable(plan.error->format()) : "");
        QVERIFY(plan.edit);
        QCOMPARE(plan.edit->touchedPaths(), QStringList { roadmapPage });
        QVERIFY(plan.edit->apply().ok);
        const QByteArray after = readFile(path);
        const QList<QByteArray> oldLines = before.split('\n'), newLines = after.split('\n');
        QCOMPARE(newLines.size(), oldLines.size());
        QList<int> changed;
        for (qsizetype i = 0; i < oldLines.size(); ++i) {
            if (oldLines[i] != newLines[i])
                changed << int(i + 1);
        }
        QCOMPARE(changed, QList<int> { row.line });
        QByteArray expected = oldLines[row.line - 1];
        expected.replace("🦀", "✅");
        QCOMPARE(newLines[row.line - 1], expected);

        // The next load reads the new state from the row.
        const Snapshot reloaded = ProjectLoader::load(m_root);
        QCOMPARE(int(reloaded->entity(goal->id)->state), int(GoalState::Done));
        // Undo puts every byte back.
        QVERIFY(plan.edit->undo().ok);
        QCOMPARE(readFile(path), before);
    }

    void inlineProgressAndOwnerEdits()
    {
        const QString path = m_root + u'/' + roadmapPage;
        const QByteArray before = readFile(path);
        const OverviewRow row = m_table.rows.at(4); // ↳ [Boxable async functions] | 💤  | ▰▱▱▱▱▱ | |
        const Entity *goal = goalForRow(*m_graph, row);
        QVERIFY(goal);
        EditPlan plan = RoadmapEditor::plan(*m_graph, goal->id,
            GoalEdit { {}, 0.5, QStringList { QStringLiteral("tmandry"), QStringLiteral("new person") }, {} });
        QVERIFY(plan.edit);
        QVERIFY(plan.edit->apply().ok);
        const QList<QByteArray> newLines = readFile(path).split('\n');
        QCOMPARE(newLines[row.line - 1],
            QByteArray("| &nbsp;&nbsp;↳ [Boxable async functions] | 💤  | ▰▰▰▱▱▱ | tmandry, new person |"));
        const Snapshot reloaded = ProjectLoader::load(m_root);
        const Entity *edited = reloaded->entity(goal->id);
        QCOMPARE(edited->progress.value_or(-1), 0.5);
        QCOMPARE(edited->owners, QStringList({ QStringLiteral("tmandry"), QStringLiteral("new person") }));
        QVERIFY(plan.edit->undo().ok);
        QCOMPARE(readFile(path), before);
    }

    void metadataTableEditsChangeOneCell()
    {
        // wg-async's goal pages keep no metadata tables: give one to the
        // "Variant: Leak trait" page (a goal no overview row describes) in a copy of its own.
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/wg-async");
        QVERIFY(storyloom::test::copyCorpus(root));
        const QString page = QStringLiteral("src/vision/roadmap/scopes/capability/variant_leak.md");
        QByteArray text = readFile(root + u'/' + page);
        const qsizetype afterTitle = text.indexOf('\n') + 1;
        text.insert(afterTitle,
            "\n| Point of contact | [Eliza Weisman](https://github.com/hawkw) |\n"
            "| ---------------- | ------------------------------------------ |\n"
            "| Status           | 💤 paused |\n");
        QVERIFY(storyloom::test::writeFile(root, page, text));
        const int stateLine = 5, ownerLine = 3;

        const Snapshot graph = ProjectLoader::load(root);
        const Entity *goal = graph->entity(QStringLiteral("vision/roadmap/scopes/capability/variant_leak"));
        QVERIFY(goal);
        QVERIFY(goal->attributeOrigin == AttributeOrigin::MetadataTable);
        QVERIFY(goal->state == GoalState::Paused);
        QCOMPARE(goal->owners, QStringList { QStringLiteral("Eliza Weisman") });

        EditPlan plan = RoadmapEditor::plan(*graph, goal->id, GoalEdit { GoalState::InProgress, {}, {}, {} });
        QVERIFY2(!plan.error, plan.error ? qPrintable(plan.error->format()) : "");
        QVERIFY(plan.edit);
        QVERIFY(plan.edit->apply().ok);
        const QByteArray afterState = readFile(root + u'/' + page);
        QCOMPARE(changedLines(text, afterState), QList<int> { stateLine });
        QCOMPARE(afterState.split('\n').at(stateLine - 1), QByteArray("| Status           | 🦀 paused |"));
        QVERIFY(ProjectLoader::load(root)->entity(goal->id)->state == GoalState::InProgress);

        // Owners: the point-of-contact cell, and nothing else.
        const Snapshot second = ProjectLoader::load(root);
        EditPlan owners
            = RoadmapEditor::plan(*second, goal->id, GoalEdit { {}, {}, QStringList { QStringLiteral("hawkw") }, {} });
        QVERIFY2(!owners.error, owners.error ? qPrintable(owners.error->format()) : "");
        QVERIFY(owners.edit);
        QVERIFY(owners.edit->apply().ok);
        const QByteArray afterOwners = readFile(root + u'/' + page);
        QCOMPARE(changedLines(afterState, afterOwners), QList<int> { ownerLine });
        QCOMPARE(afterOwners.split('\n').at(ownerLine - 1), QByteArray("| Point of contact | hawkw |"));
        QCOMPARE(ProjectLoader::load(root)->entity(goal->id)->owners, QStringList { QStringLiteral("hawkw") });

        // A metadata table has no progress: refused, nothing written.
        const EditPlan progress = RoadmapEditor::plan(*second, goal->id, GoalEdit { {}, 0.5, {}, {} });
        QVERIFY(progress.error);
        QVERIFY(!progress.edit);
        // Undo restores every byte.
        QVERIFY(owners.edit->undo().ok);
        QVERIFY(plan.edit->undo().ok);
        QCOMPARE(readFile(root + u'/' + page), text);
    }

    void staleFileIsNotOverwritten()
    {
        const Entity *goal = goalForRow(*m_graph, m_table.rows.at(1));
        EditPlan plan = RoadmapEditor::plan(*m_graph, goal->id, GoalEdit { GoalState::Paused, {}, {}, {} });
        QVERIFY(plan.edit);
        // Someone else's change since the plan read the page: it stays, and the refusal names the page.
        const QString path = m_root + u'/' + roadmapPage;
        const QByteArray before = readFile(path);
        const QByteArray theirs = before + "something else\n";
        QVERIFY(storyloom::test::writeFile(m_root, roadmapPage, theirs));
        const WriteResult refused = plan.edit->apply();
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(roadmapPage), qPrintable(refused.error));
        QCOMPARE(readFile(path), theirs);
        QVERIFY(storyloom::test::writeFile(m_root, roadmapPage, before));
    }
};

QTEST_GUILESS_MAIN(TestRoadmapCorpus)
#include "test_roadmapcorpus.moc"
