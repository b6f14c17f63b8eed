// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/parse/summaryreader.h"

#include <QByteArray>
#include <QSet>

namespace storyloom {

/**
 * Edits of an mdBook's SUMMARY.md as the smallest byte changes: one line
 * added, removed or changed, every other byte as it was (line endings too).
 * Pages are named relative to the SUMMARY's folder (`vision/characters/alan.md`),
 * as readSummary() names them.
 */
class SummaryEditor
{
public:
    explicit SummaryEditor(QByteArray bytes);

    [[nodiscard]] const QList<SummaryEntry> &entries() const { return m_entries; }
    /** The pages the book lists (what mdBook publishes). */
    [[nodiscard]] QSet<QString> listedPages() const;
    [[nodiscard]] bool lists(const QString &page) const { return listedPages().contains(page); }
    /** True when other chapters are nested under the page's entry. */
    [[nodiscard]] bool hasChildren(const QString &page) const;

    /**
     * The SUMMARY with `page` listed as `title`: after the last chapter of the
     * same folder and the chapters nested under it, written like that chapter
     * (indentation, list marker, `./` or not); with no such chapter, as the
     * last child of the folder's own page (`status_quo.md` for `status_quo/`);
     * else at the end of the list. Unchanged when the page is listed already.
     */
    [[nodiscard]] QByteArray withEntry(const QString &page, const QString &title) const;
    /** The SUMMARY without the page's line (unchanged when it is not listed). */
    [[nodiscard]] QByteArray withoutEntry(const QString &page) const;
    /** The SUMMARY with the page's chapter title replaced (unchanged when it is not listed). */
    [[nodiscard]] QByteArray withTitle(const QString &page, const QString &title) const;

private:
    /** Index into m_entries of the page's entry, -1 when not listed. */
    [[nodiscard]] int find(const QString &page) const;
    /** Byte offset of the start of 1-based `line` (the size of the file past the last line). */
    [[nodiscard]] qsizetype lineStart(int line) const;
    [[nodiscard]] QByteArray lineText(int line) const;
    /** The index of the last entry nested under entry `index` (itself when none). */
    [[nodiscard]] int subtreeEnd(int index) const;
    [[nodiscard]] QByteArray insertLine(int afterLine, const QByteArray &line) const;

    QByteArray m_bytes;
    QList<SummaryEntry> m_entries;
    QList<qsizetype> m_lineStarts;
    QByteArray m_newline;
};

} // namespace storyloom
