// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"
#include "core/model/storygraph.h"

#include <QByteArray>
#include <optional>

namespace storyloom {

/** The attributes of a goal to change; unset fields stay as they are. */
struct GoalEdit
{
    std::optional<GoalState> state;
    std::optional<double> progress;
    std::optional<QStringList> owners;
    /** The new parent goal's id; empty makes the goal top level. */
    std::optional<QString> parent;

    [[nodiscard]] bool isEmpty() const { return !state && !progress && !owners && !parent; }
};

/** A file's new bytes, or why there are none. */
struct TextEditResult
{
    QByteArray bytes;
    std::optional<Diagnostic> error;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

/** What to put in a generated overview table. */
struct OverviewTableOptions
{
    /** Folder (relative to the project root) of the page the table goes into; links are made relative to it. */
    QString pageDir;
    /** Reference labels defined in that page (lowercase): owners with one are written `[name]`. */
    QStringList referenceLabels;
    /** Cells of a progress bar when a goal has no width of its own. */
    int progressWidth = 6;
};

/**
 * Writes roadmap overview tables (Deliverable / State / Progress / Owner):
 * edits one row of an existing table in place, byte for byte, and generates
 * a whole table from the model, between marker comments.
 */
class OverviewTableWriter
{
public:
    static constexpr QLatin1StringView beginMarker { "<!-- storyloom:roadmap-table -->" };
    static constexpr QLatin1StringView endMarker { "<!-- /storyloom:roadmap-table -->" };

    /**
     * Rewrites the row on `line` (1-based) of `file`: the state emoji, the
     * ▰▱ bar at the same width, the owner cell (links `[name]` when the file
     * defines a reference for every owner, else plain names). Every other byte, including the row's own
     * spacing, stays as it was. `edit.parent` is not handled here.
     */
    [[nodiscard]] static TextEditResult rewriteRow(
        const QByteArray &file, int line, const GoalEdit &edit, const QString &path = {});

    /** The overview table of a snapshot's goals in roadmap order, initiatives indented with `↳`. */
    [[nodiscard]] static QString table(const StoryGraph &graph, const OverviewTableOptions &options = {});

    /**
     * Puts `table` between the marker comments of `file`, replacing what was
     * there; appends markers and table at the end when the file has none.
     */
    [[nodiscard]] static TextEditResult replaceMarkedTable(
        const QByteArray &file, const QString &table, const QString &path = {});

    /** Labels of the reference definitions (`[label]: url`) of a Markdown text, lowercased. */
    [[nodiscard]] static QStringList referenceLabels(const QByteArray &file);
};

} // namespace storyloom
