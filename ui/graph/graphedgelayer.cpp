// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphedgelayer.h"

#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>
#include <cmath>

namespace storyloom {

namespace {
constexpr int kindCount = int(std::size(allRelationKinds));
constexpr int provenanceCount = int(std::size(allProvenances));
/** Edges are batched by kind and provenance (derived edges have a pen of their own). */
constexpr int batchCount = kindCount * provenanceCount;

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

GraphEdgeLayer::GraphEdgeLayer(const std::vector<GraphNodeItem *> *nodes)
    : m_nodes(nodes)
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption);
}

void GraphEdgeLayer::setEdges(std::vector<Edge> edges)
{
    m_edges = std::move(edges);
    update();
}

void GraphEdgeLayer::setFocusNode(int node)
{
    m_focus = node;
    update();
}

void GraphEdgeLayer::setOverview(bool overview)
{
    if (overview != m_overview) {
        m_overview = overview;
        update();
    }
}

void GraphEdgeLayer::setRect(const QRectF &rect)
{
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
}

std::optional<int> GraphEdgeLayer::edgeAt(QPointF scenePos, double tolerance) const
{
    std::optional<int> best;
    double bestDistance = tolerance;
    for (int i = 0; i < int(m_edges.size()); ++i) {
        const Edge &e = m_edges[size_t(i)];
        const double d
            = distanceToSegment(scenePos, (*m_nodes)[size_t(e.from)]->pos(), (*m_nodes)[size_t(e.to)]->pos());
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void GraphEdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    const bool arrows = zoom >= GraphNodeItem::labelZoom;
    // Three passes per kind: dimmed, normal, emphasised (so emphasised edges end on top).
    static constexpr GraphStyle::Emphasis passEmphasis[]
        = { GraphStyle::Emphasis::Dimmed, GraphStyle::Emphasis::Normal, GraphStyle::Emphasis::Selected };
    QVarLengthArray<QLineF, 256> batches[batchCount][3];
    QVarLengthArray<QPolygonF, 64> heads[batchCount][3];
    for (const Edge &e : m_edges) {
        const GraphNodeItem *from = (*m_nodes)[size_t(e.from)];
        const GraphNodeItem *to = (*m_nodes)[size_t(e.to)];
        const QLineF line(from->pos(), to->pos());
        if (!exposed.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        const int pass = m_focus < 0 ? 1 : (e.from == m_focus || e.to == m_focus) ? 2 : 0;
        const int batch = int(e.kind) * provenanceCount + int(e.provenance);
        batches[batch][pass].append(line);
        if (arrows && pass != 0 && line.length() > to->size()) {
            const QPointF unit = (line.p2() - line.p1()) / line.length();
            const QPointF tip = line.p2() - unit * (to->size() / 2 + 1);
            const QPointF normal(-unit.y(), unit.x());
            heads[batch][pass].append(QPolygonF { tip, tip - unit * 8 + normal * 3.5, tip - unit * 8 - normal * 3.5 });
        }
    }
    // Overview: specks and a hairball of edges, where antialiasing costs a
    // third of the frame and shows nothing; the hint is put back afterwards
    // (the view does not save painter state around items).
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    if (m_overview)
        painter->setRenderHint(QPainter::Antialiasing, false);
    for (int pass = 0; pass < 3; ++pass) {
        for (int batch = 0; batch < batchCount; ++batch) {
            if (batches[batch][pass].isEmpty())
                continue;
            const QPen &pen = GraphStyle::edgePen(
                RelationKind(batch / provenanceCount), Provenance(batch % provenanceCount), passEmphasis[pass]);
            painter->setPen(pen);
            painter->drawLines(batches[batch][pass].constData(), int(batches[batch][pass].size()));
            if (!heads[batch][pass].isEmpty()) {
                // Derived relations: a hollow head, so they are told apart without colour or dash.
                if (Provenance(batch % provenanceCount) == Provenance::Derived) {
                    QPen outline(pen.color(), 1.5);
                    outline.setCosmetic(true);
                    painter->setPen(outline);
                    painter->setBrush(Qt::NoBrush);
                } else {
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(pen.color());
                }
                for (const QPolygonF &head : heads[batch][pass])
                    painter->drawPolygon(head);
            }
        }
    }
    if (m_overview)
        paintNodes(painter, exposed);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

void GraphEdgeLayer::paintNodes(QPainter *painter, const QRectF &exposed) const
{
    // Few distinct brushes (entity type x story kind x dimmed): one drawRects each.
    struct Batch
    {
        const QBrush *brush;
        QVarLengthArray<QRectF, 512> rects;
    };
    std::vector<Batch> batches;
    QVarLengthArray<QRectF, 32> marked;
    QRectF selected;
    for (const GraphNodeItem *node : *m_nodes) {
        const QRectF box = node->shapeBox();
        if (!exposed.intersects(box))
            continue;
        const QBrush *brush = &node->brush();
        auto batch = std::find_if(batches.begin(), batches.end(), [brush](const Batch &b) { return b.brush == brush; });
        if (batch == batches.end())
            batch = batches.insert(batches.end(), Batch { brush, {} });
        batch->rects.append(box);
        if (node->isMarked())
            marked.append(box.adjusted(-6, -6, 6, 6));
        if (node->index == m_focus)
            selected = box;
    }
    painter->setPen(Qt::NoPen);
    if (!marked.isEmpty()) {
        painter->setBrush(QColor(255, 140, 0, 200));
        painter->drawRects(marked.constData(), int(marked.size()));
    }
    for (const Batch &batch : batches) {
        painter->setBrush(*batch.brush);
        painter->drawRects(batch.rects.constData(), int(batch.rects.size()));
    }
    if (!selected.isNull()) {
        painter->setPen(GraphStyle::nodePen(GraphStyle::Emphasis::Selected));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(selected);
    }
}

} // namespace storyloom
