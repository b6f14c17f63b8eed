// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace storyloom {

/** A run of characters in a text: offset and length, in UTF-16 code units. */
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/** What differs between two texts, word by word: the ranges only in the first and those only in the second. */
struct WordChanges
{
    QList<TextRange> before;
    QList<TextRange> after;
};

/**
 * Compares two versions of a few lines word by word, so a reader sees
 * which words one side changed inside a line instead of two whole lines
 * that look alike. Words are runs of letters and digits; each other
 * character, and each run of blanks, is a token of its own.
 */
class WordDiff
{
public:
    [[nodiscard]] static WordChanges compare(const QString &before, const QString &after);
    [[nodiscard]] static QStringList tokens(const QString &text);
};

} // namespace storyloom
