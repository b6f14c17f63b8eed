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

QString legendLabel(EntityType type, StoryKind kind)
{
    return type == EntityType::Story && kind != StoryKind::None ? displayName(kind) : pluralDisplayName(type);
}

} // namespace

DiagramEdge GraphDiagram::edge(const Relation &relation)
{
    DiagramEdge edge;
    edge.from = relation.from;
    edge.to = relation.to;
    edge.style = edgeStyle(GraphPalette::relationStyle(relation.kind));
    // The view's own pattern per kind and its hollow head for derived relations, so the
    // exports tell the kinds apart without colour as the view does.
    edge.dashes = GraphPalette::relationDashes(relation.kind);
    edge.dotLine = GraphPalette::relationGraphvizLine(relation.kind, relation.provenance);
    edge.hollowArrow = relation.provenance == Provenance::Derived;
    edge.color = GraphPalette::relationColor(relation.kind);
    edge.label = displayName(relation.kind);
    return edge;
}

Diagram GraphDiagram::build(const StoryGraph &graph, const FilteredGraph &shown, const std::atomic_bool *cancel)
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
    const QPointF origin = box.topLeft();
    for (DiagramNode &node : diagram.nodes)
        node.rect.translate(-origin);
    for (DiagramEdge &edge : diagram.edges) {
        const DiagramNode *from = diagram.node(edge.from);
        const DiagramNode *to = diagram.node(edge.to);
        const QPointF a = borderPoint(from->rect, to->rect.center());
        const QPointF b = borderPoint(to->rect, from->rect.center());
        edge.points = { a, a + (b - a) / 3.0, a + (b - a) * 2.0 / 3.0, b };
    }
    diagram.size = box.size();
    diagram.laidOut = true;
    return diagram;
}

} // namespace storyloom
