// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"

#include <QList>
#include <QString>

namespace storyloom {

/** The outline a node is drawn with in the graph view and its exports. */
enum class NodeShape { Circle, Diamond, RoundedBox, Hexagon, Triangle, Box, Ellipse };

/** How a relation's line is drawn. */
enum class LineStyle { Solid, Dashed, Dotted, DashDot, DashDotDot };

/** A relation's line as Graphviz can draw it: only solid, dashed, dotted and bold lines. */
struct GraphvizLine
{
    QString style;
    double penWidth = 1.0;
    QString arrowhead;

    [[nodiscard]] bool operator==(const GraphvizLine &) const = default;
};

/**
 * The graph's visual vocabulary as plain data (colours as `#rrggbb`), so the
 * view, the legend and the exporters agree while core stays free of Qt Gui.
 */
class GraphPalette
{
public:
    /** Fill colour of an entity: one per type, status quo and shiny future told apart. */
    [[nodiscard]] static QString nodeColor(EntityType type, StoryKind kind = StoryKind::None);
    [[nodiscard]] static NodeShape nodeShape(EntityType type);
    [[nodiscard]] static QString relationColor(RelationKind kind);
    [[nodiscard]] static LineStyle relationStyle(RelationKind kind);
    /** A derived relation is drawn in a style of its own (dash-dot-dot), whatever its kind; others by kind. */
    [[nodiscard]] static LineStyle relationStyle(RelationKind kind, Provenance provenance);
    /**
     * The view's dash pattern of a relation kind (dash and gap lengths in pen widths, as
     * QPen::setDashPattern takes them; empty: solid), a different one for every kind so
     * the kinds stay apart without colour. Derived relations keep their kind's pattern
     * and are marked by their arrowheads instead.
     */
    [[nodiscard]] static QList<double> relationDashes(RelationKind kind);
    /**
     * Graphviz's stand-in for relationDashes, as distinct: the pattern's kind of line
     * (solid, dotted when it has only dots, else dashed), then an arrowhead and a pen
     * width that set the kind apart from the other kinds of that line. A derived
     * relation takes the hollow form of its kind's head (`onormal`, `odiamond`…).
     */
    [[nodiscard]] static GraphvizLine relationGraphvizLine(RelationKind kind, Provenance provenance);
};

} // namespace storyloom
