// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/historyerror.h"
#include "core/sync/filehistory.h"
#include "core/sync/gitrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <atomic>
#include <optional>
#include <vector>

namespace storyloom {

/** One file of a revision's tree, relative to the project folder. */
struct TreeEntry
{
    QString path;
    /** The blob's object id (hex). */
    QByteArray blob;
    qint64 size = 0;
};

/** A revision's files, by path relative to the project folder. */
using RevisionTree = std::vector<TreeEntry>;

/** One file a commit changed against its first parent: its new blob, or none when it was deleted. */
struct TreeChange
{
    QString path;
    /** Empty when deleted (or no longer a file: a symbolic link or a submodule). */
    QByteArray blob;
};

/**
 * Read-only queries of the Git objects behind a project folder: revisions,
 * trees, blobs, renames and the commit log. Every command runs with
 * optional locks off and none writes: neither the working tree nor the
 * index of the repository is touched. Blocking; safe from any thread.
 */
class GitObjects
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::GitObjects)

public:
    /** `projectRoot` is the project folder (it may be a folder inside the working tree). */
    explicit GitObjects(const QString &projectRoot);

    /** Fails when Git is missing, the folder is not in a repository, or the repository has no commit yet. */
    [[nodiscard]] HistoryError check() const;
    /**
     * The commit `revision` names: a commit, tag, branch or any expression Git knows, or a
     * date (`2026-03-01`, the last commit on the first-parent line of HEAD before its end).
     */
    [[nodiscard]] std::optional<QString> resolve(const QString &revision, HistoryError *error = nullptr) const;
    /** The project folder's files in `commit` (symbolic links and submodules left out). */
    [[nodiscard]] std::optional<RevisionTree> tree(const QString &commit, HistoryError *error = nullptr) const;
    /** The bytes of the blobs `ids`, read in one run; missing objects are left out. */
    [[nodiscard]] std::optional<QHash<QByteArray, QByteArray>> blobs(
        const QList<QByteArray> &ids, HistoryError *error = nullptr) const;
    /**
     * The project's files renamed or moved from `from` to `to` (Git's rename detection), old
     * path to new; `to` empty compares with the working tree (files Git does not track yet
     * are not seen as the new name).
     */
    [[nodiscard]] std::optional<QHash<QString, QString>> renames(
        const QString &from, const QString &to, HistoryError *error = nullptr) const;
    /**
     * The commits of `range` (a revision or `A..B`; empty: HEAD), newest first, only the
     * first-parent line unless `allParents`.
     */
    [[nodiscard]] std::optional<std::vector<HistoryEntry>> log(const QString &range, bool allParents,
        const std::atomic_bool *cancel = nullptr, HistoryError *error = nullptr) const;
    /**
     * What each commit of `range`'s first-parent line changed in the project folder against its
     * first parent, by commit id, in one run (a root commit: every file added).
     */
    [[nodiscard]] std::optional<QHash<QString, std::vector<TreeChange>>> firstParentChanges(
        const QString &range, const std::atomic_bool *cancel = nullptr, HistoryError *error = nullptr) const;
    /** For a shallow clone, the commits where its history stops; empty otherwise. */
    [[nodiscard]] QStringList shallowBoundary() const;

    [[nodiscard]] const QString &projectRoot() const { return m_projectRoot; }

private:
    [[nodiscard]] GitResult query(
        const QStringList &arguments, const QByteArray &input = {}, const std::atomic_bool *cancel = nullptr) const;
    [[nodiscard]] HistoryError failure(const GitResult &result) const;

    QString m_projectRoot;
};

} // namespace storyloom
