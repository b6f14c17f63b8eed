// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace storyloom {

/**
 * Keeps Markdown links right when a page moves, as the smallest edits: only
 * the path inside a link's target changes; its `#anchor`, its `./`, its
 * `.md` or `.html` and every other byte stay. Reads inline links
 * (`[text](target)`) and reference definitions (`[label]: target`), never
 * inside fenced code. Paths are relative to the project root.
 */
class LinkRewriter
{
public:
    /** `bytes` (the file at `filePath`) with links to `oldTarget` pointing at `newTarget`. */
    [[nodiscard]] static QByteArray retarget(
        const QByteArray &bytes, const QString &filePath, const QString &oldTarget, const QString &newTarget);
    /**
     * The moved page's own text with its relative links still reaching what they reached from
     * `oldPath` (and links to itself following it to `newPath`).
     */
    [[nodiscard]] static QByteArray rebase(const QByteArray &bytes, const QString &oldPath, const QString &newPath);
    /**
     * `bytes` (the file at `filePath`) with its links to `target` turned into their text, for a page
     * that goes away: `[Grace](grace.md)` reads `Grace`; a reference definition to it goes, and
     * `[text][label]` using it reads `text`. Images stay.
     */
    [[nodiscard]] static QByteArray unlink(const QByteArray &bytes, const QString &filePath, const QString &target);
    /** True when the file links to `target` (a cheap test before reading links). */
    [[nodiscard]] static bool linksTo(const QByteArray &bytes, const QString &filePath, const QString &target);
    /** The link from a file at `fromFile` to `target`, both relative to the root (`../characters/alan.md`). */
    [[nodiscard]] static QString relativeLink(const QString &fromFile, const QString &target);
};

} // namespace storyloom
