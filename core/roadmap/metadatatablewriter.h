// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/roadmap/overviewtablewriter.h"

namespace storyloom {

/**
 * Writes goal edits back into a page's metadata table (two-column rows like
 * `| Owner | [name] |`, `| Status | 🦀 |`), in place: only the value cell
 * of the edited rows changes, every other byte of the file stays. Row names
 * come from the project's rules (`owner_rows`, `state_rows`).
 */
class MetadataTableWriter
{
public:
    /**
     * Rewrites the state and owner rows of the table that starts on
     * `tableLine` (1-based) of `file`. A metadata table holds no progress
     * and no parent: asking for those, or for a row the table lacks, is an error.
     */
    [[nodiscard]] static TextEditResult rewrite(const QByteArray &file, int tableLine, const GoalEdit &edit,
        const QStringList &ownerRows, const QStringList &stateRows, const QString &path = {});
};

} // namespace storyloom
