// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/visionlog.h"

#include "core/analysis/gapanalysis.h"

#include <QCryptographicHash>
#include <algorithm>

namespace storyloom {

VisionLog::VisionLog(const QString &projectRoot)
    : m_loader(projectRoot)
{ }

QJsonObject VisionLog::counts(const StoryGraph &graph)
{
    QJsonObject entities, stories, relations, goals;
    for (EntityType type : allEntityTypes)
        entities.insert(toString(type), graph.count(type));
    stories.insert(toString(StoryKind::StatusQuo), graph.count(StoryKind::StatusQuo));
    stories.insert(toString(StoryKind::ShinyFuture), graph.count(StoryKind::ShinyFuture));
    for (RelationKind kind : allRelationKinds)
        relations.insert(toString(kind), graph.count(kind));
    QHash<GoalState, int> byState;
    for (const Entity &e : graph.entities()) {
        if (e.type == EntityType::Goal)
            ++byState[e.state];
    }
    for (GoalState state : allGoalStates)
        goals.insert(toString(state), byState.value(state));
    goals.insert(QStringLiteral("unknown"), byState.value(GoalState::Unknown));
    const int unaddressed = int(GapAnalysis::find(graph, GapKind::UnaddressedPainPoint).size());
    const QJsonObject painPoints { { QStringLiteral("addressed"), graph.count(EntityType::PainPoint) - unaddressed },
        { QStringLiteral("unaddressed"), unaddressed } };
    return { { QStringLiteral("entities"), entities }, { QStringLiteral("stories"), stories },
        { QStringLiteral("relations"), relations }, { QStringLiteral("pain_points"), painPoints },
        { QStringLiteral("goals"), goals } };
}

std::optional<std::vector<VisionLogRow>> VisionLog::rows(const QString &range, bool allParents, HistoryError *error,
    const std::atomic_bool *cancel, const std::function<void(int, int)> &progress)
{
    const std::optional<std::vector<HistoryEntry>> commits = m_loader.git().log(range, allParents, cancel, error);
    if (!commits)
        return std::nullopt;
    std::vector<VisionLogRow> rows;
    rows.reserve(commits->size());
    // Commits that leave the project's files as they were (work elsewhere in the repository) share a load.
    QHash<QByteArray, QJsonObject> byFiles;
    // Oldest first: each load then finds the parses of the commit before.
    for (auto it = commits->crbegin(); it != commits->crend(); ++it) {
        const std::optional<RevisionTree> tree = m_loader.git().tree(it->commit, error);
        if (!tree)
            return std::nullopt;
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const TreeEntry &entry : *tree) {
            hash.addData(entry.path.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            hash.addData(entry.blob);
        }
        const QByteArray files = hash.result();
        auto known = byFiles.constFind(files);
        if (known == byFiles.cend()) {
            const Snapshot snapshot = m_loader.load(*tree, error, cancel);
            if (!snapshot)
                return std::nullopt;
            known = byFiles.insert(files, counts(*snapshot));
        }
        rows.push_back({ *it, *known });
        if (progress)
            progress(int(rows.size()), int(commits->size()));
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace storyloom
