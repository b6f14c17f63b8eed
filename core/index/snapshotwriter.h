// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/searchtables.h"
#include "core/model/storygraph.h"

namespace storyloom {

class DocumentTexts;
class IndexDatabase;

/** What one write of a snapshot did. */
struct IndexWriteResult
{
    bool ok = false;
    QString error;
    /** SQLite's code for `error` (SQLITE_CORRUPT means the index is damaged). */
    int errorCode = 0;
    /** Files whose searchable text was (re)written. */
    int searchFilesWritten = 0;
    /** The search index was built on a thread of its own (a first build, see SearchBuild::Apart). */
    bool searchBuiltApart = false;
};

/** How SnapshotWriter::write() writes. */
struct SnapshotWriteOptions
{
    /** The text of files the graph left out; may be null when the graph has every body. */
    const DocumentTexts *texts = nullptr;
    /** How a first build fills the search index. */
    SearchBuild searchBuild = SearchBuild::Apart;
};

/**
 * Replaces the snapshot an index holds by a graph: its tables (GraphTables) and
 * its search rows (SearchTables), in the order that keeps each write cheapest.
 */
class SnapshotWriter
{
public:
    /**
     * Writes `graph` in one transaction (the open one, else its own). Searchable
     * text is rewritten only for files whose entities changed. After a first build
     * with SearchBuild::Apart the connection is opened anew at the commit:
     * statements prepared on it before are stale.
     */
    [[nodiscard]] static IndexWriteResult write(
        IndexDatabase &database, const StoryGraph &graph, const SnapshotWriteOptions &options = {});
};

} // namespace storyloom
