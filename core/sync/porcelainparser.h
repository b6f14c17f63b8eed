// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace storyloom {

/**
 * One path of `git status --porcelain=v2`: its index (X) and worktree (Y)
 * states as git spells them ('.', 'M', 'A', 'D', 'R', 'C', 'T', 'U').
 */
struct StatusEntry
{
    enum class Kind { Changed, Renamed, Unmerged, Untracked, Ignored };

    Kind kind = Kind::Changed;
    char index = '.';
    char worktree = '.';
    /** Path relative to the repository's top level, with '/' separators. */
    QString path;
    /** For renames and copies: where the file came from. */
    QString originalPath;

    [[nodiscard]] bool isConflicted() const { return kind == Kind::Unmerged; }
    [[nodiscard]] bool isUntracked() const { return kind == Kind::Untracked; }
    /** New to the repository: untracked, or added in the index. */
    [[nodiscard]] bool isNew() const { return kind == Kind::Untracked || index == 'A'; }
    [[nodiscard]] bool isDeleted() const { return index == 'D' || worktree == 'D'; }
};

/** What `git status --porcelain=v2 --branch` says about the branch and every changed path. */
struct RepositoryStatus
{
    /** The branch name; empty when HEAD is detached. */
    QString branch;
    /** The commit HEAD points at; empty before the first commit. */
    QString head;
    /** `origin/main` style; empty when the branch has no upstream. */
    QString upstream;
    int ahead = 0;
    int behind = 0;
    bool detached = false;
    std::vector<StatusEntry> entries;

    [[nodiscard]] bool hasUpstream() const { return !upstream.isEmpty(); }
    [[nodiscard]] bool isClean() const;
    [[nodiscard]] std::vector<const StatusEntry *> conflicts() const;
    [[nodiscard]] const StatusEntry *entry(const QString &path) const;
};

/**
 * Reads the output of `git status --porcelain=v2 -z --branch`. Pure: tested
 * on hand-written output. Returns nothing when the bytes are not that format.
 */
class PorcelainParser
{
public:
    [[nodiscard]] static std::optional<RepositoryStatus> parse(const QByteArray &output);
};

} // namespace storyloom
