// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The diagram writers on a small hand-made diagram: DOT re-parsed by Graphviz,
// SVG parsed as XML, Mermaid identifiers and escaping.
#include "core/export/diagramlayout.h"
#include "core/export/dotwriter.h"
#include "core/export/graphdiagram.h"
#include "core/export/mermaidwriter.h"
#include "core/export/svgwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace storyloom;

namespace {
Diagram sampleDiagram(DiagramDirection direction)
{
    Diagram diagram;
    diagram.title = QStringLiteral("Ünïcode \"roadmap\" <&>");
    diagram.direction = direction;
    DiagramNode goal;
    goal.id = QStringLiteral("roadmap/async-fn");
    goal.label = { QStringLiteral("🦀 Async fn everywhere"), QStringLiteral("tmandry, Zoë") };
    goal.styleClass = QStringLiteral("in-progress");
    goal.progress = 1.0 / 3.0;
    goal.href = QStringLiteral("vision/roadmap/async_fn.md");
    DiagramNode initiative;
    initiative.id = QStringLiteral("roadmap/async-fn/boxable");
    initiative.label = { QStringLiteral("💤 Boxable \"async\" fn #1 <x> & [y] | end") };
    initiative.styleClass = QStringLiteral("paused");
    initiative.rounded = false;
    initiative.href = QStringLiteral("vision/roadmap/async_fn/boxable.md");
    DiagramNode end;
    end.id = QStringLiteral("end"); // a Mermaid keyword as an id
    end.label = { QStringLiteral("日本語の痛み") };
    end.styleClass = QStringLiteral("pain-point");
    diagram.nodes = { goal, initiative, end };
    DiagramEdge partOf { initiative.id, goal.id, {}, DiagramEdgeStyle::Solid, QStringLiteral("#666666"), true, {}, {},
        std::nullopt, false };
    DiagramEdge addresses { goal.id, end.id, QStringLiteral("addresses"), DiagramEdgeStyle::Dashed,
        QStringLiteral("#c62828"), false, {}, {}, std::nullopt, false };
    diagram.edges = { partOf, addresses };
    diagram.legend = { { QStringLiteral("✅ Done"), {} }, { QStringLiteral("🦀 In progress"), {} } };
    layoutDiagram(diagram);
    return diagram;
}

/** One edge of every relation kind, declared and derived, as the graph's exports draw them. */
Diagram everyRelationKind()
{
    Diagram diagram;
    int i = 0;
    for (const RelationKind kind : allRelationKinds) {
        for (const Provenance provenance : { Provenance::Declared, Provenance::Derived }) {
            Relation relation;
            relation.kind = kind;
            relation.provenance = provenance;
            relation.from = QStringLiteral("from%1").arg(i);
            relation.to = QStringLiteral("to%1").arg(i);
            for (const QString &id : { relation.from, relation.to }) {
                DiagramNode node;
                node.id = id;
                node.label = { id };
                diagram.nodes.push_back(node);
            }
            diagram.edges.push_back(GraphDiagram::edge(relation));
            ++i;
        }
    }
    layoutDiagram(diagram);
    return diagram;
}
} // namespace

class TestDiagramWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutPlacesEveryNode_data()
    {
        QTest::addColumn<int>("direction");
        QTest::newRow("LR") << int(DiagramDirection::LeftToRight);
        QTest::newRow("TB") << int(DiagramDirection::TopDown);
    }
    void layoutPlacesEveryNode()
    {
        QFETCH(int, direction);
        const Diagram diagram = sampleDiagram(DiagramDirection(direction));
        QVERIFY(diagram.laidOut);
        for (const DiagramNode &node : diagram.nodes) {
            QVERIFY2(node.rect.width() > 40 && node.rect.height() > 20, qPrintable(node.id));
            QVERIFY(QRectF(QPointF(0, 0), diagram.size).adjusted(-1, -1, 1, 1).contains(node.rect));
        }
        for (std::size_t i = 0; i < diagram.nodes.size(); ++i) {
            for (std::size_t j = i + 1; j < diagram.nodes.size(); ++j)
                QVERIFY(!diagram.nodes[i].rect.intersects(diagram.nodes[j].rect));
        }
        // The goal comes before its initiative in the flow direction, although the edge points to the goal.
        const QRectF goal = diagram.node(QStringLiteral("roadmap/async-fn"))->rect;
        const QRectF initiative = diagram.node(QStringLiteral("roadmap/async-fn/boxable"))->rect;
        if (DiagramDirection(direction) == DiagramDirection::LeftToRight)
            QVERIFY(goal.right() < initiative.left());
        else
            QVERIFY(goal.bottom() < initiative.top());
        // Edge splines run from `from` to `to`.
        for (const DiagramEdge &edge : diagram.edges) {
            QVERIFY(edge.points.size() >= 4);
            const QRectF from = diagram.node(edge.from)->rect.adjusted(-3, -3, 3, 3);
            const QRectF to = diagram.node(edge.to)->rect.adjusted(-3, -3, 3, 3);
            QVERIFY2(from.contains(edge.points.first()), qPrintable(edge.from));
            QVERIFY2(to.contains(edge.points.last()), qPrintable(edge.to));
        }
    }

    void dotReparsesWithSameCounts()
    {
        const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dot.isEmpty())
            QSKIP("Graphviz dot is not installed");
        const Diagram diagram = sampleDiagram(DiagramDirection::LeftToRight);
        const QString text = DotWriter::write(diagram);
        QProcess process;
        process.start(dot, { QStringLiteral("-Tjson") });
        QVERIFY(process.waitForStarted());
        process.write(text.toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardError().trimmed().isEmpty(), qPrintable(text));
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("objects")).toArray().size(), qsizetype(diagram.nodes.size()));
        QCOMPARE(json.value(QStringLiteral("edges")).toArray().size(), qsizetype(diagram.edges.size()));
        QVERIFY(text.contains(QStringLiteral("rankdir=LR")));
        QVERIFY(text.contains(QStringLiteral("dir=back")));
        QVERIFY(text.contains(QStringLiteral("URL=\"vision/roadmap/async_fn.md\"")));
    }

    void svgIsWellFormedWithTextAndLinks()
    {
        const Diagram diagram = sampleDiagram(DiagramDirection::TopDown);
        const QByteArray svg = SvgWriter::write(diagram);
        QXmlStreamReader xml(svg);
        QStringList texts;
        QStringList links;
        int depthInLink = 0;
        int nodesInLinks = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1StringView("a")) {
                links << xml.attributes().value(QStringLiteral("href")).toString();
                ++depthInLink;
            } else if (xml.isEndElement() && xml.name() == QLatin1StringView("a")) {
                --depthInLink;
            } else if (xml.isStartElement() && xml.name() == QLatin1StringView("g")
                && xml.attributes().value(QStringLiteral("class")).startsWith(QLatin1StringView("node"))) {
                nodesInLinks += depthInLink > 0 ? 1 : 0;
            } else if (xml.isStartElement() && xml.name() == QLatin1StringView("text")) {
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const DiagramNode &node : diagram.nodes) {
            for (const QString &line : node.label)
                QVERIFY2(texts.contains(line), qPrintable(line));
        }
        QVERIFY(texts.contains(diagram.title));
        QCOMPARE(links,
            QStringList({ QStringLiteral("vision/roadmap/async_fn.md"),
                QStringLiteral("vision/roadmap/async_fn/boxable.md") }));
        QCOMPARE(nodesInLinks, 2);
    }

    void mermaidIdentifiersAndEscaping()
    {
        const Diagram diagram = sampleDiagram(DiagramDirection::LeftToRight);
        const QString text = MermaidWriter::write(diagram);
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.contains(QStringLiteral("flowchart LR")));
        static const QRegularExpression nodeLine(
            QStringLiteral("^    ([A-Za-z_][A-Za-z0-9_]*)[\\[(]\"([^\"]*)\"[\\])]$"));
        QStringList ids;
        for (const QString &line : lines) {
            const auto match = nodeLine.match(line);
            if (match.hasMatch())
                ids << match.captured(1);
        }
        QCOMPARE(ids.size(), qsizetype(diagram.nodes.size()));
        QVERIFY(!ids.contains(QStringLiteral("end")));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QVERIFY(text.contains(QStringLiteral("#quot;async#quot; fn #35;1 #lt;x#gt; #amp; [y] | end")));
        QVERIFY(text.contains(QStringLiteral("classDef in_progress ")));
        QVERIFY(text.contains(QStringLiteral("classDef paused ")));
        QVERIFY(text.contains(QStringLiteral("click n_roadmap_async_fn \"vision/roadmap/async_fn.md\"")));
        // The reversed edge is written goal first, as an open link; the other as an arrow with a label.
        QVERIFY(text.contains(QStringLiteral("    n_roadmap_async_fn --- n_roadmap_async_fn_boxable\n")));
        QVERIFY(text.contains(QStringLiteral("    n_roadmap_async_fn -.->|\"addresses\"| n_end\n")));
    }

    /** Without colour, every relation kind (and derived from declared) is told apart in each format. */
    void relationKindsDifferWithoutColour()
    {
        const Diagram diagram = everyRelationKind();
        const qsizetype looks = qsizetype(std::size(allRelationKinds)) * 2;
        QCOMPARE(qsizetype(diagram.edges.size()), looks);

        // SVG: the dash array and whether the arrowhead is hollow.
        const QByteArray svg = SvgWriter::write(diagram);
        QHash<QString, QString> markerFill;
        QStringList svgEdges;
        QXmlStreamReader xml(svg);
        QString marker;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"marker")
                marker = a.value(u"id").toString();
            else if (xml.name() == u"path" && !marker.isEmpty() && !markerFill.contains(marker))
                markerFill.insert(marker, a.value(u"fill").toString());
            if (a.value(u"class") == u"edge")
                svgEdges << a.value(u"stroke-dasharray").toString() + u'|' + a.value(u"marker-end").toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QSet<QString> svgLooks;
        for (QString edge : std::as_const(svgEdges)) {
            const QString id = edge.section(u'#', 1).chopped(1);
            svgLooks.insert(edge.section(u'|', 0, 0) + (markerFill.value(id) == u"#ffffff" ? u"|hollow" : u"|filled"));
        }
        QCOMPARE(qsizetype(svgEdges.size()), looks);
        QCOMPARE(qsizetype(svgLooks.size()), looks);

        // DOT: style, pen width and arrowhead; Graphviz reads them without a warning.
        const QString dotText = DotWriter::write(diagram);
        static const QRegularExpression dotEdge(
            QStringLiteral("-> \\S+ \\[color=\"[^\"]*\", style=(\\w+), penwidth=([\\d.]+), arrowhead=(\\w+)"));
        QSet<QString> dotLooks;
        for (auto it = dotEdge.globalMatch(dotText); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            dotLooks.insert(m.captured(1) + u'|' + m.captured(2) + u'|' + m.captured(3));
        }
        QVERIFY2(dotLooks.size() == looks, qPrintable(dotText));
        if (const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot")); !dot.isEmpty()) {
            QProcess process;
            process.start(dot, { QStringLiteral("-Tsvg") });
            QVERIFY(process.waitForStarted());
            process.write(dotText.toUtf8());
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 0);
            QVERIFY2(process.readAllStandardError().trimmed().isEmpty(), qPrintable(dotText));
        }

        // Mermaid: the link's form and its linkStyle dash array.
        const QString mermaid = MermaidWriter::write(diagram);
        static const QRegularExpression link(QStringLiteral("^    \\w+ (-->|--o|-\\.->)\\|"));
        static const QRegularExpression linkStyle(QStringLiteral("^    linkStyle ([\\d,]+) stroke-dasharray:(.+)$"));
        QStringList forms;
        QHash<int, QString> dashes;
        for (const QString &line : mermaid.split(u'\n')) {
            if (const QRegularExpressionMatch m = link.match(line); m.hasMatch())
                forms << m.captured(1);
            if (const QRegularExpressionMatch m = linkStyle.match(line); m.hasMatch()) {
                for (const QString &index : m.captured(1).split(u','))
                    dashes.insert(index.toInt(), m.captured(2));
            }
        }
        QCOMPARE(qsizetype(forms.size()), looks);
        QSet<QString> mermaidLooks;
        for (qsizetype i = 0; i < forms.size(); ++i)
            mermaidLooks.insert(forms[i] + u'|' + dashes.value(int(i)));
        QVERIFY2(mermaidLooks.size() == looks, qPrintable(mermaid));
    }

    void progressBarText()
    {
        QCOMPARE(storyloom::progressBarText(2.0 / 6.0), QStringLiteral("▰▰▱▱▱▱"));
        QCOMPARE(storyloom::progressBarText(1.0, 4), QStringLiteral("▰▰▰▰"));
        QCOMPARE(storyloom::progressBarText(0.0, 3), QStringLiteral("▱▱▱"));
    }
};

QTEST_GUILESS_MAIN(TestDiagramWriters)
#include "test_diagramwriters.moc"
