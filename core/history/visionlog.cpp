// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/visionlog.h"

#include "core/analysis/gapanalysis.h"

#include <QCryptographicHash>
#include <QSet>
#include <algorithm>
#include <map>

namespace storyloom {

namespace {
/** A hash of a revision's paths and blobs: equal for revisions with the same project files. */
QByteArray filesFingerprint(const RevisionTree &tree)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const TreeEntry &entry : tree) {
        hash.addData(entry.path.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(entry.blob);
    }
    return hash.result();
}
} // namespace

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

bool VisionLog::saveParses()
{
    const bool parses = m_loader.saveParses();
    return m_rows.save() && parses;
}

std::optional<std::vector<VisionLogRow>> VisionLog::rows(const QString &range, bool allParents, HistoryError *error,
    const std::atomic_bool *cancel, const std::function<void(int, int)> &progress)
{
    const GitObjects &git = m_loader.git();
    const std::optional<std::vector<HistoryEntry>> commits = git.log(range, allParents, cancel, error);
    if (!commits)
        return std::nullopt;
    std::vector<VisionLogRow> rows;
    if (commits->empty())
        return rows;
    rows.reserve(commits->size());
    if (!m_rowsOpened) {
        m_rows.open(VisionLogCache::file(m_loader.git().projectRoot()));
        m_rowsOpened = true;
    }
    auto cancelled = [cancel, error] {
        if (!cancel || !cancel->load())
            return false;
        if (error)
            *error = HistoryError::make(HistoryError::Code::Cancelled);
        return true;
    };

    // Rows counted by an earlier run: when every commit has one, no revision is loaded at all.
    std::vector<std::optional<QJsonObject>> kept;
    kept.reserve(commits->size());
    bool allKept = true;
    for (const HistoryEntry &commit : *commits) {
        kept.push_back(m_rows.find(commit.commit));
        allKept = allKept && kept.back().has_value();
    }
    if (allKept) {
        for (size_t i = 0; i < commits->size(); ++i) {
            if (cancelled())
                return std::nullopt;
            rows.push_back({ (*commits)[i], std::move(*kept[i]) });
            if (progress)
                progress(int(rows.size()), int(commits->size()));
        }
        return rows;
    }

    // On the first-parent line each commit's tree is its parent's with the commit's changes: one
    // ls-tree and one log of every change stand for a listing per commit, and the blobs those
    // changes bring are read in one run.
    std::optional<QHash<QString, std::vector<TreeChange>>> changes;
    std::map<QString, TreeEntry> files;
    QHash<QByteArray, qint64> sizes;
    if (!allParents) {
        changes = git.firstParentChanges(range, cancel, error);
        if (!changes)
            return std::nullopt;
        const std::optional<RevisionTree> oldest = git.tree(commits->back().commit, error);
        if (!oldest)
            return std::nullopt;
        for (const TreeEntry &entry : *oldest)
            files.emplace(entry.path, entry);
        for (const TreeEntry &entry : *oldest)
            sizes.insert(entry.blob, entry.size);
        // Only what a load may read: Markdown and the configuration (other files are link targets only).
        auto readable = [](const QString &path) {
            return path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) || path == QLatin1String("book.toml")
                || path == QLatin1String("storyloom.yml");
        };
        QSet<QByteArray> wanted;
        for (auto it = commits->crbegin() + 1; it != commits->crend(); ++it) {
            for (const TreeChange &change : changes->value(it->commit)) {
                if (!change.blob.isEmpty() && !sizes.contains(change.blob) && readable(change.path))
                    wanted.insert(change.blob);
            }
        }
        std::optional<QHash<QByteArray, QByteArray>> bytes = git.blobs(wanted.values(), error);
        if (!bytes)
            return std::nullopt;
        for (auto blob = bytes->cbegin(); blob != bytes->cend(); ++blob)
            sizes.insert(blob.key(), blob->size());
        m_loader.setPrefetched(std::move(*bytes));
    }

    // Commits that leave the project's files as they were (work elsewhere in the repository) share a load.
    QHash<QByteArray, QJsonObject> byFiles;
    // On the first-parent line: the commit before's files and counts, which a prose-only commit keeps.
    RevisionTree previous;
    std::optional<QJsonObject> previousCounts;
    auto add = [&](const HistoryEntry &commit, const QJsonObject &row) {
        rows.push_back({ commit, row });
        if (progress)
            progress(int(rows.size()), int(commits->size()));
    };
    // Oldest first: each load then finds the parses of the commit before.
    for (auto it = commits->crbegin(); it != commits->crend(); ++it) {
        if (cancelled())
            return std::nullopt;
        const std::optional<QJsonObject> &keptRow = kept[size_t(commits->crend() - it - 1)];
        if (!changes) {
            if (keptRow) {
                add(*it, *keptRow);
                continue;
            }
            std::optional<RevisionTree> listed = git.tree(it->commit, error);
            if (!listed)
                return std::nullopt;
            const QByteArray fingerprint = filesFingerprint(*listed);
            auto known = byFiles.constFind(fingerprint);
            if (known == byFiles.cend()) {
                const Snapshot snapshot = m_loader.load(*listed, error, cancel);
                if (!snapshot)
                    return std::nullopt;
                known = byFiles.insert(fingerprint, counts(*snapshot));
            }
            m_rows.insert(it->commit, *known);
            add(*it, *known);
            continue;
        }

        QStringList changed;
        bool reshaped = it == commits->crbegin();
        if (it != commits->crbegin()) {
            for (const TreeChange &change : changes->value(it->commit)) {
                if (change.blob.isEmpty()) {
                    files.erase(change.path);
                    reshaped = true;
                    continue;
                }
                // A blob never read (no Markdown) is only listed: its size does not matter.
                const TreeEntry entry { change.path, change.blob, sizes.value(change.blob) };
                reshaped = files.insert_or_assign(change.path, entry).second || reshaped;
                changed.append(change.path);
            }
        }
        RevisionTree tree;
        tree.reserve(files.size());
        for (const auto &[path, entry] : files)
            tree.push_back(entry);
        std::optional<QJsonObject> row = keptRow;
        if (!row && previousCounts && !reshaped && m_loader.sameGraph(previous, tree, changed))
            row = previousCounts;
        if (!row) {
            const Snapshot snapshot = m_loader.load(tree, error, cancel);
            if (!snapshot)
                return std::nullopt;
            row = counts(*snapshot);
        }
        if (!keptRow)
            m_rows.insert(it->commit, *row);
        add(*it, *row);
        previous = std::move(tree);
        previousCounts = std::move(row);
    }
    m_loader.setPrefetched({});
    std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace storyloom
