// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/gapanalysis.h"
#include "core/extract/projectloader.h"
#include "core/index/indexdatabase.h"
#include "ui/graph/graphedgelayer.h"
#include "ui/graph/graphfilterpanel.h"
#include "ui/graph/graphgappanel.h"
#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"
#include "ui/graph/graphwidget.h"

#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLineF>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

/** The edges the graph can draw: relations between two known, different entities. */
int drawableRelations(const StoryGraph &graph, std::optional<RelationKind> kind = std::nullopt)
{
    int count = 0;
    for (const Relation &r : graph.relations()) {
        if (r.from != r.to && graph.entity(r.from) && graph.entity(r.to) && (!kind || r.kind == *kind))
            ++count;
    }
    return count;
}

/** The graph's parts, found as a person's tools would find them: by object name. */
GraphScene *sceneOf(const GraphWidget &widget)
{
    return widget.findChild<GraphScene *>(u"graphScene"_s);
}
GraphView *viewOf(const GraphWidget &widget)
{
    return widget.findChild<GraphView *>(u"graphView"_s);
}
GraphFilterPanel *filtersOf(const GraphWidget &widget)
{
    return widget.findChild<GraphFilterPanel *>(u"graphFilters"_s);
}
GraphGapPanel *gapsOf(const GraphWidget &widget)
{
    return widget.findChild<GraphGapPanel *>(u"graphGaps"_s);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cacheDir;
    Snapshot m_graph;

    void makeWidget(GraphWidget &widget)
    {
        widget.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        widget.resize(1200, 800);
        widget.setSnapshot(m_graph);
        widget.waitForLayout();
    }

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"storyloom-tests"_s);
        QCoreApplication::setApplicationName(u"test_graphview"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY2(storyloom::test::copyCorpus(m_dir.path()), "copy the wg-async corpus");
        m_graph = ProjectLoader::load(m_dir.path());
        QVERIFY(m_graph);
        QVERIFY2(m_graph->entities().size() > 50, "the wg-async corpus loads into a real graph");
    }

    void cleanup() { QSettings().clear(); }

    void showsEveryEntityAndRelation()
    {
        GraphWidget widget;
        makeWidget(widget);
        QCOMPARE(sceneOf(widget)->nodeCount(), int(m_graph->entities().size()));
        QCOMPARE(sceneOf(widget)->edgeCount(), drawableRelations(*m_graph));
        // Laid out: nodes are spread over a plane, not piled at the origin.
        const QRectF box = sceneOf(widget)->itemsBoundingRect();
        QVERIFY(box.width() > 500 && box.height() > 500);
        QVERIFY(sceneOf(widget)->sceneRect().contains(box));
    }

    void filtersReduceTheGraph()
    {
        GraphWidget widget;
        makeWidget(widget);
        GraphFilter characters;
        characters.types = { EntityType::Character };
        widget.setFilter(characters);
        widget.waitForLayout();
        QCOMPARE(sceneOf(widget)->nodeCount(), m_graph->count(EntityType::Character));

        GraphFilter stories;
        stories.types = { EntityType::Story };
        stories.storyKinds = { StoryKind::ShinyFuture };
        widget.setFilter(stories);
        widget.waitForLayout();
        QCOMPARE(sceneOf(widget)->nodeCount(), m_graph->count(StoryKind::ShinyFuture));
        QVERIFY(sceneOf(widget)->nodeCount() > 0);

        GraphFilter features;
        features.relationKinds = { RelationKind::Features };
        features.hideOrphans = true;
        widget.setFilter(features);
        widget.waitForLayout();
        QCOMPARE(sceneOf(widget)->edgeCount(), drawableRelations(*m_graph, RelationKind::Features));
        QVERIFY(sceneOf(widget)->nodeCount() < int(m_graph->entities().size()));

        // The panel shows the filter, and the filter is remembered per project.
        QCOMPARE(filtersOf(widget)->filter().relationKinds, features.relationKinds);
        GraphWidget reopened;
        makeWidget(reopened);
        QCOMPARE(reopened.filter(), features);
        QCOMPARE(sceneOf(reopened)->edgeCount(), sceneOf(widget)->edgeCount());
    }

    void localGraphOfAnEntity()
    {
        GraphWidget widget;
        makeWidget(widget);
        const Entity *hub = nullptr;
        size_t best = 0;
        for (const Entity &e : m_graph->entities()) {
            const size_t degree = m_graph->outgoing(e.id).size() + m_graph->incoming(e.id).size();
            if (degree > best) {
                best = degree;
                hub = &e;
            }
        }
        QVERIFY(hub);
        GraphFilter local;
        local.localRoot = hub->id;
        local.localDepth = 1;
        widget.setFilter(local);
        widget.waitForLayout();
        const int one = sceneOf(widget)->nodeCount();
        QVERIFY(one > 1);
        QVERIFY(one < int(m_graph->entities().size()));
        for (const QString &id : sceneOf(widget)->neighbours(hub->id))
            QVERIFY(sceneOf(widget)->node(id));
        local.localDepth = 2;
        widget.setFilter(local);
        widget.waitForLayout();
        QVERIFY(sceneOf(widget)->nodeCount() >= one);
    }

    void gapListsMatchTheModel()
    {
        GraphWidget widget;
        makeWidget(widget);
        for (GapKind kind : allGapKinds) {
            gapsOf(widget)->showGaps(kind);
            QStringList expected;
            for (const Gap &gap : GapAnalysis::find(*m_graph, kind))
                expected.append(gap.entityId);
            QCOMPARE(sorted(gapsOf(widget)->listedIds()), sorted(expected));
        }
        gapsOf(widget)->showGaps(std::nullopt);
        QVERIFY(gapsOf(widget)->listedIds().isEmpty());
    }

    // The Gaps tab opens on every gap, ranked: its first screen is what is most worth acting on,
    // pain points several stories expose and no goal addresses, or goals with nothing behind them.
    void gapsTabOpensRanked()
    {
        GraphWidget widget;
        makeWidget(widget);
        widget.show();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        auto *tabs = widget.findChild<QTabWidget *>(u"graphSide"_s);
        QVERIFY(tabs);
        GraphGapPanel *panel = gapsOf(widget);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(panel)).center());
        QCOMPARE(tabs->currentWidget(), panel);
        auto *list = panel->findChild<QListWidget *>(u"gapList"_s);
        QVERIFY(list && list->isVisible());
        auto checkFirstScreen = [&] {
            QVERIFY(list->count() > 20);
            for (int i = 0; i < 20; ++i) {
                const QListWidgetItem *item = list->item(i);
                const Entity *e = m_graph->entity(item->data(Qt::UserRole).toString());
                QVERIFY(e);
                QVERIFY2(e->type == EntityType::PainPoint || e->type == EntityType::Goal, qPrintable(item->text()));
                // Each says what shows it.
                QVERIFY2(item->text().contains(u" — "_s), qPrintable(item->text()));
                if (e->type == EntityType::PainPoint)
                    QVERIFY2(item->toolTip().count(u"• "_s) >= 2, qPrintable(item->toolTip()));
            }
        };
        checkFirstScreen();
        // One kind, then back to the ranking with the button.
        auto *characters = panel->findChild<QPushButton *>(GapAnalysis::toString(GapKind::StorylessCharacter));
        QVERIFY(characters);
        QTest::mouseClick(characters, Qt::LeftButton);
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(m_graph->entity(list->item(i)->data(Qt::UserRole).toString())->type == EntityType::Character);
        auto *ranked = panel->findChild<QPushButton *>(u"rankedGaps"_s);
        QVERIFY(ranked);
        QTest::mouseClick(ranked, Qt::LeftButton);
        checkFirstScreen();
    }

    void selectionHighlightsNeighbours()
    {
        GraphWidget widget;
        makeWidget(widget);
        QString chosen;
        for (const Entity &e : m_graph->entities()) {
            if (!sceneOf(widget)->neighbours(e.id).isEmpty()) {
                chosen = e.id;
                break;
            }
        }
        QVERIFY(!chosen.isEmpty());
        QSignalSpy selected(&widget, &GraphWidget::entitySelected);
        widget.selectEntity(chosen); // following the tree: no echo
        QCOMPARE(selected.count(), 0);
        QCOMPARE(sceneOf(widget)->selectedEntity(), chosen);
        const QStringList near = sceneOf(widget)->neighbours(chosen);
        int dimmed = 0;
        for (const Entity &e : m_graph->entities()) {
            GraphNodeItem *item = sceneOf(widget)->node(e.id);
            const bool close = e.id == chosen || near.contains(e.id);
            QCOMPARE(item->isDimmed(), !close);
            dimmed += item->isDimmed() ? 1 : 0;
        }
        QVERIFY(dimmed > 0);
        // Clicking in the view is a user selection: it is announced.
        sceneOf(widget)->selectEntity(near.first());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), near.first());
        // Keyboard: Escape clears the selection.
        QTest::keyClick(viewOf(widget), Qt::Key_Escape);
        QVERIFY(sceneOf(widget)->selectedEntity().isEmpty());
    }

    void pinnedPositionsAreCached()
    {
        QString id;
        QPointF where(12345, -6789);
        {
            GraphWidget widget;
            makeWidget(widget);
            GraphNodeItem *node = sceneOf(widget)->nodeAt(0);
            id = node->id();
            node->setPos(where);
            sceneOf(widget)->nodeDropped(node);
            QVERIFY(node->isPinned());
        }
        GraphWidget reopened;
        makeWidget(reopened);
        QCOMPARE(sceneOf(reopened)->node(id)->pos(), where);
        QVERIFY(sceneOf(reopened)->node(id)->isPinned());
        reopened.relayout();
        reopened.waitForLayout();
        QVERIFY(!sceneOf(reopened)->node(id)->isPinned());
        QVERIFY(sceneOf(reopened)->node(id)->pos() != where);
    }

    void reopensAsItWas()
    {
        QHash<QString, QPointF> before;
        {
            GraphWidget widget;
            makeWidget(widget);
            before = sceneOf(widget)->positions();
            QCOMPARE(before.size(), sceneOf(widget)->nodeCount());
        }
        // The positions are in the index, not in a file of their own.
        auto opened = IndexDatabase::openFile(m_cacheDir.filePath(u"index.sqlite"_s));
        QVERIFY(opened.database);
        QVERIFY(opened.database->connection().queryInt("SELECT COUNT(*) FROM positions").value_or(0) >= before.size());

        GraphWidget reopened;
        reopened.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        reopened.setSnapshot(m_graph);
        QVERIFY2(!reopened.isLayingOut(), "a cached layout needs no new layout");
        QCOMPARE(sceneOf(reopened)->positions(), before);
    }

    void changedGraphPlacesOnlyNewNodes()
    {
        QHash<QString, QPointF> before;
        {
            GraphWidget widget;
            makeWidget(widget);
            before = sceneOf(widget)->positions();
        }
        // The project gains a character who features in an existing story.
        std::vector<Entity> entities = m_graph->entities();
        std::vector<Relation> relations = m_graph->relations();
        QString story;
        for (const Entity &e : entities) {
            if (e.type == EntityType::Story)
                story = e.id;
        }
        QVERIFY(!story.isEmpty());
        Entity newcomer;
        newcomer.id = u"characters/newcomer"_s;
        newcomer.type = EntityType::Character;
        newcomer.title = u"Newcomer"_s;
        newcomer.source.path = u"src/vision/characters/newcomer.md"_s;
        entities.push_back(newcomer);
        relations.push_back({ RelationKind::Features, story, newcomer.id, {}, Provenance::Declared, {} });
        const Snapshot changed = std::make_shared<const StoryGraph>(m_graph->rootPath(), m_graph->title(),
            m_graph->format(), std::move(entities), std::move(relations), m_graph->diagnostics());
        GraphWidget widget;
        widget.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        widget.setSnapshot(changed);
        QVERIFY2(!widget.isLayingOut(), "one new node is placed, not a new layout");
        const QHash<QString, QPointF> after = sceneOf(widget)->positions();
        QCOMPARE(after.size(), before.size() + 1);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QVERIFY(QLineF(after.value(newcomer.id), after.value(story)).length() < 1000);
        widget.waitForLayout();
        // The placement is saved too.
        GraphWidget again;
        again.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        again.setSnapshot(changed);
        QCOMPARE(sceneOf(again)->positions(), after);
    }

    void exportsWhatIsShown()
    {
        GraphWidget widget;
        makeWidget(widget);
        // Export… draws the shown mode; this case is about the free graph's scene.
        widget.findChild<QAction *>(u"freeGraphMode"_s)->trigger();
        GraphFilter filter;
        filter.types = { EntityType::Character, EntityType::Story };
        widget.setFilter(filter);
        widget.waitForLayout();
        QTemporaryDir out;

        const QString svg = out.filePath(u"graph.svg"_s);
        QVERIFY(!widget.exportTo(svg, u"svg"_s));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        int groups = 0;
        bool root = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"svg")
                root = true;
            if (xml.isStartElement() && xml.name() == u"rect")
                ++groups;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(root);
        QVERIFY(groups >= sceneOf(widget)->nodeCount());

#if __has_include("ui/export/diagramexporter.h")
        const QString png = out.filePath(u"graph.png"_s);
        QVERIFY(!widget.exportTo(png, u"png"_s, 1.0));
        const QImage one(png);
        QVERIFY(!one.isNull());
        QVERIFY(!widget.exportTo(png, u"png"_s, 2.0));
        const QImage two(png);
        QVERIFY(std::abs(two.width() - 2 * one.width()) <= 2);
        QVERIFY(std::abs(two.height() - 2 * one.height()) <= 2);

        const QString pdf = out.filePath(u"graph.pdf"_s);
        QVERIFY(!widget.exportTo(pdf, u"pdf"_s));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 1000);
#endif

        const QString dot = out.filePath(u"graph.dot"_s);
        QVERIFY(!widget.exportTo(dot, u"dot"_s));
        QFile dotFile(dot);
        QVERIFY(dotFile.open(QIODevice::ReadOnly));
        QVERIFY(dotFile.readAll().contains("digraph"));
    }

    void overviewWhenZoomedFarOut()
    {
        GraphWidget widget;
        makeWidget(widget);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        // The free-form graph is the Graph tab's second mode: switch to it as a reader would.
        for (QObject *object : widget.findChild<QAction *>(QStringLiteral("freeGraphMode"))->associatedObjects()) {
            if (auto *button = qobject_cast<QToolButton *>(object))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        GraphView *view = viewOf(widget);
        view->resetTransform();
        view->zoomBy(GraphNodeItem::overviewZoom * 0.8);
        QVERIFY(sceneOf(widget)->isOverview());
        GraphNodeItem *node = sceneOf(widget)->nodeAt(0);
        QVERIFY(!node->isVisible());
        view->centerOn(node);
        const QPoint at = view->mapFromScene(node->pos());
        const GraphNodeItem *expected = sceneOf(widget)->nodeNear(node->pos(), 3.0 / view->zoom());
        QVERIFY(expected);

        // Hidden items take no clicks: the scene finds the node under the pointer.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(sceneOf(widget)->selectedEntity(), expected->id());
        // The edge layer draws the nodes: the click point has the node's colour.
        const QImage image = view->viewport()->grab().toImage();
        const QColor seen = image.pixelColor(at * image.devicePixelRatio());
        const QColor fill = sceneOf(widget)->node(expected->id())->brush().color();
        QVERIFY2(std::abs(seen.red() - fill.red()) + std::abs(seen.green() - fill.green())
                    + std::abs(seen.blue() - fill.blue())
                < 60,
            qPrintable(seen.name() + u" vs "_s + fill.name()));

        // Back in, the items are shown again and the selection is theirs.
        view->zoomBy(4.0);
        QVERIFY(!sceneOf(widget)->isOverview());
        QVERIFY(node->isVisible());
        QVERIFY(sceneOf(widget)->node(expected->id())->isSelected());
    }

    void paintsAtEveryZoom()
    {
        GraphWidget widget;
        makeWidget(widget);
        widget.show();
        for (double zoom : { 0.05, 0.3, 1.0, 2.0 }) {
            viewOf(widget)->resetTransform();
            viewOf(widget)->zoomBy(zoom);
            QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            viewOf(widget)->render(&painter);
            painter.end();
            QVERIFY(!image.isNull());
        }
    }
};

QTEST_MAIN(TestGraphView)
#include "test_graphview.moc"
