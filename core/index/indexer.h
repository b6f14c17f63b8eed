// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectloader.h"
#include "core/model/storygraph.h"

namespace storyloom {

/** What one refresh of the index did. */
struct IndexRefresh
{
    /** The project as it is on disk now (also when the index could not be written). */
    Snapshot snapshot;
    int filesRead = 0;
    int filesSkipped = 0;
    int filesRemoved = 0;
    /** Files whose search rows were rewritten (see docs/glossary.md). */
    int searchFilesWritten = 0;
    /** How many entities the project has (also when `snapshot` was not asked for). */
    int entities = 0;
    /**
     * The index's fingerprint of the snapshot's graph, for the next refresh's
     * `cached` (see CachedSnapshot); empty when the index was not written.
     */
    QString graphFingerprint;
    /** The graph was not built: nothing changed, or only prose (see TextEdits). */
    bool graphKept = false;
    qint64 milliseconds = 0;
    /** Set when a damaged or incompatible index was moved aside and rebuilt. */
    QString notice;
    /** Set when the index could not be updated (busy, disk full…); the snapshot is still right. */
    QString error;
    bool cancelled = false;
};

/** The snapshot the index holds, for an instant reopen. */
struct CachedSnapshot
{
    /** Null when the project was never indexed (or the index was unusable). */
    Snapshot snapshot;
    /** The index's fingerprint of that graph (read before it), so a refresh can tell it is still current. */
    QString graphFingerprint;
    QString notice;
};

/** How Indexer::refresh() goes; the defaults are the GUI's. */
struct RefreshOptions
{
    /** The load's cancel flag and progress callbacks. */
    LoadOptions load;
    /** Checks the database's integrity first, rebuilding it when damaged. */
    bool verify = true;
    /**
     * The caller's current snapshot and its graph fingerprint (what loadCached() or the
     * last refresh gave): returned as it is when the graph did not change (no second read).
     */
    const CachedSnapshot *cached = nullptr;
    /** Without it (the CLI) an unchanged graph is not read at all and `snapshot` may stay null. */
    bool wantSnapshot = true;
};

/**
 * Keeps a project's index in step with its folder. Both functions are
 * synchronous and safe on any thread (each opens its own connection):
 * the CLI calls them directly, Project calls them from its worker.
 */
class Indexer
{
public:
    /** The last snapshot written to the index (cheap: no file is read). */
    [[nodiscard]] static CachedSnapshot loadCached(const QString &rootPath);
    /**
     * Loads the folder, re-reading only files whose size and mtime (then hash)
     * changed, and writes the result to the index in one transaction.
     */
    [[nodiscard]] static IndexRefresh refresh(const QString &rootPath, const RefreshOptions &options = {});
};

} // namespace storyloom
