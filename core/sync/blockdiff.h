// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace storyloom {

/** One Markdown block (a paragraph, list, heading, fenced code...) of a diff between two versions. */
struct DiffBlock
{
    enum class Change { Same, Added, Removed };

    Change change = Change::Same;
    /** The block's Markdown source, without the blank lines around it. */
    QString text;
};

/**
 * Compares two versions of a Markdown file block by block, so the history
 * can show the rendered text with what changed marked, the way an author
 * reads it rather than as lines of source. A block changed in place appears
 * as the old one removed followed by the new one added.
 */
class BlockDiff
{
public:
    [[nodiscard]] static std::vector<DiffBlock> compare(const QString &before, const QString &after);
    /**
     * A merge against both its parents, the way `git show --cc` reads it: a block is added when
     * neither parent had it and removed when both had it; what came from either side is the same.
     */
    [[nodiscard]] static std::vector<DiffBlock> compareMerge(
        const QString &firstParent, const QString &secondParent, const QString &merged);
    /** The blocks of a text: separated by blank lines, a fenced code block kept whole. */
    [[nodiscard]] static QStringList blocks(const QString &text);
};

} // namespace storyloom
