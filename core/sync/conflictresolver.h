// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/frontmattermerge.h"
#include "core/sync/gitrepository.h"
#include "core/sync/syncerror.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace storyloom {

/** The three sides of one conflicted file, read from the index stages (nothing when a side deleted it). */
struct ConflictVersions
{
    /** Relative to the repository's top level. */
    QString path;
    std::optional<QByteArray> base;
    std::optional<QByteArray> ours;
    std::optional<QByteArray> theirs;
    /** The file as it is on disk now (git's merge with conflict markers, or the user's edit). */
    std::optional<QByteArray> working;
};

/**
 * Works on a merge that stopped with conflicts. Both sides stay recoverable
 * in the index stages until a path is resolved; every file write is atomic.
 * Blocking (runs git): use it from a worker thread or the CLI, or for one
 * quick action in the GUI.
 */
class ConflictResolver
{
public:
    /** `topLevel` is the working tree's top folder. */
    explicit ConflictResolver(QString topLevel);

    [[nodiscard]] bool isMerging() const;
    /** Paths (relative to the top level) that still have conflicts. */
    [[nodiscard]] QStringList conflictedPaths() const;
    [[nodiscard]] ConflictVersions versions(const QString &path) const;

    /**
     * Tries to settle a conflicted Markdown file without the author: front
     * matter merged key by key, the body merged line by line. When both are
     * clean the file is written and staged and true is returned; otherwise
     * the file is rewritten with the front matter merged as far as possible
     * and markers only where both sides really differ.
     */
    bool autoMerge(const QString &path);

    SyncError takeOurs(const QString &path);
    SyncError takeTheirs(const QString &path);
    /** Writes the author's merged text (through the Writer) and marks the path resolved. */
    SyncError writeMerged(const QString &path, const QByteArray &text);
    /** Marks the path resolved as it is on disk (`git add`), for a resolution an editor wrote. */
    SyncError markResolved(const QString &path);

    /** `git merge --abort`: back to exactly the local state before the merge. */
    SyncError abort();
    /** Commits the merge once nothing is conflicted any more. */
    SyncError finish();

    /** Three-way line merge of texts with `git merge-file`; `conflictingKeys` holds "body" when it conflicts. */
    [[nodiscard]] std::optional<TextMerge> mergeText(
        const QByteArray &base, const QByteArray &ours, const QByteArray &theirs) const;

private:
    SyncError takeSide(const QString &path, int stage);
    SyncError writeAndStage(const QString &path, const std::optional<QByteArray> &text);

    GitRepository m_git;
    QString m_topLevel;
};

} // namespace storyloom
