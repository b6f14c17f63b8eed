// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/graphlayout.h"
#include "core/layout/incrementalplacement.h"
#include "core/layout/storygraphlayout.h"

#include <QLineF>
#include <QTest>
#include <thread>

using namespace storyloom;
using namespace Qt::StringLiterals;

class TestGraphLayout : public QObject
{
    Q_OBJECT
private:
    static LayoutRequest chain(int n, LayoutEngine engine)
    {
        LayoutRequest request;
        request.engine = engine;
        for (int i = 0; i < n; ++i)
            request.nodes.push_back(
                { QStringLiteral("node %1").arg(i), QSizeF(40, 20), std::nullopt, std::nullopt, QString() });
        for (int i = 0; i + 1 < n; ++i)
            request.edges.push_back({ request.nodes[size_t(i)].id, request.nodes[size_t(i + 1)].id });
        return request;
    }

    static QRectF box(const LayoutResult &result, const LayoutNode &node)
    {
        return QRectF(result.positions.value(node.id) - QPointF(node.size.width(), node.size.height()) / 2, node.size);
    }

private Q_SLOTS:
    void dotLeftToRightOrdersRanks()
    {
        LayoutRequest request = chain(4, LayoutEngine::Dot);
        request.direction = LayoutDirection::LeftToRight;
        request.routing = EdgeRouting::Spline;
        const LayoutResult result = GraphLayout::compute(request);
        QVERIFY2(
            result.ok(), qPrintable(result.diagnostics.isEmpty() ? QString() : result.diagnostics.first().format()));
        QCOMPARE(result.positions.size(), 4);
        for (int i = 0; i + 1 < 4; ++i) {
            const QPointF a = result.positions.value(request.nodes[size_t(i)].id);
            const QPointF b = result.positions.value(request.nodes[size_t(i + 1)].id);
            QVERIFY(b.x() > a.x() + 40);
            QCOMPARE(a.y(), b.y());
        }
        QCOMPARE(result.edges.size(), size_t(3));
        for (const EdgePath &path : result.edges) {
            QVERIFY(path.points.size() >= 4);
            QCOMPARE((path.points.size() - 1) % 3, size_t(0));
            QVERIFY(path.arrowTip.has_value());
        }
        for (const LayoutNode &node : request.nodes)
            QVERIFY(result.boundingBox.adjusted(-1, -1, 1, 1).contains(box(result, node)));
    }

    void dotTopToBottomAndSameRank()
    {
        LayoutRequest request = chain(3, LayoutEngine::Dot);
        request.nodes.push_back({ QStringLiteral("side"), QSizeF(40, 20), std::nullopt, 1, QString() });
        request.nodes[1].rank = 1;
        request.edges.push_back({ request.nodes[0].id, QStringLiteral("side") });
        const LayoutResult result = GraphLayout::compute(request);
        QVERIFY(result.ok());
        const QPointF top = result.positions.value(request.nodes[0].id);
        const QPointF middle = result.positions.value(request.nodes[1].id);
        const QPointF side = result.positions.value(QStringLiteral("side"));
        QVERIFY(middle.y() > top.y()); // y grows downwards
        QCOMPARE(side.y(), middle.y());
    }

    void dotClustersContainTheirNodes()
    {
        LayoutRequest request = chain(6, LayoutEngine::Dot);
        for (size_t i = 0; i < request.nodes.size(); ++i)
            request.nodes[i].cluster = i < 3 ? QStringLiteral("a") : QStringLiteral("b");
        request.clusterLabels.insert(QStringLiteral("a"), QStringLiteral("First"));
        const LayoutResult result = GraphLayout::compute(request);
        QVERIFY(result.ok());
        QCOMPARE(result.clusters.size(), 2);
        for (const LayoutNode &node : request.nodes)
            QVERIFY(result.clusters.value(node.cluster).adjusted(-1, -1, 1, 1).contains(box(result, node)));
    }

    void sfdpRemovesOverlaps()
    {
        const LayoutRequest request = StoryGraphLayout::synthetic(120, 300, 7);
        const LayoutResult result = GraphLayout::compute(request);
        QVERIFY(result.ok());
        QCOMPARE(result.positions.size(), 120);
        QVERIFY(result.edges.empty()); // synthetic requests ask for no routing
        int overlapping = 0;
        for (size_t i = 0; i < request.nodes.size(); ++i) {
            for (size_t j = i + 1; j < request.nodes.size(); ++j) {
                const QRectF a = box(result, request.nodes[i]).adjusted(2, 2, -2, -2);
                if (a.intersects(box(result, request.nodes[j]).adjusted(2, 2, -2, -2)))
                    ++overlapping;
            }
        }
        QCOMPARE(overlapping, 0);
    }

    void pinnedNodesStayPut_data()
    {
        QTest::addColumn<LayoutEngine>("engine");
        QTest::newRow("sfdp") << LayoutEngine::Sfdp;
        QTest::newRow("fdp") << LayoutEngine::Fdp;
        QTest::newRow("neato") << LayoutEngine::Neato;
    }

    void pinnedNodesStayPut()
    {
        QFETCH(LayoutEngine, engine);
        LayoutRequest request = chain(8, engine);
        request.routing = EdgeRouting::Line;
        request.nodes[2].pinned = QPointF(500, -300);
        request.nodes[5].pinned = QPointF(900, 100);
        const LayoutResult result = GraphLayout::compute(request);
        QVERIFY(result.ok());
        QCOMPARE(result.positions.value(request.nodes[2].id), QPointF(500, -300));
        QCOMPARE(result.positions.value(request.nodes[5].id), QPointF(900, 100));
        for (const LayoutNode &node : request.nodes)
            QVERIFY(result.boundingBox.adjusted(-1, -1, 1, 1).contains(result.positions.value(node.id)));
        for (const EdgePath &path : result.edges) {
            if (request.edges[size_t(path.edge)].from == request.nodes[2].id)
                QCOMPARE(path.points.front(), QPointF(500, -300));
        }
    }

    void unknownEndsAndDuplicatesAreWarnings()
    {
        LayoutRequest request = chain(3, LayoutEngine::Sfdp);
        request.edges.push_back({ QStringLiteral("node 0"), QStringLiteral("nowhere") });
        request.nodes.push_back(request.nodes.front());
        const LayoutResult result = GraphLayout::compute(request);
        QVERIFY(result.ok());
        QCOMPARE(result.positions.size(), 3);
        QCOMPARE(result.diagnostics.size(), 2);
    }

    void cancelledBeforeStart()
    {
        std::atomic_bool cancel = true;
        LayoutRequest request = chain(5, LayoutEngine::Dot);
        request.cancel = &cancel;
        const LayoutResult result = GraphLayout::compute(request);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QVERIFY(result.positions.isEmpty());
    }

    void emptyRequestIsEmptyResult()
    {
        const LayoutResult result = GraphLayout::compute({});
        QVERIFY(result.ok());
        QVERIFY(result.positions.isEmpty());
    }

    void concurrentCallsAreSerialised()
    {
        LayoutResult results[4];
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&results, i] {
                LayoutRequest request = StoryGraphLayout::synthetic(60 + i * 10, 150, quint32(i + 1));
                request.engine = i % 2 ? LayoutEngine::Dot : LayoutEngine::Sfdp;
                results[i] = GraphLayout::compute(request);
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(results[i].ok());
            QCOMPARE(results[i].positions.size(), 60 + i * 10);
        }
    }

    void incrementalPlacementKeepsKnownNodes()
    {
        // A laid-out graph gains three nodes: two hang off old ones, one off a new one.
        LayoutRequest request = StoryGraphLayout::synthetic(60, 120, 3);
        const LayoutResult before = GraphLayout::compute(request);
        QVERIFY(before.ok());
        const QString hub = request.nodes[0].id;
        for (const char *id : { "new-a", "new-b", "new-c" })
            request.nodes.push_back({ QString::fromLatin1(id), QSizeF(30, 30), std::nullopt, std::nullopt, QString() });
        request.edges.push_back({ hub, QStringLiteral("new-a") });
        request.edges.push_back({ request.nodes[5].id, QStringLiteral("new-b") });
        request.edges.push_back({ QStringLiteral("new-b"), QStringLiteral("new-c") });
        const auto placed = IncrementalPlacement::place(request, before.positions);
        QVERIFY(placed);
        QCOMPARE(placed->size(), 63);
        for (auto it = before.positions.cbegin(); it != before.positions.cend(); ++it)
            QCOMPARE(placed->value(it.key()), it.value());
        // New nodes sit near what they link to and overlap nothing.
        const double reach = 10 * 60.0;
        QVERIFY(QLineF(placed->value(u"new-a"_s), placed->value(hub)).length() < reach);
        QVERIFY(QLineF(placed->value(u"new-c"_s), placed->value(u"new-b"_s)).length() < reach);
        for (const QString &newId : { u"new-a"_s, u"new-b"_s, u"new-c"_s }) {
            const QRectF mine(placed->value(newId) - QPointF(15, 15), QSizeF(30, 30));
            for (const LayoutNode &node : request.nodes) {
                if (node.id == newId)
                    continue;
                const QRectF other(
                    placed->value(node.id) - QPointF(node.size.width(), node.size.height()) / 2, node.size);
                QVERIFY2(!mine.intersects(other), qPrintable(newId + u" overlaps "_s + node.id));
            }
        }
        // An unconnected node goes under the drawing.
        request.nodes.push_back({ u"island"_s, QSizeF(30, 30), std::nullopt, std::nullopt, QString() });
        const auto withIsland = IncrementalPlacement::place(request, *placed);
        QVERIFY(withIsland);
        QVERIFY(withIsland->value(u"island"_s).y() > before.boundingBox.bottom());
        // Mostly new, or nothing known: lay out again instead.
        QVERIFY(!IncrementalPlacement::place(request, { { hub, QPointF() } }));
        QVERIFY(!IncrementalPlacement::place(request, {}));
    }

    void storyGraphRequestSkipsDanglingRelations()
    {
        std::vector<Entity> entities(3);
        entities[0].id = QStringLiteral("alan");
        entities[0].type = EntityType::Character;
        entities[1].id = QStringLiteral("story");
        entities[1].type = EntityType::Story;
        entities[2].id = QStringLiteral("lonely");
        std::vector<Relation> relations;
        relations.push_back(
            { RelationKind::Features, QStringLiteral("story"), QStringLiteral("alan"), {}, Provenance::Declared, {} });
        relations.push_back(
            { RelationKind::Links, QStringLiteral("story"), QStringLiteral("missing"), {}, Provenance::Declared, {} });
        const StoryGraph graph(QString(), QString(), ProjectFormat::Folder, entities, relations, {});
        const LayoutRequest request = StoryGraphLayout::request(graph);
        QCOMPARE(request.nodes.size(), size_t(3));
        QCOMPARE(request.edges.size(), size_t(1));
        QVERIFY(request.nodes[0].size.width() > request.nodes[2].size.width());
        const LayoutResult result = StoryGraphLayout::layout(graph);
        QVERIFY(result.ok());
        QCOMPARE(result.positions.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "test_graphlayout.moc"
