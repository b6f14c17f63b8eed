// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyloom {

class SqliteConnection;

/** The index's own bookkeeping: the keys of its `meta` table. */
enum class MetaKey {
    /** "1" once a complete snapshot has been written. */
    Complete,
    /** The graph's title and ProjectFormat. */
    Title,
    Layout,
    /** Fingerprints of the graph written, whole and by table (see GraphTables::Prints). */
    Graph,
    GraphEntities,
    GraphRelations,
    GraphDiagnostics,
    /** Fingerprints of the folder the snapshot was built from: all inputs, and only which files there are. */
    Inputs,
    Shape,
    /** The configuration the cached parses were trimmed for (GraphBuilder::trimKey()). */
    Parses,
};

/** The key's name in the `meta` table. */
[[nodiscard]] const char *metaKeyName(MetaKey key);

/**
 * The index's tables. A database is at `version` (`user_version`), or new
 * (0): a database of any other version is not read but built anew, since
 * the index only caches what the files hold.
 */
class IndexSchema
{
public:
    /** The schema's version, in `user_version`. */
    static constexpr int version = 10;
    /** Makes the tables of a new database (`user_version` 0) in one transaction; false on an error. */
    [[nodiscard]] static bool create(SqliteConnection &connection);

    /**
     * Gives a database file that has no table yet the page size the index is fastest with.
     * Call it before anything that writes the file's header (journal_mode = WAL does): after
     * that SQLite keeps the size the file has. Older files keep their 4 KB pages; both work.
     */
    static void prepareNewFile(SqliteConnection &connection);

    /** How long a connection waits for another process's write before giving up. */
    static constexpr int busyTimeoutMs = 10000;

    /** A value of the `meta` table (empty when unset). */
    [[nodiscard]] static QString meta(const SqliteConnection &connection, MetaKey key);
};

} // namespace storyloom
