// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/worddiff.h"

#include "core/util/sequencediff.h"

namespace storyloom {

namespace {
/** Past this many token pairs the table costs more than the highlighting is worth: the whole text counts as changed. */
constexpr qsizetype maximumCells = 1'000'000;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

/** Adds a range, joined with the previous one when they touch. */
void append(QList<TextRange> &ranges, qsizetype start, qsizetype length)
{
    if (!ranges.isEmpty() && ranges.last().start + ranges.last().length == start)
        ranges.last().length += length;
    else
        ranges.append({ start, length });
}
} // namespace

QStringList WordDiff::tokens(const QString &text)
{
    QStringList result;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i + 1;
        const QChar c = text[i];
        if (isWordCharacter(c) || c.isSurrogate()) {
            while (end < text.size() && (isWordCharacter(text[end]) || text[end].isSurrogate()))
                ++end;
        } else if (c.isSpace()) {
            while (end < text.size() && text[end].isSpace() && text[end] != u'\n')
                ++end;
        }
        result.append(text.mid(i, end - i));
        i = end;
    }
    return result;
}

WordChanges WordDiff::compare(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    WordChanges changes;
    const auto steps
        = alignSequences(a.size(), b.size(), [&](qsizetype i, qsizetype j) { return a[i] == b[j]; }, maximumCells);
    if (!steps) {
        if (!before.isEmpty())
            changes.before.append({ 0, before.size() });
        if (!after.isEmpty())
            changes.after.append({ 0, after.size() });
        return changes;
    }
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype atBefore = 0;
    qsizetype atAfter = 0;
    for (const AlignStep step : *steps) {
        switch (step) {
        case AlignStep::Same:
            atBefore += a[i++].size();
            atAfter += b[j++].size();
            break;
        case AlignStep::Removed:
            append(changes.before, atBefore, a[i].size());
            atBefore += a[i++].size();
            break;
        case AlignStep::Added:
            append(changes.after, atAfter, b[j].size());
            atAfter += b[j++].size();
            break;
        }
    }
    return changes;
}

} // namespace storyloom
