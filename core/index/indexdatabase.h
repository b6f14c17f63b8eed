// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/indexschema.h"
#include "core/index/sqliteconnection.h"
#include "core/model/diagnostic.h"

#include <QString>
#include <memory>

namespace storyloom {

/**
 * The first failure of a write that takes many statements: a Diagnostic (an
 * error, with no place in the content) with SQLite's code for it.
 */
struct IndexError : Diagnostic
{
    /** SQLite's result code (SQLITE_CORRUPT means the index is damaged); 0 while nothing failed. */
    int code = 0;

    [[nodiscard]] bool isSet() const { return code != 0; }
    [[nodiscard]] static IndexError make(int code, QString message);
    /** Passes `step` through, remembering `connection`'s error when it is the first to fail. */
    bool note(bool step, const SqliteConnection &connection);
};

/**
 * The connection to a project's SQLite index: where it lives, opening it
 * (checked, created, or moved aside and started anew), transactions and the
 * index's bookkeeping (MetaKey). The tables are read and written by
 * GraphTables, SearchTables, PositionTables and IndexParseCache over it.
 *
 * The index lives in the user's cache folder (never in the content folder)
 * and can always be thrown away: a damaged, truncated or other-version
 * database is moved aside and rebuilt from the files. One object per thread;
 * writes are single transactions (BEGIN IMMEDIATE: one writer at a time,
 * others wait on the busy timeout), so a killed writer leaves the previous
 * complete state.
 */
class IndexDatabase
{
public:
    struct Opened
    {
        std::unique_ptr<IndexDatabase> database;
        /** Set when a damaged or incompatible database was moved aside and a new one started. */
        QString notice;
        /** Set when no database could be opened at all (then `database` is null). */
        QString error;
    };

    /** Checks the whole file before it is used (a full read of it: do it off the GUI thread). */
    enum class Verify { No, Yes };

    /** Where the index of the project at `projectRoot` lives (cache folder, keyed by the canonical path). */
    [[nodiscard]] static QString pathFor(const QString &projectRoot);
    /** Opens (creating when new) the project's index. */
    [[nodiscard]] static Opened open(const QString &projectRoot, Verify verify = Verify::No);
    /** Opens the database file at `path` directly (tests, tools). */
    [[nodiscard]] static Opened openFile(const QString &path, Verify verify = Verify::No);
    /** Moves the database (and its WAL) aside to `<path>.broken`, so a new one can be built. */
    static void moveAside(const QString &path);

    ~IndexDatabase();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] SqliteConnection &connection() { return m_connection; }
    [[nodiscard]] const SqliteConnection &connection() const { return m_connection; }

    /** A value of the index's bookkeeping; empty when unset. */
    [[nodiscard]] QString meta(MetaKey key) const;
    /** Sets a bookkeeping value, in the open transaction if there is one. */
    bool setMeta(MetaKey key, const QString &value);
    /** True once a complete snapshot has been written. */
    [[nodiscard]] bool hasSnapshot() const;

    enum class Journal { Wal, Rollback };
    /**
     * Switches between a rollback journal and WAL (the default),
     * outside a transaction. A first build uses the rollback journal: it has no
     * reader to serve yet, and it writes each new page once where WAL writes it
     * twice (log, then checkpoint), which was a third of a large build. Fails
     * (and changes nothing) while another connection has the database open.
     * Under the rollback journal nothing waits for the disk (synchronous = OFF):
     * the commit of a large first build waited on the whole file reaching
     * it. A kill leaves the file whole (the system keeps what was
     * written); a power cut may not, and the next open finds the damage (the
     * window checks the index when it opens a project) and rebuilds it from
     * the files, which is all it ever held.
     */
    [[nodiscard]] bool setJournal(Journal journal);

    /** Starts the write transaction (BEGIN IMMEDIATE: waits for another writer up to the busy timeout). */
    [[nodiscard]] bool begin();
    /** Commits; on failure rolls back and returns false. */
    bool commit();
    void rollback();
    [[nodiscard]] bool inTransaction() const;
    /**
     * Tables were written behind SQLite's back in this transaction (SearchBuilder): commit()
     * opens the connection anew, and statements prepared on connection() before it are stale.
     */
    void reopenAfterCommit() { m_reopenAfterCommit = true; }

private:
    IndexDatabase() = default;
    /** The connection's settings for a writer (journal, syncs). */
    void setConnectionDefaults();

    QString m_path;
    SqliteConnection m_connection;
    bool m_reopenAfterCommit = false;
};

} // namespace storyloom
