// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"
#include "core/model/storygraph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <vector>

namespace storyloom {

class GraphEdgeLayer;
class GraphNodeItem;

/**
 * The items of the graph view: one GraphNodeItem per shown entity and one
 * GraphEdgeLayer for all relations. Knows about selection (neighbours
 * highlighted, the rest dimmed), marks (gap results) and pins (dragged nodes).
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    /** Replaces the content with what `shown` lets through; nodes start at `positions` (others at the origin). */
    void setContent(const Snapshot &snapshot, const FilteredGraph &shown, const QHash<QString, QPointF> &positions,
        const QSet<QString> &pinned);
    /** Moves nodes to a new layout (ids not in `positions` stay where they are). */
    void applyPositions(const QHash<QString, QPointF> &positions);
    [[nodiscard]] QHash<QString, QPointF> positions() const;
    [[nodiscard]] QSet<QString> pinned() const;
    void clearPins();

    [[nodiscard]] int nodeCount() const { return int(m_nodes.size()); }
    /** The nodes' shapes (without titles and margins), in scene coordinates: what a fit must keep in view. */
    [[nodiscard]] QRectF nodeShapesRect() const;
    [[nodiscard]] int edgeCount() const;
    [[nodiscard]] GraphNodeItem *node(const QString &id) const { return m_byId.value(id); }
    [[nodiscard]] GraphNodeItem *nodeAt(int index) const { return m_nodes[size_t(index)]; }
    [[nodiscard]] GraphEdgeLayer *edgeLayer() const { return m_edges; }
    [[nodiscard]] const Snapshot &snapshot() const { return m_snapshot; }
    /** Ids of the neighbours of `id` among the shown relations. */
    [[nodiscard]] QStringList neighbours(const QString &id) const;

    /** Selects an entity (empty: none), highlighting its edges and neighbours and dimming the rest. */
    void selectEntity(const QString &id);
    [[nodiscard]] QString selectedEntity() const { return m_selected; }
    /** Puts a halo on these entities (gap analysis); empty clears. */
    void markEntities(const QSet<QString> &ids);

    /**
     * The overview, for zooms where nodes are specks: node items are hidden
     * and the edge layer draws them in batches; clicks select the node under
     * the pointer (nodeNear). Selection, marks and dimming carry over.
     */
    void setOverview(bool overview);
    [[nodiscard]] bool isOverview() const { return m_overview; }
    /** The node whose shape box grown by `tolerance` holds `scenePos` (the nearest centre wins), or null. */
    [[nodiscard]] GraphNodeItem *nodeNear(QPointF scenePos, double tolerance) const;

    /** Called by node items. */
    void nodeMoved(GraphNodeItem *node);
    void nodeDropped(GraphNodeItem *node);
    /** The rect all items fit in, with a margin; kept explicit so the view never scans items for it. */
    void updateSceneRect();

Q_SIGNALS:
    void entitySelected(const QString &id);
    /** A node was dragged to a new place and is now pinned there. */
    void nodePinned(const QString &id, QPointF position);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onSelectionChanged();
    void applyFocus();

    Snapshot m_snapshot;
    std::vector<GraphNodeItem *> m_nodes;
    QHash<QString, GraphNodeItem *> m_byId;
    QHash<QString, QStringList> m_neighbours;
    GraphEdgeLayer *m_edges = nullptr;
    QString m_selected;
    bool m_applying = false;
    bool m_overview = false;
};

} // namespace storyloom
