// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace storyloom {

/** One commit that touched a file. */
struct HistoryEntry
{
    QString commit;
    QString author;
    QDateTime date;
    QString subject;
    /** The file's path (relative to the top level) in that commit: it follows renames. */
    QString path;
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

    [[nodiscard]] std::vector<HistoryEntry> entries(int maximum = 200) const;
    /** The unified diff a commit made to the file. */
    [[nodiscard]] QString diff(const HistoryEntry &entry) const;
    /** The file's bytes in that commit. */
    [[nodiscard]] std::optional<QByteArray> content(const HistoryEntry &entry) const;
    /** Writes the file as it was in that commit (atomically); committing it is the next sync's job. */
    SyncError restore(const HistoryEntry &entry) const;

    /** Parses `git log --follow --name-only --format=%x1e%H%x1f%an%x1f%aI%x1f%s`. */
    [[nodiscard]] static std::vector<HistoryEntry> parseLog(const QByteArray &output);

private:
    QString m_file;
    QString m_topLevel;
};

} // namespace storyloom
