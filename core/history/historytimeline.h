// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/gitobjects.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <vector>

namespace storyloom {

/** One commit of the first-parent line and the tags that point at it. */
struct TimelineCommit
{
    HistoryEntry entry;
    QStringList tags;
};

/** The commits a timeline shows, oldest first; or why there are none to show. */
struct Timeline
{
    std::vector<TimelineCommit> commits;
    /** Set when there is no history to walk: not a repository, no commits, a shallow clone. */
    HistoryError error;
    /** The commit the branch's upstream points at: where the last sync left the branch (empty without one). */
    QString upstream;
};

/**
 * Reads what the GUI's timeline needs from the Git history of a project
 * folder: its first-parent commits with their tags, and where the last sync
 * left the branch. Read-only like GitObjects; blocking, any thread.
 */
class HistoryTimeline
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::HistoryTimeline)

public:
    [[nodiscard]] static Timeline read(const QString &projectRoot, const std::atomic_bool *cancel = nullptr);
};

} // namespace storyloom
