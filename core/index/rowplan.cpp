// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/rowplan.h"

#include <QHash>
#include <algorithm>

namespace storyloom {

std::optional<RowPlan> RowPlan::diff(
    const std::vector<std::pair<qint64, quint64>> &oldRows, const std::vector<quint64> &prints)
{
    QHash<quint64, qsizetype> oldAt;
    oldAt.reserve(qsizetype(oldRows.size()));
    for (size_t i = 0; i < oldRows.size(); ++i) {
        const qsizetype before = oldAt.size();
        oldAt.insert(oldRows[i].second, qsizetype(i));
        if (oldAt.size() == before)
            return std::nullopt;
    }
    // Where each new entry was in the old sequence (-1: it is new).
    const qsizetype count = qsizetype(prints.size());
    std::vector<qsizetype> from(prints.size(), -1);
    QHash<quint64, qsizetype> newAt;
    newAt.reserve(count);
    for (qsizetype j = 0; j < count; ++j) {
        const qsizetype before = newAt.size();
        newAt.insert(prints[size_t(j)], j);
        if (newAt.size() == before)
            return std::nullopt;
        from[size_t(j)] = oldAt.value(prints[size_t(j)], -1);
    }

    // The rows kept: the longest run of entries whose old places rise (every print is unique,
    // so this is the longest common subsequence), found by patience sorting.
    std::vector<qsizetype> tails; // tails[k]: the entry ending the best rising run of length k + 1 so far
    std::vector<qsizetype> previous(prints.size(), -1);
    for (qsizetype j = 0; j < count; ++j) {
        const qsizetype at = from[size_t(j)];
        if (at < 0)
            continue;
        const auto slot = std::lower_bound(tails.begin(), tails.end(), at,
            [&from](qsizetype tail, qsizetype value) { return from[size_t(tail)] < value; });
        previous[size_t(j)] = slot == tails.begin() ? -1 : *(slot - 1);
        if (slot == tails.end())
            tails.push_back(j);
        else
            *slot = j;
    }
    if (qsizetype(tails.size()) * 2 < count)
        return std::nullopt;
    std::vector<bool> kept(prints.size(), false);
    std::vector<bool> oldKept(oldRows.size(), false);
    for (qsizetype j = tails.empty() ? -1 : tails.back(); j >= 0; j = previous[size_t(j)]) {
        kept[size_t(j)] = true;
        oldKept[size_t(from[size_t(j)])] = true;
    }

    RowPlan plan;
    for (size_t i = 0; i < oldRows.size(); ++i) {
        if (!oldKept[i])
            plan.deletes.push_back(oldRows[i].first);
    }
    // New entries go into the gap between the kept rows around them, spread evenly.
    qint64 previousRowid = 0;
    for (qsizetype j = 0; j < count;) {
        if (kept[size_t(j)]) {
            previousRowid = oldRows[size_t(from[size_t(j)])].first;
            ++j;
            continue;
        }
        const qsizetype first = j;
        while (j < count && !kept[size_t(j)])
            ++j;
        const qsizetype run = j - first;
        qint64 step = stride;
        if (j < count) {
            const qint64 nextRowid = oldRows[size_t(from[size_t(j)])].first;
            if (nextRowid - previousRowid - 1 < run)
                return std::nullopt;
            step = (nextRowid - previousRowid) / (run + 1);
        }
        for (qsizetype t = 0; t < run; ++t)
            plan.inserts.push_back({ previousRowid + step * (t + 1), first + t });
    }
    return plan;
}

} // namespace storyloom
