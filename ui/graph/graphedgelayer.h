// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"

#include <QGraphicsItem>
#include <optional>
#include <vector>

namespace storyloom {

class GraphNodeItem;

/**
 * All edges of the graph view in one item: drawn in batches (one drawLines
 * per relation kind) from the nodes' current positions, so thousands of edges cost
 * a handful of calls per frame and moving a node needs no per-edge bookkeeping.
 */
class GraphEdgeLayer : public QGraphicsItem
{
public:
    struct Edge
    {
        int from = -1;
        int to = -1;
        RelationKind kind = RelationKind::Links;
        Provenance provenance = Provenance::Declared;
    };

    explicit GraphEdgeLayer(const std::vector<GraphNodeItem *> *nodes);

    void setEdges(std::vector<Edge> edges);
    [[nodiscard]] const std::vector<Edge> &edges() const { return m_edges; }
    /** Edges touching `node` are emphasised and all others dimmed; -1 clears. */
    void setFocusNode(int node);
    void setRect(const QRectF &rect);
    /** The edge nearest `scenePos` within `tolerance` scene units, for hover labels. */
    [[nodiscard]] std::optional<int> edgeAt(QPointF scenePos, double tolerance) const;
    void refresh() { update(); }
    /**
     * In the overview the layer also draws every node, as a square in one
     * batch per colour (the node items are hidden): at that zoom thousands of
     * items cost more to visit than to draw.
     */
    void setOverview(bool overview);
    [[nodiscard]] bool isOverview() const { return m_overview; }

    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintNodes(QPainter *painter, const QRectF &exposed) const;

    const std::vector<GraphNodeItem *> *m_nodes;
    std::vector<Edge> m_edges;
    QRectF m_rect;
    int m_focus = -1;
    bool m_overview = false;
};

} // namespace storyloom
