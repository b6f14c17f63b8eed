// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/linediff.h"

#include <QStringList>
#include <vector>

namespace storyloom {

namespace {
struct Line
{
    QChar mark; // ' ', '-', '+'
    QString text;
};

/** Longest-common-subsequence diff of a (small) middle part. */
void lcsDiff(const QStringList &a, const QStringList &b, std::vector<Line> &out)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> table(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            table[size_t(i)][size_t(j)] = a[i] == b[j]
                ? table[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(table[size_t(i + 1)][size_t(j)], table[size_t(i)][size_t(j + 1)]);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out.push_back({ u' ', a[i] });
            ++i, ++j;
        } else if (i < n && (j == m || table[size_t(i + 1)][size_t(j)] >= table[size_t(i)][size_t(j + 1)])) {
            out.push_back({ u'-', a[i++] }); // removals before additions, as diff(1) shows them
        } else {
            out.push_back({ u'+', b[j++] });
        }
    }
}
} // namespace

QString LineDiff::unified(const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    std::vector<Line> lines;
    for (qsizetype i = 0; i < prefix; ++i)
        lines.push_back({ u' ', a[i] });
    const QStringList middleA = a.mid(prefix, a.size() - prefix - suffix);
    const QStringList middleB = b.mid(prefix, b.size() - prefix - suffix);
    if (double(middleA.size()) * double(middleB.size()) <= 4e6) {
        lcsDiff(middleA, middleB, lines);
    } else {
        for (const QString &line : middleA)
            lines.push_back({ u'-', line });
        for (const QString &line : middleB)
            lines.push_back({ u'+', line });
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        lines.push_back({ u' ', a[i] });

    // Keep `context` shared lines around changes, fold the rest.
    std::vector<bool> keep(lines.size(), false);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].mark == u' ')
            continue;
        const size_t from = i >= size_t(context) ? i - size_t(context) : 0;
        const size_t to = std::min(lines.size() - 1, i + size_t(context));
        for (size_t k = from; k <= to; ++k)
            keep[k] = true;
    }
    QString out;
    bool folded = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (!keep[i]) {
            if (!folded)
                out += QStringLiteral("…\n");
            folded = true;
            continue;
        }
        folded = false;
        out += lines[i].mark;
        out += u' ';
        out += lines[i].text;
        out += u'\n';
    }
    return out;
}

} // namespace storyloom
