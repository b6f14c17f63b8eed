// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/viewdiagram.h"

#include "core/export/diagramlayout.h"
#include "core/export/graphdiagram.h"
#include "core/layout/graphpalette.h"
#include "core/layout/incrementalplacement.h"
#include "core/layout/storygraphlayout.h"
#include "core/util/logging.h"

#include <algorithm>
#include <cmath>

namespace storyloom {

namespace {

/** `a` mixed with `b` by `amount` (0: all `a`); both `#rrggbb` (core has no QColor). */
QString mixColors(const QString &a, const QString &b, double amount)
{
    QString mixed = QStringLiteral("#");
    for (int i = 1; i + 1 < 7; i += 2) {
        const int p = a.mid(i, 2).toInt(nullptr, 16), q = b.mid(i, 2).toInt(nullptr, 16);
        const int v = int(std::lround(p * (1.0 - amount) + q * amount));
        mixed += QStringLiteral("%1").arg(std::clamp(v, 0, 255), 2, 16, QLatin1Char('0'));
    }
    return mixed;
}

const QString white = QStringLiteral("#ffffff");

QString typeStyleClass(EntityType type, StoryKind kind)
{
    return type == EntityType::Story && kind != StoryKind::None ? toString(kind) : toString(type);
}

ViewDiagramResult storyMapDiagram(const StoryGraph &graph, const SavedView &view, const std::atomic_bool *cancel)
{
    ViewDiagramResult result;
    StoryMapOptions options = ViewDiagram::storyMapOptions(graph, view);
    options.cancel = cancel;
    const StoryMap map = StoryMapLayout::compute(graph, options);
    if (map.cancelled)
        return result;
    QSet<QString> focus;
    if (!view.focus.isEmpty()) {
        FocusOptions focusOptions;
        focusOptions.depth = view.depth;
        focusOptions.direction = view.direction;
        focusOptions.chain = options.columns;
        focus = StoryFocus::reach(graph, view.focus, focusOptions);
    }
    // An item is in focus when it holds an entity in focus (a group: any member).
    const auto inFocus = [&](const StoryMapItem &item) {
        if (focus.isEmpty())
            return true;
        if (item.kind == StoryMapItemKind::Entity)
            return focus.contains(item.id);
        return std::any_of(
            item.members.cbegin(), item.members.cend(), [&](const QString &id) { return focus.contains(id); });
    };

    Diagram &diagram = result.diagram;
    diagram.title = view.displayTitle();
    QRectF box;
    for (const StoryMapItem &item : map.items)
        box |= item.rect;
    result.origin = box.topLeft();
    std::vector<bool> focused;
    for (const StoryMapItem &item : map.items) {
        DiagramNode node;
        node.id = item.id;
        const QString label = item.kind == StoryMapItemKind::Entity
            ? item.title
            : QStringLiteral("%1 %2 %3")
                  .arg(item.title, item.kind == StoryMapItemKind::Group ? QStringLiteral("▸") : QStringLiteral("▾"))
                  .arg(item.members.size());
        node.label = { elideText(label, item.rect.width() - 2 * diagramstyle::padding, TextWeight::Bold) };
        const QString type = GraphPalette::nodeColor(item.type, item.storyKind);
        node.styleClass = typeStyleClass(item.type, item.storyKind);
        if (item.kind != StoryMapItemKind::Entity)
            node.styleClass += QStringLiteral(" group");
        // The GUI's tint of the type's colour on the base, its colour as the border.
        node.colors.fill = mixColors(white, type, 0.2);
        node.colors.stroke = type;
        node.colors.text = QStringLiteral("#1a1a1a");
        const bool strong = inFocus(item);
        focused.push_back(strong);
        if (!strong) {
            node.styleClass += QStringLiteral(" faded");
            node.colors.fill = mixColors(node.colors.fill, white, 0.75);
            node.colors.stroke = mixColors(type, white, 0.75);
            node.colors.text = mixColors(node.colors.text, white, 0.7);
        }
        if (item.kind == StoryMapItemKind::Entity) {
            if (const Entity *e = graph.entity(item.id))
                node.href = e->source.path;
        }
        node.rect = item.rect.translated(-result.origin);
        diagram.nodes.push_back(std::move(node));
    }
    for (const StoryMapEdge &edge : map.edges) {
        const StoryMapItem &from = map.items[size_t(edge.from)];
        const StoryMapItem &to = map.items[size_t(edge.to)];
        DiagramEdge line = GraphDiagram::edge(edge.kind, edge.provenance, from.id, to.id);
        if (!focus.isEmpty() && !(focused[size_t(edge.from)] && focused[size_t(edge.to)]))
            line.color = mixColors(line.color, white, 0.75);
        for (const QPointF &p : ViewDiagram::edgeCurve(edge, from.column == to.column))
            line.points.append(p - result.origin);
        diagram.edges.push_back(std::move(line));
    }
    for (const StoryMapColumnBox &column : map.columns) {
        DiagramColors colors;
        colors.fill = GraphPalette::nodeColor(column.column.type, column.column.kind.value_or(StoryKind::None));
        diagram.legend.push_back({ QStringLiteral("%1 · %2").arg(column.title).arg(column.entities), colors });
    }
    diagram.size = box.size();
    diagram.laidOut = true;
    return result;
}

ViewDiagramResult freeGraphDiagram(const StoryGraph &graph, const SavedView &view, const std::atomic_bool *cancel)
{
    ViewDiagramResult result;
    const FilteredGraph shown = view.filter.apply(graph);
    LayoutRequest request = StoryGraphLayout::request(graph, &shown.nodes);
    request.cancel = cancel;
    QHash<QString, QPointF> known;
    for (const LayoutNode &node : request.nodes) {
        if (view.positions.contains(node.id))
            known.insert(node.id, view.positions.value(node.id));
    }
    result.placed = int(request.nodes.size()) - int(known.size());
    if (result.placed == 0) {
        result.positions = known;
    } else if (auto placed = IncrementalPlacement::place(request, known)) {
        result.positions = *placed;
    } else {
        // Much is new: a real layout, the nodes the view knows pinned where they are.
        for (LayoutNode &node : request.nodes) {
            if (known.contains(node.id))
                node.pinned = known.value(node.id);
        }
        const LayoutResult layout = GraphLayout::compute(request);
        if (layout.cancelled)
            return result;
        if (!layout.ok())
            qCWarning(lcExport) << "the layout of view" << view.name << "failed; nodes without a place stay at 0,0";
        result.positions = layout.positions;
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            result.positions.insert(it.key(), it.value());
    }
    result.diagram = GraphDiagram::buildAt(graph, shown, result.positions, &result.origin);
    result.diagram.title = view.displayTitle();
    return result;
}

} // namespace

StoryMapOptions ViewDiagram::storyMapOptions(const StoryGraph &graph, const SavedView &view)
{
    StoryMapOptions options;
    if (!view.filter.isEmpty())
        options.visible = view.filter.apply(graph).nodes;
    options.relationKinds = view.filter.relationKinds;
    options.expanded = QSet<QString>(view.unfolded.cbegin(), view.unfolded.cend());
    return options;
}

QList<QPointF> ViewDiagram::edgeCurve(const StoryMapEdge &edge, bool sameColumn)
{
    QList<QPointF> points;
    if (edge.points.size() < 2)
        return points;
    const QPointF first = edge.points.front();
    points.append(first);
    if (sameColumn) {
        const QPointF last = edge.points.back();
        const double bow = 24.0 + std::min(80.0, std::abs(last.y() - first.y()) / 4.0);
        points << first + QPointF(bow, 0) << last + QPointF(bow, 0) << last;
        return points;
    }
    for (size_t i = 1; i < edge.points.size(); ++i) {
        const QPointF from = edge.points[i - 1], to = edge.points[i];
        if (std::abs(from.y() - to.y()) < 1e-6) {
            // A straight stretch as a curve whose handles lie on it.
            points << from + (to - from) / 3.0 << from + (to - from) * 2.0 / 3.0 << to;
            continue;
        }
        const double middle = (from.x() + to.x()) / 2.0;
        points << QPointF(middle, from.y()) << QPointF(middle, to.y()) << to;
    }
    return points;
}

ViewDiagramResult ViewDiagram::build(const StoryGraph &graph, const SavedView &view, const std::atomic_bool *cancel)
{
    if (!view.focus.isEmpty() && !graph.entity(view.focus)) {
        ViewDiagramResult result;
        result.error = tr("the view's focus '%1' is no entity of the project").arg(view.focus);
        qCWarning(lcExport) << result.error;
        return result;
    }
    switch (view.mode) {
    case ViewMode::StoryMap:
        return storyMapDiagram(graph, view, cancel);
    case ViewMode::FreeGraph:
        return freeGraphDiagram(graph, view, cancel);
    case ViewMode::Matrix:
        break;
    }
    ViewDiagramResult result;
    result.error = tr("a matrix view exports with export --matrix ROWS,COLS");
    return result;
}

} // namespace storyloom
