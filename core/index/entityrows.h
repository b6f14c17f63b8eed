// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace storyloom {

class SqliteStatement;
class TextPool;

/**
 * The index's `entities` table, its columns made from visitEntityFields():
 * one row an entity, the first field (the id) its key, its lists and maps in
 * one `extra` blob, and its place in the graph in `seq`.
 */
class EntityRows
{
public:
    /** The table's column definitions, for CREATE TABLE. */
    [[nodiscard]] static QByteArray columnDefinitions();
    /** Inserts (or replaces) one row: bind() it. */
    [[nodiscard]] static QByteArray insertSql();
    /** Every row in rowid order (the order they were inserted in): read() each. */
    [[nodiscard]] static QByteArray selectSql();

    static void bind(SqliteStatement &insert, const Entity &entity, int seq);
    /** The entity of a row of selectSql(), but for its lists and maps: their blob goes to `extra`. */
    [[nodiscard]] static Entity read(const SqliteStatement &row, TextPool &pool, QByteArray &extra);

    /** An entity's lists and maps (owners, front matter) as one blob: a QVariantMap has no column form. */
    [[nodiscard]] static QByteArray encodeExtra(const Entity &entity);
    /** Gives `entity` the lists and maps of `bytes`. */
    static void decodeExtra(QByteArrayView bytes, Entity &entity);
    /** decodeExtra() of each entity (`extras[i]` is `entities[i]`'s). */
    template<typename Bytes> static void decodeExtras(std::vector<Entity> &entities, const std::vector<Bytes> &extras)
    {
        for (size_t i = 0; i < entities.size() && i < extras.size(); ++i)
            decodeExtra(QByteArrayView(extras[i]), entities[i]);
    }
};

} // namespace storyloom
