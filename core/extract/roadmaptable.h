// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"
#include "core/parse/parseddocument.h"

#include <optional>

namespace storyloom {

/** The ▰▱ progress bar of a roadmap row: the fraction filled and how many cells it has. */
struct ProgressBar
{
    double progress = 0;
    int width = 0;
};

/** Reads `▰▰▱▱▱▱` (2/6) from a cell; nothing when the cell has no bar. */
[[nodiscard]] std::optional<ProgressBar> readProgressBar(QStringView text);
/** Writes a bar of `width` cells for `progress` (rounded to the nearest cell). */
[[nodiscard]] QString writeProgressBar(double progress, int width);

/** One row of a roadmap overview table (Deliverable / State / Progress / Owner). */
struct OverviewRow
{
    int line = 0;
    /** 0 for a goal, 1 for an initiative (a `↳` row under the goal above it). */
    int depth = 0;
    QString title;
    /** Where the deliverable links to (a page of the book or elsewhere), empty when it does not link. */
    QString url;
    GoalState state = GoalState::Unknown;
    /** The state cell's text, for the state markers of the rules (RuleSet::stateFromMarker()). */
    QString stateText;
    std::optional<ProgressBar> progress;
    QStringList owners;
};

/** A roadmap overview table: its rows and which column holds what (-1 when missing). */
struct OverviewTable
{
    int line = 0;
    int deliverableColumn = -1;
    int stateColumn = -1;
    int progressColumn = -1;
    int ownerColumn = -1;
    QList<OverviewRow> rows;
};

/** Finds the first overview table in a document: a table whose header has "Deliverable" (or "Goal") and "State". */
[[nodiscard]] std::optional<OverviewTable> readOverviewTable(const ParsedDocument &document);

/** A page's metadata table (rows like `Owner | [name]`, `Status | 🦀`). */
struct MetadataTable
{
    int line = 0;
    QStringList owners;
    GoalState state = GoalState::Unknown;
    /** The state row's text, for the state markers of the rules (RuleSet::stateFromMarker()). */
    QString stateText;
};

/** Reads the first two-column table whose first column names owners or a state (row names from the rules). */
[[nodiscard]] std::optional<MetadataTable> readMetadataTable(
    const ParsedDocument &document, const QStringList &ownerRows, const QStringList &stateRows);

} // namespace storyloom
