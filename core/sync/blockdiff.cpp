// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/blockdiff.h"

#include "core/util/sequencediff.h"

#include <QSet>
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
    std::vector<DiffBlock> result;
    const auto steps
        = alignSequences(a.size(), b.size(), [&](qsizetype i, qsizetype j) { return a[i] == b[j]; }, maximumCells);
    if (!steps) {
        for (const QString &block : a)
            result.push_back({ DiffBlock::Change::Removed, block });
        for (const QString &block : b)
            result.push_back({ DiffBlock::Change::Added, block });
        return result;
    }
    qsizetype i = 0;
    qsizetype j = 0;
    for (const AlignStep step : *steps) {
        switch (step) {
        case AlignStep::Same:
            result.push_back({ DiffBlock::Change::Same, a[i++] });
            ++j;
            break;
        case AlignStep::Added:
            result.push_back({ DiffBlock::Change::Added, b[j++] });
            break;
        case AlignStep::Removed:
            result.push_back({ DiffBlock::Change::Removed, a[i++] });
            break;
        }
    }
    return result;
}

std::vector<DiffBlock> BlockDiff::compareMerge(
    const QString &firstParent, const QString &secondParent, const QString &merged)
{
    const QStringList second = blocks(secondParent);
    const QSet<QString> secondBlocks(second.cbegin(), second.cend());
    std::vector<DiffBlock> result;
    for (DiffBlock &block : compare(firstParent, merged)) {
        const bool inSecond = secondBlocks.contains(block.text);
        if (block.change == DiffBlock::Change::Added && inSecond)
            block.change = DiffBlock::Change::Same;
        else if (block.change == DiffBlock::Change::Removed && !inSecond)
            continue; // the other side dropped it and the merge took that
        result.push_back(std::move(block));
    }
    return result;
}

} // namespace storyloom
