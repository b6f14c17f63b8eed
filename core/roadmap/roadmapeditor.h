// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/roadmap/overviewtablewriter.h"

#include <QCoreApplication>

namespace storyloom {

/** One file's bytes before and after an edit: apply it, or apply its inverse to undo. */
struct FileChange
{
    /** Absolute path. */
    QString path;
    QByteArray before;
    QByteArray after;
    /** The project the file belongs to: the write goes through its Writer. */
    QString root;

    [[nodiscard]] FileChange inverse() const { return { path, after, before, root }; }
};

/** The change an edit makes, or why it cannot be made. */
struct EditPlan
{
    std::optional<FileChange> change;
    std::optional<Diagnostic> error;
};

/**
 * Writes roadmap edits back to where the values came from: the overview
 * table row (in place, byte for byte) in an mdBook, front matter keys in a
 * native project. Planning is pure; applying writes atomically (QSaveFile)
 * and refuses when the file changed on disk since it was read.
 */
class RoadmapEditor
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::RoadmapEditor)

public:
    [[nodiscard]] static EditPlan plan(const StoryGraph &graph, const QString &goalId, const GoalEdit &edit);
    /** Regenerates the overview table between markers in `pagePath` (relative to the root). */
    [[nodiscard]] static EditPlan planRegenerate(const StoryGraph &graph, const QString &pagePath);
    /**
     * Writes `change.after` (through the Writer: never outside the open project) if the file
     * still holds `change.before`; an error otherwise.
     */
    [[nodiscard]] static std::optional<Diagnostic> apply(const FileChange &change);
};

} // namespace storyloom
