// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <optional>
#include <vector>

namespace storyloom {

/** One step of an alignment of two sequences: an item of both, only of the first, or only of the second. */
enum class AlignStep : quint8 { Same, Removed, Added };

/**
 * Aligns sequences `a` (size `n`) and `b` (size `m`) along their longest
 * common subsequence, for the diffs people read (blocks of a page, words of
 * a line). Where both orders fit, what leaves comes before what arrives.
 * Nothing when the table would be larger than `maximumCells`.
 */
template<typename Equal>
[[nodiscard]] std::optional<std::vector<AlignStep>> alignSequences(
    qsizetype n, qsizetype m, Equal equal, qsizetype maximumCells)
{
    if ((n + 1) * (m + 1) > maximumCells)
        return std::nullopt;
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = equal(i, j) ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
    std::vector<AlignStep> steps;
    steps.reserve(size_t(n + m));
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && equal(i, j)) {
            steps.push_back(AlignStep::Same);
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[at(i, j + 1)] > lcs[at(i + 1, j)])) {
            steps.push_back(AlignStep::Added);
            ++j;
        } else {
            steps.push_back(AlignStep::Removed);
            ++i;
        }
    }
    return steps;
}

} // namespace storyloom
