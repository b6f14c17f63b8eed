// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/sqliteconnection.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <thread>
#include <vector>

namespace storyloom {

/** One row of the search index: the rowid it shares with its `documents` row, and its three columns. */
struct SearchRow
{
    qint64 rowid = 0;
    QString title;
    QString headings;
    QByteArray body;
};

/**
 * Builds the whole search index of a first build on a thread of its own, while the index's
 * connection writes the graph's rows, then hands it over in that connection's transaction.
 *
 * Filling FTS5 is most of a first build and
 * one connection can only do one thing at a time, so it was done while the second core idled.
 * Here it goes into a scratch database beside the index (its own connection, own file: SQLite
 * has one writer per file), with the same table definition and settings; adoptInto() then
 * copies FTS5's tables (the terms' pages, their directory, the rows' sizes) into the index's
 * empty search table, inside the caller's transaction, so the index gets all of it or none.
 * The scratch file is removed afterwards, and is only ever a leftover after a crash, which
 * the next build removes first.
 *
 * The builder keeps the rows; the caller may read them (rows()) while it works. It is used only
 * by SearchTables under SearchBuild::Apart, the one seam around it: whatever fails here falls
 * back to SearchBuild::InPlace, plain INSERTs on the index's connection.
 */
class SearchBuilder
{
public:
    /** Starts building `rows` (rowids rising) for the index `connection` holds open at `indexPath`. */
    SearchBuilder(const SqliteConnection &connection, const QString &indexPath, std::vector<SearchRow> rows);
    /** Stops a build still running and removes the scratch file. */
    ~SearchBuilder();
    SearchBuilder(const SearchBuilder &) = delete;
    SearchBuilder &operator=(const SearchBuilder &) = delete;

    /** Waits for the build: the message to show when it failed (the caller then fills the index itself), else empty. */
    [[nodiscard]] QString finish();

    /**
     * After a finish() without an error, replaces `connection`'s empty search index with the one
     * built. Call it in a transaction, and reopen the connection after the commit: FTS5 keeps what
     * it read of its tables per connection and cannot know they were written behind it. The error
     * to show, or empty; a copy that fails leaves the search table as it was.
     */
    [[nodiscard]] QString adoptInto(SqliteConnection &connection);

    /** False when the scratch database could not be made: nothing is being built. */
    [[nodiscard]] bool started() const { return m_worker.joinable(); }
    /** The rows back, from a builder that did not start. */
    [[nodiscard]] std::vector<SearchRow> takeRows();

    /** The rows being built, to read (never change) on the caller's thread meanwhile. */
    [[nodiscard]] const std::vector<SearchRow> &rows() const { return m_rows; }

    /** Where the scratch database of the index at `indexPath` lives. */
    [[nodiscard]] static QString scratchPathFor(const QString &indexPath);

private:
    void build(const QByteArray &tableSql, const std::vector<std::pair<QString, QString>> &settings);

    QString m_scratchPath;
    std::vector<SearchRow> m_rows;
    SqliteConnection m_scratch;
    QString m_error;
    std::atomic<bool> m_stop { false };
    std::thread m_worker;
};

} // namespace storyloom
