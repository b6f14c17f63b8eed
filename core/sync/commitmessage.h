// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace storyloom {

/** One staged change, as `git diff --cached --name-status` reports it. */
struct ChangedFile
{
    enum class Kind { Added, Modified, Deleted, Renamed };
    Kind kind = Kind::Modified;
    /** Relative to the project root. */
    QString path;
    QString oldPath;
};

/** What a file is, in the story's own terms: "status quo story" and "Alan builds a cache". */
struct EntityDescription
{
    QString what;
    QString title;
};

/**
 * Writes commit messages that name what changed in the vision document
 * ("Update status quo story: Alan builds a cache; add pain point: Slow
 * builds") instead of file names. Pure: the texts of files come through the
 * `read` callback, so tests feed them directly.
 */
class CommitMessage
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::CommitMessage)

public:
    /** Returns a file's bytes (as of now, or as of HEAD for deleted files); nothing when unreadable. */
    using Reader = std::function<std::optional<QByteArray>(const QString &path, bool deleted)>;

    /**
     * The message for `changes`. Entities come from `snapshot` when it knows
     * the path; otherwise from the file itself (front matter `type`, `kind`,
     * `title`, the first heading) and the conventional folders.
     */
    [[nodiscard]] static QString build(
        const std::vector<ChangedFile> &changes, const Snapshot &snapshot, const Reader &read);

    /** Describes one file from its bytes and path alone. */
    [[nodiscard]] static EntityDescription describe(const QString &path, const QByteArray &text);
    /** Parses `git diff --name-status -z` output; paths are made relative to `prefix` (the project folder in the
     * repository). */
    [[nodiscard]] static std::vector<ChangedFile> parseNameStatus(const QByteArray &output, const QString &prefix);
};

} // namespace storyloom
