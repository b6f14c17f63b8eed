// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectconfig.h"
#include "core/extract/projectscanner.h"

#include <QHash>
#include <QString>
#include <optional>

namespace storyloom {

class IndexDatabase;
struct FileRecord;

/** What TextEdits::apply() did. */
struct TextEditsResult
{
    /** Files read and parsed again (their prose changed). */
    int filesRead = 0;
    /** Files whose search text was rewritten. */
    int searchFilesWritten = 0;
};

/**
 * Brings the index up to date without building the graph again when the
 * only edits are to prose: every changed file parses to the same
 * GraphBuilder::documentFingerprint() as before, and no file came or went (the
 * caller compares the listing's shape, see fingerprintListing()). Then the graph the index holds is
 * still right, and only those files' search text and cached parses change.
 * Building a large graph again just to find it unchanged took seconds; this
 * takes the time of parsing the changed files.
 */
class TextEdits
{
public:
    /**
     * Applies the edits in the caller's open write transaction. Nullopt when
     * they are not prose-only (or something could not be read), with the
     * index as it was: the caller then does a full refresh. `known` is the
     * index's record of every file (IndexParseCache::records()), which the caller
     * reads once for this and for the full refresh that may follow.
     */
    [[nodiscard]] static std::optional<TextEditsResult> apply(IndexDatabase &database, const QString &root,
        const ProjectConfig &config, const ProjectListing &listing, const QHash<QString, FileRecord> &known,
        qint64 maxFileSize);
};

} // namespace storyloom
