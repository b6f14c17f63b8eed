// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/revisionloader.h"
#include "core/history/visionlogcache.h"

#include <QJsonObject>
#include <functional>

namespace storyloom {

/** One commit of the vision's history and the vision's counts at it. */
struct VisionLogRow
{
    HistoryEntry commit;
    /** VisionLog::counts() of the vision at that commit. */
    QJsonObject counts;
};

/**
 * The vision through time: its counts (entities by type, stories by kind,
 * relations by kind, pain points addressed or not, goals by state) at every
 * commit of a range. Commits with the same project files share one load, and
 * a file's parse is reused from the commit before while its blob stays.
 * Finished rows are kept by commit id (VisionLogCache): a commit counted
 * once, in any range or mode, is not loaded again.
 */
class VisionLog
{
public:
    explicit VisionLog(const QString &projectRoot);

    /**
     * The rows of `range` (see GitObjects::log()), newest first. `progress` is called with
     * commits done and in all; setting `cancel` (from any thread) stops the walk soon, with
     * HistoryError::Code::Cancelled.
     */
    [[nodiscard]] std::optional<std::vector<VisionLogRow>> rows(const QString &range, bool allParents,
        HistoryError *error = nullptr, const std::atomic_bool *cancel = nullptr,
        const std::function<void(int, int)> &progress = {});

    /** {"entities": {TYPE: n}, "stories": {KIND: n}, "relations": {KIND: n}, "pain_points": {...}, "goals": {STATE:
     * n}}. */
    [[nodiscard]] static QJsonObject counts(const StoryGraph &graph);

    [[nodiscard]] const RevisionLoader &loader() const { return m_loader; }
    /** Keeps the parses (RevisionLoader::saveParses()) and the finished rows for the next run; false on an error. */
    bool saveParses();

private:
    RevisionLoader m_loader;
    VisionLogCache m_rows;
    bool m_rowsOpened = false;
};

} // namespace storyloom
