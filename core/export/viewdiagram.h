// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"
#include "core/export/savedview.h"
#include "core/layout/storymaplayout.h"

#include <QHash>
#include <atomic>

namespace storyloom {

/** A saved view drawn as a diagram, and where its geometry came from. */
struct ViewDiagramResult
{
    Diagram diagram;
    /** The scene point (the GUI's coordinates) the diagram's top left corner stands for. */
    QPointF origin;
    /** Free graph: every node's centre in scene points, the view's own and the newly placed ones. */
    QHash<QString, QPointF> positions;
    /** Free graph: how many nodes had no position in the view and were placed. */
    int placed = 0;
    /** Why there is no diagram (a matrix view, an unknown focus), empty when there is one. */
    QString error;
};

/**
 * Turns a saved view into the diagram its exports write: the story map's
 * boxes and routed lines where StoryMapLayout puts them (as the GUI's
 * story map does), or the free graph's nodes at the view's positions, new
 * nodes placed beside their neighbours (IncrementalPlacement), or with a
 * layout that keeps the known ones pinned when many are new. Entities
 * outside the view's focus are faded, as in the GUI. Pure: any thread.
 */
class ViewDiagram
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::ViewDiagram)
public:
    [[nodiscard]] static ViewDiagramResult build(
        const StoryGraph &graph, const SavedView &view, const std::atomic_bool *cancel = nullptr);
    /** The story map options the GUI and the export share for `view`. */
    [[nodiscard]] static StoryMapOptions storyMapOptions(const StoryGraph &graph, const SavedView &view);
    /** The story map's lines as cubic Bézier points: straight across gaps, S-curves between rows, bows within a column.
     */
    [[nodiscard]] static QList<QPointF> edgeCurve(const StoryMapEdge &edge, bool sameColumn);
};

} // namespace storyloom
