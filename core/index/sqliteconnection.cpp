// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/sqliteconnection.h"

#include <sqlite3.h>

namespace storyloom {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
{
    m_code = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (m_code != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_failed = true;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_code(other.m_code)
    , m_failed(other.m_failed)
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_code = other.m_code;
        m_failed = other.m_failed;
    }
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // A null pointer would bind SQL NULL, not empty text.
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    return bindText(index, value.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlobInPlace(int index, QByteArrayView blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.isNull() ? "" : blob.data(), int(blob.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    m_code = sqlite3_step(m_stmt);
    if (m_code == SQLITE_ROW)
        return true;
    if (m_code != SQLITE_DONE)
        m_failed = true;
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_stmt) {
        m_failed = true;
        return false;
    }
    while (next()) { }
    const bool ok = !m_failed;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_failed = m_stmt == nullptr;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    close();
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        // Keep the handle for lastError(); callers close it.
        return false;
    }
    sqlite3_extended_result_codes(m_db, 0);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return true;
}

void SqliteConnection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteConnection::exec(const char *sql)
{
    return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteStatement SqliteConnection::prepare(const char *sql) const
{
    return SqliteStatement(m_db, sql);
}

std::optional<qint64> SqliteConnection::queryInt(const char *sql) const
{
    SqliteStatement statement = prepare(sql);
    if (!statement.next())
        return std::nullopt;
    return statement.int64(0);
}

QString SqliteConnection::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

int SqliteConnection::lastErrorCode() const
{
    return m_db ? (sqlite3_errcode(m_db) & 0xff) : SQLITE_CANTOPEN;
}

bool isCorruptionCode(int code)
{
    code &= 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

} // namespace storyloom
