// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/sqliteconnection.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace storyloom {

/**
 * Turns repeated column values (ids, paths, kinds) into one shared QString each:
 * a reopen reads every relation, whose ends and paths repeat, and converting
 * and allocating each copy was most of the time they took.
 */
class TextPool
{
public:
    [[nodiscard]] QString text(const SqliteStatement &statement, int column)
    {
        const QByteArrayView bytes = statement.utf8(column);
        const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
        if (const auto it = m_pool.constFind(key); it != m_pool.cend())
            return *it;
        const QString value = QString::fromUtf8(bytes);
        m_pool.insert(QByteArray(bytes.data(), bytes.size()), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_pool;
};

} // namespace storyloom
