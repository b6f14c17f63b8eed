// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectconfig.h"
#include "core/parse/parseddocument.h"

#include <atomic>
#include <functional>

namespace storyloom {

class ParseCache;

/** One Markdown file of the project, parsed. */
struct SourceFile
{
    /** Relative to the project root, `/`-separated. */
    QString path;
    qint64 size = 0;
    qint64 mtime = 0;
    ParsedDocument document;
};

/** What a scan found, and how much work it took. */
struct ScanResult
{
    std::vector<SourceFile> files;
    /** Every file (any kind) under the content folders, relative to the root: link targets are checked against it. */
    QSet<QString> allFiles;
    Diagnostics diagnostics;
    int parsed = 0;
    int reused = 0;
};

/** A Markdown file found by listProject(), with what its directory entry says. */
struct ListedFile
{
    QString path;
    qint64 size = 0;
    qint64 mtime = 0;
};

/** What is in the content folders, before anything is read. */
struct ProjectListing
{
    /** The Markdown files to parse, sorted by path. */
    std::vector<ListedFile> markdown;
    /** Every file (any kind) under the content folders, relative to the root. */
    QSet<QString> allFiles;
    /** Files left out (links out of the project, odd names). */
    Diagnostics diagnostics;
};

/**
 * Walks the content folders without reading a file: never follows a link
 * out of the project, skips hidden folders and templates.
 */
[[nodiscard]] ProjectListing listProject(const QString &root, const ProjectConfig &config);

/**
 * The listing of files known without a folder (a Git revision's tree): those under the
 * content folders, with the same files left out as listProject() leaves out.
 */
[[nodiscard]] ProjectListing listFiles(const std::vector<ListedFile> &files, const ProjectConfig &config);

/** Two hashes of a listing (see fingerprintListing()). */
struct ListingFingerprints
{
    /**
     * Changes whenever anything a load's result depends on may have changed:
     * the Markdown files' paths, sizes and modification times, the set of other
     * files (link targets), and the configuration files. Equal fingerprints let
     * the index skip a load.
     */
    QByteArray inputs;
    /**
     * The same without the Markdown files' sizes and times: it stays while no
     * file comes, goes or is renamed and the configuration is not touched,
     * however the Markdown files' text is edited.
     */
    QByteArray shape;
};

/** Both fingerprints of `listing`, in one pass over it. */
[[nodiscard]] ListingFingerprints fingerprintListing(const QString &root, const ProjectListing &listing);

/** One Markdown file's bytes and their SHA-1, or why they cannot be read as Markdown. */
struct ReadSource
{
    QByteArray bytes;
    QByteArray hash;
    std::optional<Diagnostic> problem;
};

/**
 * Reads the file at `path` (relative to `root`, `size` bytes as listed):
 * too large, unreadable and binary files are a problem, not bytes. Any thread.
 */
[[nodiscard]] ReadSource readSource(const QString &root, const QString &path, qint64 size, qint64 maxFileSize);

/** The same checks on bytes read elsewhere (a Git blob of `size` bytes, left unread when too large). */
[[nodiscard]] ReadSource sourceFromBytes(const QString &path, QByteArray bytes, qint64 size, qint64 maxFileSize);

/**
 * Finds and parses the project's Markdown: never follows a link out of the
 * project, skips hidden folders, templates, oversized and binary files (with
 * a diagnostic), parses in parallel, and reuses a ParseCache when given.
 */
struct ScanOptions
{
    qint64 maxFileSize = 8 * 1024 * 1024;
    ParseCache *cache = nullptr;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int, int)> progress;
    /** The listing to parse, when the caller has made it already (else the folder is listed). */
    const ProjectListing *listing = nullptr;
    /** Reads a file when it is not read from the folder (any thread); see readSource() for what it returns. */
    std::function<ReadSource(const QString &path, qint64 size)> read;
    /** Drops what the caller never reads from each fresh parse, before it is kept or cached (any thread). */
    std::function<void(const QString &path, ParsedDocument &)> trim;
};

[[nodiscard]] ScanResult scanProject(const QString &root, const ProjectConfig &config, const ScanOptions &options);

} // namespace storyloom
