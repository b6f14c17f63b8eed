// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphscene.h"

#include "core/layout/storygraphlayout.h"
#include "ui/graph/graphedgelayer.h"
#include "ui/graph/graphnodeitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>

namespace storyloom {

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // Thousands of items move at once on every layout: a BSP index would be rebuilt each time.
    setItemIndexMethod(NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

GraphScene::~GraphScene()
{
    // QGraphicsScene's own destructor deletes the items after our members are gone, and a
    // selected node's destructor reports a selection change: onSelectionChanged() then read
    // the destroyed m_byId (the crash on quitting with an entity tab open). Remove the items
    // now, while the scene is whole, and silently: nobody listens to a dying scene.
    const QSignalBlocker blocker(this);
    clear();
    m_edges = nullptr;
    m_nodes.clear();
    m_byId.clear();
}

void GraphScene::setContent(const Snapshot &snapshot, const FilteredGraph &shown,
    const QHash<QString, QPointF> &positions, const QSet<QString> &pinned)
{
    const QSignalBlocker blocker(this);
    clear();
    m_edges = nullptr;
    m_nodes.clear();
    m_byId.clear();
    m_neighbours.clear();
    m_snapshot = snapshot;
    if (!snapshot)
        return;

    QHash<QString, int> degree;
    std::vector<GraphEdgeLayer::Edge> edges;
    for (const Relation *r : shown.edges) {
        if (r->from == r->to)
            continue;
        ++degree[r->from];
        ++degree[r->to];
    }
    m_applying = true;
    for (const Entity &e : snapshot->entities()) {
        if (!shown.nodes.contains(e.id))
            continue;
        auto *item = new GraphNodeItem(e.id, e.title.isEmpty() ? e.id : e.title, e.type, e.kind,
            StoryGraphLayout::nodeDiameter(degree.value(e.id)));
        item->index = int(m_nodes.size());
        item->setPos(positions.value(e.id));
        item->setPinned(pinned.contains(e.id));
        item->setVisible(!m_overview);
        addItem(item);
        m_nodes.push_back(item);
        m_byId.insert(e.id, item);
    }
    for (const Relation *r : shown.edges) {
        GraphNodeItem *from = m_byId.value(r->from);
        GraphNodeItem *to = m_byId.value(r->to);
        if (!from || !to || from == to)
            continue;
        edges.push_back({ from->index, to->index, r->kind, r->provenance });
        m_neighbours[r->from].append(r->to);
        m_neighbours[r->to].append(r->from);
    }
    m_applying = false;
    m_edges = new GraphEdgeLayer(&m_nodes);
    m_edges->setEdges(std::move(edges));
    m_edges->setOverview(m_overview);
    addItem(m_edges);
    if (!m_byId.contains(m_selected))
        m_selected.clear();
    updateSceneRect();
    applyFocus();
}

void GraphScene::applyPositions(const QHash<QString, QPointF> &positions)
{
    m_applying = true;
    for (GraphNodeItem *item : m_nodes) {
        auto it = positions.constFind(item->id());
        if (it != positions.cend())
            item->setPos(*it);
    }
    m_applying = false;
    updateSceneRect();
    if (m_edges)
        m_edges->refresh();
}

QHash<QString, QPointF> GraphScene::positions() const
{
    QHash<QString, QPointF> result;
    result.reserve(qsizetype(m_nodes.size()));
    for (const GraphNodeItem *item : m_nodes)
        result.insert(item->id(), item->pos());
    return result;
}

QSet<QString> GraphScene::pinned() const
{
    QSet<QString> result;
    for (const GraphNodeItem *item : m_nodes) {
        if (item->isPinned())
            result.insert(item->id());
    }
    return result;
}

void GraphScene::clearPins()
{
    for (GraphNodeItem *item : m_nodes) {
        item->setPinned(false);
        item->update();
    }
}

int GraphScene::edgeCount() const
{
    return m_edges ? int(m_edges->edges().size()) : 0;
}

QStringList GraphScene::neighbours(const QString &id) const
{
    return m_neighbours.value(id);
}

void GraphScene::selectEntity(const QString &id)
{
    if (id == m_selected && (id.isEmpty() || (m_byId.value(id) && m_byId.value(id)->isSelected())))
        return;
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        if (GraphNodeItem *item = m_byId.value(id))
            item->setSelected(true);
    }
    m_selected = m_byId.contains(id) ? id : QString();
    applyFocus();
    Q_EMIT entitySelected(m_selected);
}

void GraphScene::setOverview(bool overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    {
        // Hiding a node deselects it: keep our own selection and restore Qt's on the way back.
        const QSignalBlocker blocker(this);
        for (GraphNodeItem *item : m_nodes)
            item->setVisible(!overview);
        if (GraphNodeItem *item = m_byId.value(m_selected); item && !overview)
            item->setSelected(true);
    }
    if (m_edges)
        m_edges->setOverview(overview);
}

GraphNodeItem *GraphScene::nodeNear(QPointF scenePos, double tolerance) const
{
    GraphNodeItem *best = nullptr;
    double bestDistance = 0;
    for (GraphNodeItem *item : m_nodes) {
        if (!item->shapeBox().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scenePos))
            continue;
        const QPointF d = item->pos() - scenePos;
        const double distance = QPointF::dotProduct(d, d);
        if (!best || distance < bestDistance) {
            best = item;
            bestDistance = distance;
        }
    }
    return best;
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_overview && event->button() == Qt::LeftButton) {
        // Hidden items take no clicks: find the node ourselves (a few pixels of slack).
        const double zoom = views().isEmpty() ? 1.0 : views().first()->transform().m11();
        if (GraphNodeItem *node = nodeNear(event->scenePos(), 3.0 / std::max(zoom, 1e-6))) {
            selectEntity(node->id());
            event->accept();
            return;
        }
        selectEntity({});
    }
    QGraphicsScene::mousePressEvent(event);
}

void GraphScene::markEntities(const QSet<QString> &ids)
{
    for (GraphNodeItem *item : m_nodes)
        item->setMarked(ids.contains(item->id()));
}

void GraphScene::onSelectionChanged()
{
    const QList<QGraphicsItem *> items = selectedItems();
    QString id;
    if (!items.isEmpty()) {
        if (auto *node = dynamic_cast<GraphNodeItem *>(items.first()))
            id = node->id();
    }
    if (id == m_selected)
        return;
    m_selected = id;
    applyFocus();
    Q_EMIT entitySelected(id);
}

void GraphScene::applyFocus()
{
    GraphNodeItem *focus = m_byId.value(m_selected);
    QSet<QString> near;
    if (focus) {
        near.insert(m_selected);
        for (const QString &n : m_neighbours.value(m_selected))
            near.insert(n);
    }
    for (GraphNodeItem *item : m_nodes)
        item->setDimmed(focus && !near.contains(item->id()));
    if (m_edges)
        m_edges->setFocusNode(focus ? focus->index : -1);
}

void GraphScene::nodeMoved(GraphNodeItem *)
{
    if (!m_applying && m_edges)
        m_edges->refresh();
}

void GraphScene::nodeDropped(GraphNodeItem *node)
{
    node->setPinned(true);
    updateSceneRect();
    Q_EMIT nodePinned(node->id(), node->pos());
}

QRectF GraphScene::nodeShapesRect() const
{
    QRectF box;
    for (const GraphNodeItem *item : m_nodes)
        box |= item->shape().boundingRect().translated(item->pos());
    return box;
}

void GraphScene::updateSceneRect()
{
    QRectF box;
    for (const GraphNodeItem *item : m_nodes)
        box |= item->boundingRect().translated(item->pos());
    box.adjust(-60, -60, 60, 60);
    if (m_edges)
        m_edges->setRect(box);
    setSceneRect(box);
}

} // namespace storyloom
