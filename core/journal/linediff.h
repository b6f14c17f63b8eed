// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyloom {

/**
 * A line diff for people, not for patch(1): shown when Storyloom offers to
 * restore a journaled buffer or compares a buffer with a changed file.
 */
class LineDiff
{
public:
    /**
     * Unified-style text (`-` lines only in `before`, `+` only in `after`,
     * `  ` shared), with `context` shared lines kept around each change and
     * the rest folded. Large inputs fall back to a coarse prefix/suffix diff.
     */
    [[nodiscard]] static QString unified(const QString &before, const QString &after, int context = 3);
};

} // namespace storyloom
