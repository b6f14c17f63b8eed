// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/sqliteconnection.h"
#include "core/model/storygraph.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace storyloom {

class SearchBuilder;
struct SearchRow;

/** What the index remembers about one content file, to tell whether it changed. */
struct FileRecord
{
    /** Relative to the project root, with `/` separators. */
    QString path;
    qint64 size = 0;
    /** Modification time in milliseconds since the epoch. */
    qint64 mtime = 0;
    /** SHA-1 of the bytes; compared only when size or mtime changed. */
    QByteArray hash;
};

/** Node positions of one view of the graph, and which of them the user pinned (dragged). */
struct StoredLayout
{
    QHash<QString, QPointF> positions;
    QSet<QString> pinned;

    friend bool operator==(const StoredLayout &, const StoredLayout &) = default;
};

/** What one write of a snapshot did. */
struct IndexWriteResult
{
    bool ok = false;
    QString error;
    /** SQLite's code for `error` (SQLITE_CORRUPT means the index is damaged). */
    int errorCode = 0;
    /** Files whose searchable text was (re)written. */
    int searchFilesWritten = 0;
    /** The search index was built on a thread of its own (a first build, see SearchBuilder). */
    bool searchBuiltApart = false;
};

/**
 * The per-project SQLite index: files, entities, attributes, relations,
 * diagnostics, full-text search and layout positions. It lives in the
 * user's cache folder (never in the content folder) and can always be thrown
 * away: a damaged, truncated or newer-version database is moved aside and
 * rebuilt from the files. One object per thread; writes are single
 * transactions (BEGIN IMMEDIATE: one writer at a time, others wait on the
 * busy timeout), so a killed writer leaves the previous complete state.
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

    /** Where the index of the project at `projectRoot` lives (cache folder, keyed by the canonical path). */
    [[nodiscard]] static QString pathFor(const QString &projectRoot);
    /**
     * Opens (creating or migrating) the project's index. With `verify`, runs
     * `PRAGMA quick_check` first (a full read of the file: do it off the GUI thread).
     */
    [[nodiscard]] static Opened open(const QString &projectRoot, bool verify = false);
    /** Opens the database file at `path` directly (tests, tools). */
    [[nodiscard]] static Opened openFile(const QString &path, bool verify = false);

    ~IndexDatabase();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] SqliteConnection &connection() { return m_connection; }
    [[nodiscard]] const SqliteConnection &connection() const { return m_connection; }

    /** True once a complete snapshot has been written. */
    [[nodiscard]] bool hasSnapshot() const;
    /**
     * The last complete snapshot written, with `rootPath` as its root; null
     * when there is none or reading failed (then `lastErrorWasCorruption()` tells why).
     * Entity bodies stay empty: only the search rows need them, and they are
     * most of the bytes (reading them made a reopen twice as slow).
     */
    [[nodiscard]] Snapshot loadSnapshot(const QString &rootPath) const;
    [[nodiscard]] bool lastErrorWasCorruption() const { return m_corrupt; }

    /** The files the last snapshot was built from, by path. */
    [[nodiscard]] QHash<QString, FileRecord> files() const;
    /**
     * Replaces the stored snapshot by `graph`, in one transaction (the open
     * one, else its own). Searchable text is rewritten only for files whose
     * entities changed. Into an empty index, the search index is built on a
     * thread of its own (SearchBuilder); the connection is opened anew after
     * the commit: statements prepared on connection() before it are stale.
     */
    IndexWriteResult write(const StoryGraph &graph);

    /**
     * Drops every cached parse, in the open transaction, and forgets what the
     * snapshot was built from: the next refresh parses every file again (the
     * parses were trimmed for another configuration).
     */
    [[nodiscard]] bool forgetParses();

    /** The id of the entity that is each whole file, by the file's path. */
    [[nodiscard]] QHash<QString, QString> fileEntities() const;
    /** A new searchable body for the entity that is the whole file `path`. */
    struct BodyEdit
    {
        QString path;
        QString entity;
        QByteArray body;
    };
    /**
     * Replaces the searchable bodies of whole-file entities in the open
     * transaction: their search rows, and their files' fingerprints, as write()
     * would leave them. For an edit of nothing but prose (see TextEdits). False
     * when the index has no search row for one of them.
     */
    [[nodiscard]] bool replaceBodies(const std::vector<BodyEdit> &edits);

    /** A value of the index's own bookkeeping (`meta` table); empty when unset. */
    [[nodiscard]] QString meta(const QString &key) const;
    /** Sets a bookkeeping value, in the open transaction if there is one. */
    bool setMeta(const QString &key, const QString &value);

    /**
     * Switches between a rollback journal (`true`) and WAL (`false`, the default),
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
    [[nodiscard]] bool setRollbackJournal(bool on);

    /** Starts the write transaction (BEGIN IMMEDIATE: waits for another writer up to the busy timeout). */
    [[nodiscard]] bool begin();
    /** Commits; on failure rolls back and returns false. */
    bool commit();
    void rollback();
    [[nodiscard]] bool inTransaction() const;

    /** Node positions of a view's layout (the graph view), by entity id. */
    [[nodiscard]] QHash<QString, QPointF> loadPositions(const QString &view) const;
    bool savePositions(const QString &view, const QHash<QString, QPointF> &positions);
    /** A view's positions and pins (empty when the view was never saved). */
    [[nodiscard]] StoredLayout loadLayout(const QString &view) const;
    /**
     * Replaces a view's layout in one transaction and marks it most recently
     * used; only the `keepViews` most recent views are kept. False on an error
     * (the old layout stays).
     */
    bool saveLayout(const QString &view, const StoredLayout &layout, int keepViews = 24);

    /** Moves the database (and its WAL) aside to `<path>.broken`, so a new one can be built. */
    static void moveAside(const QString &path);

private:
    IndexDatabase() = default;
    bool migrate();
    /**
     * Rewrites the search rows of files whose entities changed: how many files, or nullopt on an
     * error. With `apart`, a write into an empty index leaves the search index to a SearchBuilder
     * it puts there, which the caller must adopt.
     */
    [[nodiscard]] std::optional<int> writeDocuments(const StoryGraph &graph, std::unique_ptr<SearchBuilder> *apart);
    struct GraphPrints;
    [[nodiscard]] static GraphPrints graphPrints(const StoryGraph &graph);
    /** The graph's blob (SnapshotCodec) in the pieces it is stored in. */
    using SnapshotPieces = std::vector<QByteArray>;
    /**
     * Rewrites the entity, attribute, relation and diagnostic rows that changed, and the graph's
     * blob: encoded here, or by `encoding` (which has started meanwhile) when given.
     */
    bool writeGraph(const StoryGraph &graph, const GraphPrints &prints,
        std::future<std::optional<SnapshotPieces>> *encoding = nullptr);
    /** Puts rows into the search index on this connection: false on an error (in m_writeError). */
    bool indexSearchRows(const std::vector<SearchRow> &rows);
    /** Passes `step` through, remembering the first failure of a write in m_writeError. */
    bool noteFailure(bool step);
    /** The connection's settings for a writer (journal, syncs). */
    void setConnectionDefaults();

    QString m_path;
    SqliteConnection m_connection;
    mutable bool m_corrupt = false;
    /** The search index was adopted from a SearchBuilder: commit() opens the connection anew. */
    bool m_reopenAfterCommit = false;
    struct WriteError
    {
        int code = 0;
        QString message;
    } m_writeError;
};

/** The `#` headings of a Markdown body (UTF-8), one per line (fenced code skipped), for the search index. */
[[nodiscard]] QString markdownHeadings(QByteArrayView body);

} // namespace storyloom
