// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace storyloom {

/**
 * One prepared SQLite statement. A thin wrapper so the index code reads as
 * SQL plus Qt types; it never throws: failures show up in `ok()` / the
 * connection's lastError(). Statements belong to the thread of their connection.
 */
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    /** True when the statement compiled. */
    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based like SQLite's own.
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &blob);
    /** Binds a blob without copying it: `blob` must stay alive and unchanged until the statement is reset. */
    SqliteStatement &bindBlobInPlace(int index, QByteArrayView blob);
    /** Binds UTF-8 text (not a blob), without a conversion. */
    SqliteStatement &bindText(int index, QByteArrayView utf8);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bindNull(int index);

    /** Runs one step: true while a row is available. Check `failed()` after the last one. */
    bool next();
    /** Runs the statement to completion (for writes); false on an error. */
    bool exec();
    /** Resets for another run with new bindings. */
    void reset();

    [[nodiscard]] bool failed() const { return m_failed; }
    /** The SQLite result code of the last step (SQLITE_OK, SQLITE_BUSY, SQLITE_CORRUPT…). */
    [[nodiscard]] int resultCode() const { return m_code; }

    [[nodiscard]] QString text(int column) const;
    /** The column's UTF-8 bytes without a copy: valid until the next step or reset (for lookups that skip a
     * conversion). */
    [[nodiscard]] QByteArrayView utf8(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_code = 0;
    bool m_failed = false;
};

/**
 * One connection to a SQLite database file. Each thread opens its own;
 * nothing here is shared between threads.
 */
class SqliteConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /** Opens (creating when ReadWrite) the file; false with lastError() set on failure. */
    bool open(const QString &path, Mode mode, int busyTimeoutMs);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }

    /** Runs one or more statements without results; false on an error. */
    bool exec(const char *sql);
    [[nodiscard]] SqliteStatement prepare(const char *sql) const;
    /** The first column of the first row of a query, as an integer (nothing on an error or no row). */
    [[nodiscard]] std::optional<qint64> queryInt(const char *sql) const;

    [[nodiscard]] QString lastError() const;
    /** The primary result code of the last failure (SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_BUSY…). */
    [[nodiscard]] int lastErrorCode() const;
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

/** True for SQLite result codes that mean the file is damaged or not a database. */
[[nodiscard]] bool isCorruptionCode(int code);

} // namespace storyloom
