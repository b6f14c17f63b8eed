// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/parse/parseddocument.h"

#include <QSet>

namespace storyloom {

/** One chapter of an mdBook's SUMMARY.md: its title, its file (relative to `src/`), and its place. */
struct SummaryEntry
{
    QString title;
    QString path;
    int depth = 0;
    int order = 0;
    int line = 0;
};

/**
 * Reads the chapter list of a parsed SUMMARY.md: every list item that links
 * to a local Markdown file, in book order. Links that leave the book are dropped.
 */
[[nodiscard]] QList<SummaryEntry> readSummary(const ParsedDocument &summary);

/**
 * Every local Markdown page a parsed SUMMARY.md links (relative to `src/`): the
 * chapters of readSummary() and the prefix and suffix chapters outside the list,
 * which mdBook publishes as well.
 */
[[nodiscard]] QSet<QString> summaryPages(const ParsedDocument &summary);

} // namespace storyloom
