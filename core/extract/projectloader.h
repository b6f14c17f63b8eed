// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectscanner.h"
#include "core/model/storygraph.h"

#include <atomic>
#include <functional>
#include <memory>

namespace storyloom {

class ParseCache;

/** What a load is doing after it has read the files (reading reports counts through `progress`). */
enum class LoadStage {
    /** Building the graph from every file's parse. */
    Linking,
    /** Writing the graph and the search text into the index (a first build: about half its time). */
    Indexing,
};

/** Options for one load; the defaults are what the GUI and the CLI use. */
struct LoadOptions
{
    /** Files larger than this are not parsed (a diagnostic says so). */
    qint64 maxFileSize = 8 * 1024 * 1024;
    /** Set from another thread to stop a load early; the result is then partial and must be dropped. */
    const std::atomic_bool *cancel = nullptr;
    /** Called (from the loading thread) as files are parsed: done, total. */
    std::function<void(int, int)> progress;
    /** Called (from the loading thread) when the load moves on to a stage without counts. */
    std::function<void(LoadStage)> stage;
    /** Parses kept from earlier loads (the index); unchanged files are then neither read nor parsed. */
    ParseCache *cache = nullptr;
    /** The folder's listing when the caller has made it (see listProject()); else the load lists it. */
    const ProjectListing *listing = nullptr;
    /** The project's configuration when the caller has read it (from a Git revision); else it is read from the folder.
     */
    const ProjectConfig *config = nullptr;
    /** Reads a file when it is not read from the folder (a Git revision's blob); with `listing` and `config`. */
    std::function<ReadSource(const QString &path, qint64 size)> read;
    /**
     * Hand the parses back (LoadResult::parses) rather than freeing them on another thread at
     * once: for a caller whose next work wants both cores (an index refresh) and frees them after.
     */
    bool keepParses = false;
};

/** A loaded snapshot and what it took. */
struct LoadResult
{
    Snapshot snapshot;
    int filesParsed = 0;
    int filesReused = 0;
    qint64 milliseconds = 0;
    /** With LoadOptions::keepParses: what holds every parse, for the caller to free (destroyInBackground()). */
    std::shared_ptr<void> parses;
};

/**
 * Turns a content folder into a StoryGraph: scan, parse (in parallel), classify, extract.
 * A pure function of the folder's bytes; it never writes. Safe to call from any thread.
 */
class ProjectLoader
{
public:
    [[nodiscard]] static Snapshot load(const QString &rootPath, const LoadOptions &options = {});
    /** The same, with counts of parsed and reused files (for `storyloom-cli index` and the status bar). */
    [[nodiscard]] static LoadResult run(const QString &rootPath, const LoadOptions &options = {});
};

} // namespace storyloom
