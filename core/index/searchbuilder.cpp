// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/searchbuilder.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>
#include <system_error>

namespace storyloom {

namespace {

/** FTS5's own tables behind the `search` table, with their columns: all that a filled index is. */
constexpr const char *shadowTables[][2] = {
    { "search_data", "id, block" },
    { "search_idx", "segid, term, pgno" },
    { "search_docsize", "id, sz" },
};

// How many bytes of new terms FTS5 holds before it writes them out (`hashsize`; the index's own
// table holds more, see IndexSchema). Here the index's other rows are being written at the
// same time: the smaller setting lowers a first build's peak memory and does not slow it
// (docs/performance.md).
constexpr int termsHeld = 4 * 1024 * 1024;

void removeScratch(const QString &path)
{
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString SearchBuilder::scratchPathFor(const QString &indexPath)
{
    return indexPath + QStringLiteral("-search");
}

SearchBuilder::SearchBuilder(const SqliteConnection &connection, const QString &indexPath, std::vector<SearchRow> rows)
    : m_scratchPath(scratchPathFor(indexPath))
    , m_rows(std::move(rows))
{
    // What the scratch table must match, read here: the connection is the caller's thread's.
    QByteArray tableSql;
    SqliteStatement definition
        = connection.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'search'");
    if (definition.next())
        tableSql = definition.utf8(0).toByteArray();
    std::vector<std::pair<QString, QString>> settings;
    SqliteStatement config = connection.prepare("SELECT k, v FROM search_config WHERE k <> 'version'");
    while (config.next())
        settings.emplace_back(
            config.text(0), config.text(0) == QLatin1String("hashsize") ? QString::number(termsHeld) : config.text(1));
    const qint64 pageSize = connection.queryInt("PRAGMA page_size").value_or(4096);
    if (tableSql.isEmpty()) {
        m_error = QCoreApplication::translate("SearchBuilder", "the index has no search table");
        return;
    }
    removeScratch(m_scratchPath);
    if (!m_scratch.open(m_scratchPath, SqliteConnection::Mode::ReadWrite, 0)) {
        m_error = m_scratch.lastError();
        return;
    }
    // A throwaway file: no journal, no syncs. A crash leaves it for the next build to remove.
    const QByteArray pragmas = "PRAGMA page_size = " + QByteArray::number(pageSize)
        + "; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE";
    if (!m_scratch.exec(pragmas.constData())) {
        m_error = m_scratch.lastError();
        return;
    }
    try {
        m_worker = std::thread([this, tableSql, settings] { build(tableSql, settings); });
    } catch (const std::system_error &error) {
        m_error = QString::fromLocal8Bit(error.what());
        m_scratch.close();
        removeScratch(m_scratchPath);
    }
}

SearchBuilder::~SearchBuilder()
{
    m_stop = true;
    if (m_worker.joinable())
        m_worker.join();
    m_scratch.close();
    removeScratch(m_scratchPath);
}

void SearchBuilder::build(const QByteArray &tableSql, const std::vector<std::pair<QString, QString>> &settings)
{
    auto fail = [this] { m_error = m_scratch.lastError(); };
    if (!m_scratch.exec(tableSql.constData()))
        return fail();
    SqliteStatement setting = m_scratch.prepare("INSERT INTO search(search, rank) VALUES(?1, ?2)");
    for (const auto &[key, value] : settings) {
        if (!setting.bind(1, key).bind(2, value).exec())
            return fail();
        setting.reset();
    }
    // One transaction: FTS5 keeps the terms in memory while the rowids rise, and writes them out
    // in large segments (see the `hashsize` setting).
    if (!m_scratch.exec("BEGIN"))
        return fail();
    SqliteStatement add = m_scratch.prepare("INSERT INTO search(rowid, title, headings, body) VALUES(?1, ?2, ?3, ?4)");
    for (const SearchRow &row : m_rows) {
        if (m_stop)
            return;
        if (!add.bind(1, row.rowid).bind(2, row.title).bind(3, row.headings).bindText(4, row.body).exec())
            return fail();
        add.reset();
    }
    if (!m_scratch.exec("COMMIT"))
        return fail();
}

std::vector<SearchRow> SearchBuilder::takeRows()
{
    Q_ASSERT(!started());
    return std::exchange(m_rows, {});
}

QString SearchBuilder::finish()
{
    if (m_worker.joinable())
        m_worker.join();
    if (m_error.isEmpty())
        return {};
    return QCoreApplication::translate("SearchBuilder", "the search index could not be built: %1").arg(m_error);
}

QString SearchBuilder::adoptInto(SqliteConnection &connection)
{
    Q_ASSERT(!m_worker.joinable() && m_error.isEmpty());
    // In a savepoint: a copy that fails halfway leaves the index's search table as it was.
    if (!connection.exec("SAVEPOINT adopt_search"))
        return connection.lastError();
    QString error;
    for (const auto &[table, columns] : shadowTables) {
        const QByteArray clear = QByteArray("DELETE FROM ") + table;
        if (!connection.exec(clear.constData())) {
            error = connection.lastError();
            break;
        }
        const QByteArray select = QByteArray("SELECT ") + columns + " FROM " + table;
        const int count = int(QByteArray(columns).count(',')) + 1;
        QByteArray insert = QByteArray("INSERT INTO ") + table + '(' + columns + ") VALUES(?1";
        for (int i = 2; i <= count; ++i)
            insert += ", ?" + QByteArray::number(i);
        insert += ')';
        // Raw statements: the values go across as they are, whatever their type.
        sqlite3_stmt *from = nullptr;
        sqlite3_stmt *to = nullptr;
        int code = sqlite3_prepare_v2(m_scratch.handle(), select.constData(), -1, &from, nullptr);
        bool scratchFailed = code != SQLITE_OK;
        if (code == SQLITE_OK)
            code = sqlite3_prepare_v2(connection.handle(), insert.constData(), -1, &to, nullptr);
        while (code == SQLITE_OK) {
            code = sqlite3_step(from);
            if (code != SQLITE_ROW) {
                scratchFailed = code != SQLITE_DONE;
                break;
            }
            for (int i = 0; i < count; ++i)
                sqlite3_bind_value(to, i + 1, sqlite3_column_value(from, i));
            code = sqlite3_step(to);
            code = code == SQLITE_DONE ? sqlite3_reset(to) : code;
        }
        if (code != SQLITE_DONE)
            error = scratchFailed ? QString::fromUtf8(sqlite3_errmsg(m_scratch.handle())) : connection.lastError();
        sqlite3_finalize(from);
        sqlite3_finalize(to);
        if (!error.isEmpty())
            break;
    }
    if (error.isEmpty() && !connection.exec("RELEASE adopt_search"))
        error = connection.lastError();
    if (error.isEmpty())
        return {};
    (void)connection.exec("ROLLBACK TO adopt_search; RELEASE adopt_search");
    return QCoreApplication::translate("SearchBuilder", "the search index could not be copied: %1").arg(error);
}

} // namespace storyloom
