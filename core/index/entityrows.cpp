// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/entityrows.h"

#include "core/index/sqliteconnection.h"
#include "core/index/textpool.h"
#include "core/model/entityfields.h"

#include <QDataStream>
#include <QIODevice>
#include <optional>

namespace storyloom {

namespace {

// Enumerations with a machine name are kept by it (the search's filters compare it), others by number.
template<typename T>
concept NamedEnum = std::is_enum_v<T> && requires(T value) { toString(value); };

std::optional<EntityType> enumFromName(QStringView name, EntityType *)
{
    return entityTypeFromString(name);
}
std::optional<StoryKind> enumFromName(QStringView name, StoryKind *)
{
    return storyKindFromString(name);
}
std::optional<GoalState> enumFromName(QStringView name, GoalState *)
{
    return goalStateFromString(name);
}

/** A column and its SQL type. */
struct EntityColumn
{
    QByteArray name;
    const char *type;
};

/** The columns of the fields, in visitEntityFields() order (a location has three; lists and maps none). */
std::vector<EntityColumn> fieldColumns()
{
    std::vector<EntityColumn> columns;
    const Entity entity;
    visitEntityFields(entity, [&columns](const EntityField &field, const auto &value) {
        using T = std::decay_t<decltype(value)>;
        const QByteArray name(field.column);
        if constexpr (std::is_same_v<T, SourceLocation>) {
            columns.push_back({ name + "path", "TEXT NOT NULL" });
            columns.push_back({ name + "line", "INTEGER NOT NULL" });
            columns.push_back({ name + "col", "INTEGER NOT NULL" });
        } else if constexpr (std::is_same_v<T, QString> || NamedEnum<T>) {
            columns.push_back({ name, columns.empty() ? "TEXT PRIMARY KEY" : "TEXT NOT NULL" });
        } else if constexpr (std::is_same_v<T, std::optional<double>>) {
            columns.push_back({ name, "REAL" });
        } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            columns.push_back({ name, "INTEGER NOT NULL" });
        } else {
            static_assert(isExtraField<T>, "an entity field the index cannot store");
        }
    });
    columns.push_back({ "extra", "BLOB" });
    columns.push_back({ "seq", "INTEGER NOT NULL" });
    return columns;
}

QByteArray columnList(const char *separator, QByteArray (*item)(const EntityColumn &, int))
{
    const std::vector<EntityColumn> columns = fieldColumns();
    QByteArray list;
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            list += separator;
        list += item(columns[i], int(i) + 1);
    }
    return list;
}

} // namespace

QByteArray EntityRows::columnDefinitions()
{
    return columnList(", ", [](const EntityColumn &c, int) -> QByteArray { return c.name + ' ' + c.type; });
}

QByteArray EntityRows::insertSql()
{
    return "INSERT OR REPLACE INTO entities("
        + columnList(", ", [](const EntityColumn &c, int) -> QByteArray { return c.name; }) + ") VALUES("
        + columnList(", ", [](const EntityColumn &, int n) -> QByteArray { return '?' + QByteArray::number(n); }) + ')';
}

QByteArray EntityRows::selectSql()
{
    // Every column but the last (seq): the place in the graph is the rowid order.
    QByteArray columns = columnList(", ", [](const EntityColumn &c, int) -> QByteArray { return c.name; });
    columns.truncate(columns.lastIndexOf(','));
    return "SELECT " + columns + " FROM entities ORDER BY rowid";
}

void EntityRows::bind(SqliteStatement &insert, const Entity &entity, int seq)
{
    int n = 0;
    visitEntityFields(entity, [&insert, &n](const EntityField &, const auto &value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, SourceLocation>) {
            insert.bind(++n, value.path);
            insert.bind(++n, value.line);
            insert.bind(++n, value.column);
        } else if constexpr (std::is_same_v<T, QString>) {
            insert.bind(++n, value);
        } else if constexpr (NamedEnum<T>) {
            insert.bind(++n, toString(value));
        } else if constexpr (std::is_same_v<T, std::optional<double>>) {
            if (value)
                insert.bind(++n, *value);
            else
                insert.bindNull(++n);
        } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            insert.bind(++n, int(value));
        }
    });
    insert.bind(++n, encodeExtra(entity));
    insert.bind(++n, seq);
}

Entity EntityRows::read(const SqliteStatement &row, TextPool &pool, QByteArray &extra)
{
    Entity entity;
    int n = 0;
    visitEntityFields(entity, [&row, &pool, &n](const EntityField &field, auto &value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, SourceLocation>) {
            value.path = pool.text(row, n++);
            value.line = int(row.int64(n++));
            value.column = int(row.int64(n++));
        } else if constexpr (std::is_same_v<T, QString>) {
            value = field.repeats == Repeats::Yes ? pool.text(row, n) : row.text(n);
            ++n;
        } else if constexpr (NamedEnum<T>) {
            value = enumFromName(pool.text(row, n++), static_cast<T *>(nullptr)).value_or(value);
        } else if constexpr (std::is_same_v<T, std::optional<double>>) {
            if (!row.isNull(n))
                value = row.real(n);
            ++n;
        } else if constexpr (std::is_same_v<T, bool>) {
            value = row.int64(n++) != 0;
        } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            value = T(row.int64(n++));
        }
    });
    extra = row.blob(n);
    return entity;
}

QByteArray EntityRows::encodeExtra(const Entity &entity)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_5);
    visitEntityFields(entity, [&stream](const EntityField &, const auto &value) {
        if constexpr (isExtraField<std::decay_t<decltype(value)>>)
            stream << value;
    });
    return bytes;
}

void EntityRows::decodeExtra(QByteArrayView bytes, Entity &entity)
{
    const QByteArray data = QByteArray::fromRawData(bytes.data(), bytes.size());
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_5);
    visitEntityFields(entity, [&stream](const EntityField &, auto &value) {
        if constexpr (isExtraField<std::decay_t<decltype(value)>>)
            stream >> value;
    });
}

} // namespace storyloom
