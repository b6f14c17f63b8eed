// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace storyloom {

/** A Markdown file cut at its YAML front matter: the bytes between the `---` lines, and the rest. */
struct FrontMatterSplit
{
    /** The opening delimiter line with its line ending (`---\n`). */
    QByteArray opening;
    /** The YAML text, every line with its ending. */
    QByteArray yaml;
    /** The closing delimiter line with its line ending. */
    QByteArray closing;
    QByteArray body;

    [[nodiscard]] QByteArray join() const { return opening + yaml + closing + body; }
};

/** The outcome of a three-way merge of front matter or a whole file. */
struct TextMerge
{
    QByteArray text;
    /** Top-level keys changed differently on both sides; written with conflict markers. */
    QStringList conflictingKeys;
    [[nodiscard]] bool isClean() const { return conflictingKeys.isEmpty(); }
};

/**
 * Merges YAML front matter key by key, so that an author who changed `state`
 * and another who changed `owners` never see a conflict. A top-level key is a
 * line that starts in column 0; the indented lines, list items, comments and
 * blank lines after it belong to it. Each key is merged three-way as a block
 * of lines; the order is ours, with keys new on their side placed after the
 * key that precedes them there. Pure and byte-preserving for untouched keys.
 */
class FrontMatterMerge
{
public:
    /** Splits `text` at its front matter; nothing when the file has none. */
    [[nodiscard]] static std::optional<FrontMatterSplit> split(const QByteArray &text);
    /** Three-way merge of front matter YAML texts (without delimiters); `base` may be empty. */
    [[nodiscard]] static TextMerge mergeYaml(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
        const QByteArray &oursLabel = "local", const QByteArray &theirsLabel = "remote");
};

} // namespace storyloom
