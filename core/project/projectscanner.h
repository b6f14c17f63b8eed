// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/parseddocument.h"
#include "project/projectconfig.h"

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
};

[[nodiscard]] ScanResult scanProject(const QString &root, const ProjectConfig &config, const ScanOptions &options);

} // namespace storyloom
