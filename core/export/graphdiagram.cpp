// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/graphdiagram.h"

#include "core/export/diagramlayout.h"
#include "core/layout/graphpalette.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace storyloom {

namespace {

DiagramEdgeStyle edgeStyle(LineStyle style)
{
    switch (style) {
    case LineStyle::Solid:
        return DiagramEdgeStyle::Solid;
    case LineStyle::Dashed:
    case LineStyle::DashDot:
        return DiagramEdgeStyle::Dashed;
    case LineStyle::Dotted:
    case LineStyle::DashDotDot:
        return DiagramEdgeStyle::Dotted;
    }
    return DiagramEdgeStyle::Solid;
}

/** Where the segment from the centre of `box` towards `towards` leaves the box. */
QPointF borderPoint(const QRectF &box, QPointF towards)
{
    const QPointF c = box.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const double sx = d.x() == 0 ? 1e9 : (box.width() / 2) / std::abs(d.x());
    const double sy = d.y() == 0 ? 1e9 : (box.height() / 2) / std::abs(d.y());
    return c + d * std::min({ sx, sy, 1.0 });
}

/** Widest title of a box placed where the graph view has its node. */
constexpr double maxPlacedLabelWidth = 130.0;

QString legendLabel(EntityType type, StoryKind kind)
{
    return type == EntityType::Story && kind != StoryKind::None ? displayName(kind) : pluralDisplayName(type);
}

} // namespace

DiagramEdge GraphDiagram::edge(const Relation &relation)
{
    return edge(relation.kind, relation.provenance, relation.from, relation.to);
}

DiagramEdge GraphDiagram::edge(RelationKind kind, Provenance provenance, const QString &from, const QString &to)
{
    DiagramEdge edge;
    edge.from = from;
    edge.to = to;
    edge.style = edgeStyle(GraphPalette::relationStyle(kind));
    // The view's own pattern per kind and its hollow head for derived relations, so the
    // exports tell the kinds apart without colour as the view does.
    edge.dashes = GraphPalette::relationDashes(kind);
    edge.dotLine = GraphPalette::relationGraphvizLine(kind, provenance);
    edge.hollowArrow = provenance == Provenance::Derived;
    edge.color = GraphPalette::relationColor(kind);
    edge.label = displayName(kind);
    return edge;
}

Diagram GraphDiagram::describe(const StoryGraph &graph, const FilteredGraph &shown)
{
    Diagram diagram;
    diagram.title = graph.title();
    QList<std::pair<EntityType, StoryKind>> present;
    for (const Entity &e : graph.entities()) {
        if (!shown.nodes.contains(e.id))
            continue;
        DiagramNode node;
        node.id = e.id;
        node.label = { e.title.isEmpty() ? e.id : e.title };
        node.styleClass
            = e.type == EntityType::Story && e.kind != StoryKind::None ? toString(e.kind) : toString(e.type);
        node.colors.fill = GraphPalette::nodeColor(e.type, e.kind);
        node.colors.stroke = QStringLiteral("#333333");
        node.colors.text = QStringLiteral("#111111");
        node.href = e.source.path;
        node.rounded = GraphPalette::nodeShape(e.type) != NodeShape::Box;
        diagram.nodes.push_back(std::move(node));
        const std::pair<EntityType, StoryKind> key { e.type, e.type == EntityType::Story ? e.kind : StoryKind::None };
        if (!present.contains(key))
            present.append(key);
    }
    std::sort(present.begin(), present.end());
    for (const auto &[type, kind] : std::as_const(present)) {
        DiagramColors colors;
        colors.fill = GraphPalette::nodeColor(type, kind);
        diagram.legend.push_back({ legendLabel(type, kind), colors });
    }

    for (const Relation *r : shown.edges) {
        if (r->from == r->to)
            continue;
        diagram.edges.push_back(edge(*r));
    }
    return diagram;
}

Diagram GraphDiagram::build(const StoryGraph &graph, const FilteredGraph &shown, const std::atomic_bool *cancel)
{
    Diagram diagram = describe(graph, shown);
    LayoutRequest request;
    request.engine = LayoutEngine::Sfdp;
    request.routing = EdgeRouting::None;
    request.nodeSeparation = 30.0;
    request.compact = true;
    request.cancel = cancel;
    for (const DiagramNode &node : diagram.nodes)
        request.nodes.push_back({ node.id, estimateNodeSize(node), std::nullopt, std::nullopt, QString() });
    for (const DiagramEdge &edge : diagram.edges)
        request.edges.push_back({ edge.from, edge.to });
    const LayoutResult result = GraphLayout::compute(request);
    if (result.cancelled)
        return {};

    QRectF box;
    for (size_t i = 0; i < diagram.nodes.size(); ++i) {
        const QSizeF size = request.nodes[i].size;
        diagram.nodes[i].rect
            = QRectF(result.positions.value(diagram.nodes[i].id) - QPointF(size.width(), size.height()) / 2, size);
        box |= diagram.nodes[i].rect;
    }
    finish(diagram, box);
    return diagram;
}

Diagram GraphDiagram::buildAt(
    const StoryGraph &graph, const FilteredGraph &shown, const QHash<QString, QPointF> &centres, QPointF *origin)
{
    Diagram diagram = describe(graph, shown);
    QRectF box;
    for (DiagramNode &node : diagram.nodes) {
        // The view's nodes are spaced for its small circles: long titles are cut.
        node.label = { elideText(node.label.value(0), maxPlacedLabelWidth, TextWeight::Bold) };
        const QSizeF size = estimateNodeSize(node);
        node.rect = QRectF(centres.value(node.id) - QPointF(size.width(), size.height()) / 2, size);
        box |= node.rect;
    }
    if (origin)
        *origin = box.topLeft();
    finish(diagram, box);
    return diagram;
}

void GraphDiagram::finish(Diagram &diagram, const QRectF &box)
{
    const QPointF origin = box.topLeft();
    // By id in a hash: a graph of thousands of nodes has tens of thousands of edges.
    QHash<QString, const DiagramNode *> byId;
    byId.reserve(qsizetype(diagram.nodes.size()));
    for (DiagramNode &node : diagram.nodes) {
        node.rect.translate(-origin);
        byId.insert(node.id, &node);
    }
    for (DiagramEdge &edge : diagram.edges) {
        const DiagramNode *from = byId.value(edge.from);
        const DiagramNode *to = byId.value(edge.to);
        const QPointF a = borderPoint(from->rect, to->rect.center());
        const QPointF b = borderPoint(to->rect, from->rect.center());
        edge.points = { a, a + (b - a) / 3.0, a + (b - a) * 2.0 / 3.0, b };
    }
    diagram.size = box.size();
    diagram.laidOut = true;
}

} // namespace storyloom
