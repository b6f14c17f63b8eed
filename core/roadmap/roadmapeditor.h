// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/projectedit.h"
#include "core/roadmap/overviewtablewriter.h"

#include <QCoreApplication>

namespace storyloom {

/** The change an edit makes (empty when it changes nothing), or why it cannot be made. */
struct EditPlan
{
    std::optional<ProjectEdit> edit;
    std::optional<Diagnostic> error;
};

/**
 * Plans roadmap edits back to where the values came from: the overview
 * table row (in place, byte for byte) in an mdBook, front matter keys in a
 * native project. Planning only reads; the plan is a ProjectEdit, applied and
 * undone like every other edit of the project (through the Writer, never
 * outside the open project, refused when the file changed since it was read).
 */
class RoadmapEditor
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::RoadmapEditor)

public:
    [[nodiscard]] static EditPlan plan(const StoryGraph &graph, const QString &goalId, const GoalEdit &edit);
    /** Regenerates the overview table between markers in `pagePath` (relative to the root). */
    [[nodiscard]] static EditPlan planRegenerate(const StoryGraph &graph, const QString &pagePath);
};

} // namespace storyloom
