// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <atomic>
#include <optional>
#include <vector>

namespace storyloom {

/**
 * Which Graphviz layout program places the nodes. `Dot` ranks a hierarchy
 * (roadmaps, trees: seconds beyond ~1,000 nodes); `Sfdp` is the multilevel
 * force-directed layout for whole graphs of thousands of nodes; `Fdp` and
 * `Neato` are force/stress layouts for small graphs that honour pinned nodes exactly.
 */
enum class LayoutEngine { Dot, Sfdp, Fdp, Neato };

/** The direction ranks grow in (`Dot` only). */
enum class LayoutDirection { TopToBottom, LeftToRight };

/** How edges are routed. `Line` is cheapest and the only sensible choice for big graphs. */
enum class EdgeRouting { None, Line, Polyline, Spline };

/** A box to place. Sizes and positions are in points, which are the scene units of the views. */
struct LayoutNode
{
    QString id;
    QSizeF size { 36.0, 36.0 };
    /** A position the node must keep (a node the user dragged); the centre, in scene coordinates. */
    std::optional<QPointF> pinned;
    /** Nodes sharing a rank are put side by side (`Dot` only). */
    std::optional<int> rank;
    /** Nodes sharing a non-empty cluster id are drawn inside one box (`Dot` and `Fdp`). */
    QString cluster;
};

/** A directed edge between two node ids. */
struct LayoutEdge
{
    QString from;
    QString to;
    /** Heavier edges are kept shorter and straighter. */
    double weight = 1.0;
    /** False: the edge does not influence ranking (`Dot` only). */
    bool constraint = true;
};

/** Everything one layout needs; plain data, so it can be built on the GUI thread and laid out on another. */
struct LayoutRequest
{
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
    LayoutEngine engine = LayoutEngine::Sfdp;
    LayoutDirection direction = LayoutDirection::TopToBottom;
    EdgeRouting routing = EdgeRouting::Line;
    /** Space between neighbouring nodes (dot: within a rank) in points. */
    double nodeSeparation = 18.0;
    /** Space between ranks (`Dot`) in points. */
    double rankSeparation = 36.0;
    /** Remove node overlaps (force-directed engines). */
    bool removeOverlaps = true;
    /**
     * Pack the drawing as tightly as overlap removal allows, for a picture on
     * a page, rather than spread out for browsing (force-directed engines).
     */
    bool compact = false;
    /** Labels for clusters by cluster id (optional; the box is sized for nothing but the nodes). */
    QHash<QString, QString> clusterLabels;
    /** Set from another thread to give up; checked between the phases of a layout. */
    const std::atomic_bool *cancel = nullptr;
};

/** One laid-out edge: a cubic Bézier path (start point, then three points per segment). */
struct EdgePath
{
    /** Index of the edge in LayoutRequest::edges. */
    int edge = -1;
    std::vector<QPointF> points;
    /** Where the arrow head ends (on the target's border), when Graphviz drew one. */
    std::optional<QPointF> arrowTip;
};

/** The geometry of a layout, in scene units (points; y grows downwards). */
struct LayoutResult
{
    /** Centre of each node, by id. */
    QHash<QString, QPointF> positions;
    /** One path per routed edge (none when routing is None or an end was unknown). */
    std::vector<EdgePath> edges;
    QRectF boundingBox;
    /** The box of each cluster, by cluster id. */
    QHash<QString, QRectF> clusters;
    Diagnostics diagnostics;
    bool cancelled = false;

    /** True when the layout ran to the end: positions hold every node of the request. */
    [[nodiscard]] bool ok() const { return !cancelled && !hasErrors(); }
    [[nodiscard]] bool hasErrors() const;
};

/**
 * Lays out a graph with Graphviz (libgvc + cgraph). Graphviz keeps global
 * state, so calls are serialised by one process-wide lock: use it from any
 * thread, but expect concurrent calls to queue. Failures come back as
 * diagnostics in the result, never as exceptions.
 */
class GraphLayout
{
public:
    [[nodiscard]] static LayoutResult compute(const LayoutRequest &request);

    /** The Graphviz program name of an engine ("dot", "sfdp", …). */
    [[nodiscard]] static QString engineName(LayoutEngine engine);
};

} // namespace storyloom
