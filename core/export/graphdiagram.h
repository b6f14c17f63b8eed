// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"
#include "core/export/diagram.h"
#include "core/layout/graphlayout.h"

#include <QHash>
#include <atomic>

namespace storyloom {

/**
 * Turns what the graph view shows (a filtered story graph) into a Diagram,
 * so the roadmap's writers (SVG, DOT, and the painter for PNG/PDF) export it.
 */
class GraphDiagram
{
public:
    /**
     * Builds and lays out the diagram of `shown`: one titled box per entity in
     * its type's colour, one edge per relation in its kind's colour and line
     * style, a legend of the types and kinds present. Boxes are sized for their
     * text and placed with sfdp (so labels never overlap, whatever the view's
     * zoom). Returns an empty diagram when cancelled.
     */
    [[nodiscard]] static Diagram build(
        const StoryGraph &graph, const FilteredGraph &shown, const std::atomic_bool *cancel = nullptr);
    /**
     * The same boxes and lines with each box centred where the graph view has
     * it (`centres`, scene points); `origin`, when given, gets the scene point
     * the diagram's top left corner stands for.
     */
    [[nodiscard]] static Diagram buildAt(const StoryGraph &graph, const FilteredGraph &shown,
        const QHash<QString, QPointF> &centres, QPointF *origin = nullptr);
    /** How a relation's line is drawn in every export (the same rule as the graph view's). */
    [[nodiscard]] static DiagramEdgeStyle relationEdgeStyle(RelationKind kind, Provenance provenance);

private:
    /** Boxes, lines and legend of `shown`, not yet placed. */
    [[nodiscard]] static Diagram describe(const StoryGraph &graph, const FilteredGraph &shown);
    /** Moves the placed boxes to the origin and draws the lines between them. */
    static void finish(Diagram &diagram, const QRectF &box);
};

} // namespace storyloom
