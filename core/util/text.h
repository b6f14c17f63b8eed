// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace storyloom {

/** A stable id fragment: lower case, letters and digits kept (any script), `/` kept, anything else one dash. */
[[nodiscard]] QString slugify(const QString &text);

/** Drops leading emoji, symbols and punctuation ("😱 Status quo" -> "Status quo"). */
[[nodiscard]] QString stripLeadingSymbols(const QString &text);

/** True when `word` stands in `text` as a whole word (letters or digits on neither side). */
[[nodiscard]] bool containsWholeWord(const QString &text, const QString &word);

/**
 * The words of `text` as a reader counts them: runs of letters and digits, an apostrophe inside
 * a word ("don't", "it’s") kept in it. The one word count: the page's footer and focus mode's
 * session count use it.
 */
[[nodiscard]] int wordCount(QStringView text);

/** The runs of letters and digits in `text`, case-folded, in order: the words normalised text compares. */
[[nodiscard]] QStringList foldedWordList(const QString &text);

/** True when two words share a stem ("performance" ~ "performant", "productivity" ~ "productive"). */
[[nodiscard]] bool sameStem(const QString &a, const QString &b);

/** The folder of a `/`-separated relative path ("a/b/c.md" -> "a/b"), empty for a name at the top. */
[[nodiscard]] QString folderOf(const QString &relativePath);

/** Resolves `link` (relative, with `#anchor`, `.html` as mdBook writes it) against a file's folder; empty when not
 * local. */
[[nodiscard]] QString resolveRelativeLink(const QString &fromFile, const QString &link);

} // namespace storyloom
