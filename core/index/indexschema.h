// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <QByteArrayView>
#include <vector>

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

    /** An entity's owners and front matter, stored as one `extra` blob (a QVariantMap has no column form). */
    struct EntityExtra
    {
        QStringList owners;
        QVariantMap frontMatter;
    };
    [[nodiscard]] static QByteArray encodeEntityExtra(const Entity &entity);
    [[nodiscard]] static EntityExtra decodeEntityExtra(QByteArrayView bytes);
    /** Gives each entity the owners and front matter of its extra (`extras[i]` is `entities[i]`'s). */
    template<typename Bytes>
    static void setEntityExtras(std::vector<Entity> &entities, const std::vector<Bytes> &extras)
    {
        for (size_t i = 0; i < entities.size() && i < extras.size(); ++i) {
            EntityExtra extra = decodeEntityExtra(QByteArrayView(extras[i]));
            entities[i].owners = std::move(extra.owners);
            entities[i].frontMatter = std::move(extra.frontMatter);
        }
    }
};

} // namespace storyloom
