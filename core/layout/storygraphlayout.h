// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/graphlayout.h"
#include "core/model/storygraph.h"

#include <QSet>

namespace storyloom {

/**
 * Turns story graphs (or synthetic graphs, for benchmarks) into layout
 * requests, so the graph view, the CLI export and the benchmarks lay out the
 * same geometry.
 */
class StoryGraphLayout
{
public:
    /** The diameter in points of an entity's node: it grows with the node's degree, so hubs stand out. */
    [[nodiscard]] static double nodeDiameter(int degree);

    /**
     * The request for the given entities of `graph` (all when `visible` is
     * null) and the relations between them, with sfdp for the whole graph.
     */
    [[nodiscard]] static LayoutRequest request(const StoryGraph &graph, const QSet<QString> *visible = nullptr);

    /**
     * A reproducible random graph of `nodes` nodes and `edges` edges (a few
     * hubs and many leaves, like a vision document), for benchmarks.
     */
    [[nodiscard]] static LayoutRequest synthetic(int nodes, int edges, quint32 seed = 1);

    /** Lays out the whole of `graph` (convenience for benchmarks and the CLI). */
    [[nodiscard]] static LayoutResult layout(const StoryGraph &graph, LayoutEngine engine = LayoutEngine::Sfdp);
};

} // namespace storyloom
