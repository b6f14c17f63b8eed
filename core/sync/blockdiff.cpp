// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/blockdiff.h"

#include <QStringList>

namespace storyloom {

namespace {
/** Above this many block pairs the longest-common-subsequence table would be too big: everything counts as replaced. */
constexpr qsizetype maximumCells = 4'000'000;
} // namespace

QStringList BlockDiff::blocks(const QString &text)
{
    QStringList result;
    QStringList current;
    QString fence;
    const auto flush = [&] {
        if (!current.isEmpty())
            result.append(current.join(u'\n'));
        current.clear();
    };
    const QStringList lines = QString(text).replace(QLatin1StringView("\r\n"), QLatin1StringView("\n")).split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (fence.isEmpty()
            && (trimmed.startsWith(QLatin1StringView("```")) || trimmed.startsWith(QLatin1StringView("~~~")))) {
            fence = trimmed.left(3);
        } else if (!fence.isEmpty() && trimmed.startsWith(fence)) {
            fence.clear();
            current.append(line);
            continue;
        }
        if (fence.isEmpty() && trimmed.isEmpty()) {
            flush();
            continue;
        }
        current.append(line);
    }
    flush();
    return result;
}

std::vector<DiffBlock> BlockDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = blocks(before);
    const QStringList b = blocks(after);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<DiffBlock> result;
    if ((n + 1) * (m + 1) > maximumCells) {
        for (const QString &block : a)
            result.push_back({ DiffBlock::Change::Removed, block });
        for (const QString &block : b)
            result.push_back({ DiffBlock::Change::Added, block });
        return result;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a[i] == b[j] ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            result.push_back({ DiffBlock::Change::Same, a[i] });
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[at(i, j + 1)] > lcs[at(i + 1, j)])) {
            result.push_back({ DiffBlock::Change::Added, b[j++] });
        } else {
            result.push_back({ DiffBlock::Change::Removed, a[i++] });
        }
    }
    return result;
}

} // namespace storyloom
