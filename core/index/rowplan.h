// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <optional>
#include <utility>
#include <vector>

namespace storyloom {

/**
 * The fewest rows to delete and insert so that a table whose rowid order is a
 * sequence (the graph's relations) holds a new sequence in rowid order. Rows
 * are told apart by a print of their content; the rows kept are the longest
 * run of old rows the new sequence still has in the same order, and new rows
 * take rowids in the gaps between them. Rows written anew are `stride` apart,
 * so later inserts find room; when a gap is too small, or little is kept, the
 * table is better written anew. A link added to a few stories then writes
 * their rows only.
 */
class RowPlan
{
public:
    /** How far apart rows written anew are. */
    static constexpr qint64 stride = 1024;
    /** The rowid of entry `index` when the whole sequence is written anew. */
    [[nodiscard]] static qint64 freshRowid(qsizetype index) { return (qint64(index) + 1) * stride; }

    struct Insert
    {
        qint64 rowid = 0;
        /** The entry's place in the new sequence. */
        qsizetype index = 0;
    };
    /** Old rows to delete, by rowid. */
    std::vector<qint64> deletes;
    /** New rows, in the new sequence's order (so their rowids rise). */
    std::vector<Insert> inserts;

    /**
     * Plans the change from `oldRows` (rowid and print, in rowid order) to
     * `prints`, the new sequence's. Nothing when the table should be written
     * anew: a print repeats (rows could not be told apart), fewer than half the
     * rows would be kept, or a gap has no room for the rows that go into it.
     */
    [[nodiscard]] static std::optional<RowPlan> diff(
        const std::vector<std::pair<qint64, quint64>> &oldRows, const std::vector<quint64> &prints);
};

} // namespace storyloom
