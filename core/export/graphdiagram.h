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
     * One relation as the exports draw it: its kind's colour and the view's dash
     * pattern for its kind (GraphPalette), a hollow head when derived. No two kinds,
     * nor a derived and a declared one, look alike in any format.
     */
    [[nodiscard]] static DiagramEdge edge(const Relation &relation);
    /** The same for a line between two boxes that need not be entities (a story map's groups). */
    [[nodiscard]] static DiagramEdge edge(
        RelationKind kind, Provenance provenance, const QString &from, const QString &to);
    /**
     * The same boxes and lines with each box centred where the graph view has
     * it (`centres`, scene points); `origin`, when given, gets the scene point
     * the diagram's top left corner stands for.
     */
    [[nodiscard]] static Diagram buildAt(const StoryGraph &graph, const FilteredGraph &shown,
        const QHash<QString, QPointF> &centres, QPointF *origin = nullptr);

private:
    /** Boxes, lines and legend of `shown`, not yet placed. */
    [[nodiscard]] static Diagram describe(const StoryGraph &graph, const FilteredGraph &shown);
    /** Moves the placed boxes to the origin and draws the lines between them. */
    static void finish(Diagram &diagram, const QRectF &box);
};

} // namespace storyloom
