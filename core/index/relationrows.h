// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <vector>

namespace storyloom {

class SqliteConnection;

/**
 * The `relations` table kept equal to a graph's relations, their order being
 * the rowid order (not `seq`, which kept rows keep from when they were
 * written): the rows that stayed are left alone, the others deleted or
 * inserted between them (RowPlan). A link added to a few stories used to
 * rewrite every row, and the WAL and its checkpoint with them.
 */
class RelationRows
{
public:
    /**
     * Writes `relations`, whose print() each is in `prints`, into the open
     * transaction of `connection`; `rowsExist` says the table holds an earlier
     * graph's rows (else it is written anew). False on an SQLite error (the
     * connection has it).
     */
    [[nodiscard]] static bool write(SqliteConnection &connection, const std::vector<Relation> &relations,
        const std::vector<quint64> &prints, bool rowsExist);
    /** A relation's print, as the table's `print` column keeps it: never 0 (rows from before it existed). */
    [[nodiscard]] static quint64 print(const Relation &relation);
};

} // namespace storyloom
