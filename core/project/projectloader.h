// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storygraph.h"

#include <atomic>
#include <functional>

namespace storyloom {

/** Options for one load; the defaults are what the GUI and the CLI use. */
struct LoadOptions
{
    /** Files larger than this are not parsed (a diagnostic says so). */
    qint64 maxFileSize = 8 * 1024 * 1024;
    /** Set from another thread to stop a load early; the result is then partial and must be dropped. */
    const std::atomic_bool *cancel = nullptr;
    /** Called (from the loading thread) as files are parsed: done, total. */
    std::function<void(int, int)> progress;
};

/**
 * Turns a content folder into a StoryGraph: scan, parse (in parallel), classify, extract.
 * A pure function of the folder's bytes; it never writes. Safe to call from any thread.
 */
class ProjectLoader
{
public:
    [[nodiscard]] static Snapshot load(const QString &rootPath, const LoadOptions &options = {});
};

} // namespace storyloom
