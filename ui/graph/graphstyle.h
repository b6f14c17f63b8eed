// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/graphpalette.h"

#include <QBrush>
#include <QPainterPath>
#include <QPen>

namespace storyloom {

/**
 * Pens, brushes and shapes of the graph view, made once and shared by every
 * item (painting thousands of nodes must not allocate pens). The colours and
 * line styles come from GraphPalette, so exports and legend agree.
 */
class GraphStyle
{
public:
    /** How strongly a node or an edge is drawn: faded out by a filter, as usual, or the selection's. */
    enum class Emphasis { Dimmed, Normal, Selected };

    /** A node's fill (a selected node's is its usual one). */
    [[nodiscard]] static const QBrush &nodeBrush(EntityType type, StoryKind kind, Emphasis emphasis);
    [[nodiscard]] static const QPen &nodePen(Emphasis emphasis);
    /** The relation's pen; Emphasis::Selected for the edges of the selected node. */
    [[nodiscard]] static const QPen &edgePen(RelationKind kind, Provenance provenance, Emphasis emphasis);
    /** The outline of a node of `type` fitting a square of `size` centred on the origin. */
    [[nodiscard]] static QPainterPath nodePath(EntityType type, double size);
    /** A small swatch path for the legend. */
    [[nodiscard]] static QPainterPath legendPath(EntityType type, double size) { return nodePath(type, size); }
};

} // namespace storyloom
