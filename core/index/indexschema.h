// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <QByteArrayView>
#include <vector>

namespace storyloom {

class SqliteConnection;

/**
 * The index's tables and the steps between schema versions. Each step
 * moves `user_version` up by one inside a transaction, so a database is
 * always at exactly one version.
 */
class IndexSchema
{
public:
    /** The version a database has after all steps ran. */
    static constexpr int latest = 10;
    /** Brings a database at `user_version` `from` (0 = new) up to `latest`; false on an error. */
    [[nodiscard]] static bool migrate(SqliteConnection &connection, int from);

    /**
     * Gives a database file that has no table yet the page size the index is fastest with.
     * Call it before anything that writes the file's header (journal_mode = WAL does): after
     * that SQLite keeps the size the file has. Older files keep their 4 KB pages; both work.
     */
    static void prepareNewFile(SqliteConnection &connection);

    /** How long a connection waits for another process's write before giving up. */
    static constexpr int busyTimeoutMs = 10000;

    /** A value of the `meta` table (empty when unset). */
    [[nodiscard]] static QString meta(const SqliteConnection &connection, const char *key);

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
