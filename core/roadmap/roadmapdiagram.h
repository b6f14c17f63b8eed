// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"
#include "core/model/storygraph.h"

#include <QList>

namespace storyloom {

/** A goal with its depth in the roadmap tree (0 = top-level goal, 1 = initiative…). */
struct RoadmapRow
{
    const Entity *goal = nullptr;
    int depth = 0;
};

/**
 * The goals of a snapshot in roadmap order: each top-level goal followed by
 * its initiatives (book order). Initiatives whose parent is not a goal count
 * as top level, so nothing is lost.
 */
[[nodiscard]] std::vector<RoadmapRow> roadmapRows(const StoryGraph &graph);

/** The conventional colours of a state (green done, orange in progress, yellow help wanted, grey paused). */
[[nodiscard]] DiagramColors stateColors(GoalState state);

/** What to put in a roadmap diagram. */
struct RoadmapDiagramOptions
{
    /** Only goals in these states (empty: all). */
    QList<GoalState> states;
    bool withPainPoints = false;
    bool withStories = false;
    DiagramDirection direction = DiagramDirection::LeftToRight;
    bool legend = true;
    /** Defaults to "<project title> roadmap". */
    QString title;
};

/**
 * Builds the roadmap diagram: one node per goal and initiative (coloured by
 * state, with progress and owners), an edge from each initiative to its goal,
 * and optionally goal → pain point (addresses) and goal → story (realises).
 * Links are relative to the content folder (`src/` of an mdBook).
 */
[[nodiscard]] Diagram buildRoadmapDiagram(const StoryGraph &graph, const RoadmapDiagramOptions &options = {});

/** The path of an entity's page relative to the content folder, or empty when it has no page of its own. */
[[nodiscard]] QString pageLink(const StoryGraph &graph, const Entity &entity);

} // namespace storyloom
