// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/syncerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace storyloom {

/** One commit that touched a file. */
struct HistoryEntry
{
    QString commit;
    /** Its parents, first parent first: two or more for a merge, none for the first commit. */
    QStringList parents;
    QString author;
    QDateTime date;
    QString subject;
    /** The file's path (relative to the top level) in that commit: it follows renames. */
    QString path;

    [[nodiscard]] bool isMerge() const { return parents.size() > 1; }
};

/** What a version is compared with: a merge has two parents, and a way to show both at once. */
enum class HistoryBase {
    /** The version before it on this line of work (for a merge: before the other side came in). */
    FirstParent,
    /** A merge's other parent: what this line of work brought to the other side's version. */
    SecondParent,
    /** Git's combined view of a merge: only what differs from both parents. */
    Combined,
};

/**
 * The history of one file: its commits, what each changed, and "restore
 * this version" as a new edit (never a rewrite of history). Blocking; a
 * file's history is read in well under a frame for content folders.
 */
class FileHistory
{
public:
    /** `file` is the absolute path of the file. */
    explicit FileHistory(const QString &file);

    /** Newest first, merges included (each with the file's path in it). */
    [[nodiscard]] std::vector<HistoryEntry> entries(int maximum = 200) const;
    /** The unified diff of the file between the commit and its parent (`base`); the first commit shows all as new. */
    [[nodiscard]] QString diff(const HistoryEntry &entry, HistoryBase base = HistoryBase::FirstParent) const;
    /** The file's bytes in that commit. */
    [[nodiscard]] std::optional<QByteArray> content(const HistoryEntry &entry) const;
    /**
     * The file's bytes in the commit's first (or, for SecondParent, second) parent, under the name
     * it had there; nothing when it did not exist yet.
     */
    [[nodiscard]] std::optional<QByteArray> parentContent(
        const HistoryEntry &entry, HistoryBase base = HistoryBase::FirstParent) const;
    /** Writes the file as it was in that commit (atomically); committing it is the next sync's job. */
    SyncError restore(const HistoryEntry &entry) const;

    /** Parses `git log --name-only --format=%x1e%H%x1f%P%x1f%an%x1f%aI%x1f%s`. */
    [[nodiscard]] static std::vector<HistoryEntry> parseLog(const QByteArray &output);

private:
    [[nodiscard]] std::optional<QByteArray> show(const QString &commit, const QString &path) const;

    QString m_file;
    QString m_topLevel;
    /** Every name the file had, newest first (filled by entries()). */
    mutable QStringList m_names;
};

} // namespace storyloom
