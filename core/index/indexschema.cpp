// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexschema.h"

#include "core/index/entityrows.h"
#include "core/index/sqliteconnection.h"

namespace storyloom {

namespace {

// The whole schema. The index is a cache of the files: a database of another version is moved
// aside and built anew (IndexDatabase::openFile()), so there are no steps between versions.
//
// Entities, attributes, relations and diagnostics are read whole, never looked up by a column:
// they have no indexes, which every write would have to keep up to date. Relations carry each
// one's print (RelationRows::print()), so a refresh rewrites only the relations that changed; their
// order is the rowid order. The full-text rows are rewritten per file, only when that file's
// entities changed (the expensive part). A file's text is kept once, in `documents`; `files` holds
// the parse without it (IndexParseCache).
//
// The search table has one prefix index, for three letters: type-ahead asks for a prefix from
// three letters on (Searcher::normaliseQuery()), and every word goes into FTS5's in-memory terms
// once per prefix index. FTS5 keeps up to 16 MB of new terms in memory before it writes them out
// as a segment (1 MB by default): a first build writes and merges far fewer segments
// (docs/performance.md). `positions` and `layouts` hold the graph view's node positions per view;
// `used` orders views for pruning. The whole graph is also kept as one blob (SnapshotCodec), in
// pieces of about 1 MB, for a fast reopen.
//
// The `entities` table's columns come from the entity's fields (EntityRows).
constexpr const char *schema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE files(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash BLOB,
    parsed BLOB
);
CREATE TABLE attributes(entity TEXT NOT NULL, key TEXT NOT NULL, value TEXT, seq INTEGER NOT NULL);
CREATE TABLE relations(
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    provenance INTEGER NOT NULL,
    context TEXT NOT NULL,
    print INTEGER NOT NULL DEFAULT 0,
    chain TEXT NOT NULL DEFAULT ''
);
CREATE TABLE diagnostics(seq INTEGER NOT NULL, severity INTEGER NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, message TEXT NOT NULL);
CREATE TABLE documents(
    rowid INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    title TEXT NOT NULL,
    headings TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_entity ON documents(entity);
CREATE TABLE fingerprints(path TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE search USING fts5(
    title, headings, body,
    content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='3'
);
INSERT INTO search(search, rank) VALUES('hashsize', 16777216);
CREATE TABLE positions(view TEXT NOT NULL, entity TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, pinned INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(view, entity)) WITHOUT ROWID;
CREATE TABLE layouts(view TEXT PRIMARY KEY, used INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE snapshot_parts(part INTEGER PRIMARY KEY, data BLOB NOT NULL);
)sql";

// A new database has 16 KB pages (SQLite's default is 4 KB), and FTS5 writes leaves that fill
// one (`pgsz`; its default is about 4 KB). The search index is most of what a first build
// writes: in alternating cold builds every one with these was faster, with less system time,
// for a slightly larger file (docs/performance.md). A database made before keeps its pages and
// FTS5's default leaves (changing the page size needs a VACUUM of the whole file, and larger
// leaves on small pages would only spill): both read and write the same.
constexpr int newPageSize = 16384;
constexpr const char *newSearchLeaves = "INSERT INTO search(search, rank) VALUES('pgsz', 16000)";

constexpr const char *metaKeys[] = { "complete", "title", "layout", "graph", "graph-entities", "graph-relations",
    "graph-diagnostics", "inputs", "shape", "parses" };
static_assert(std::size(metaKeys) == size_t(MetaKey::Parses) + 1);

} // namespace

const char *metaKeyName(MetaKey key)
{
    return metaKeys[size_t(key)];
}

QString IndexSchema::meta(const SqliteConnection &connection, MetaKey key)
{
    SqliteStatement statement = connection.prepare("SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, QString::fromLatin1(metaKeyName(key)));
    return statement.next() ? statement.text(0) : QString();
}

void IndexSchema::prepareNewFile(SqliteConnection &connection)
{
    if (connection.queryInt("SELECT COUNT(*) FROM sqlite_schema").value_or(1) == 0)
        (void)connection.exec(QByteArray("PRAGMA page_size = " + QByteArray::number(newPageSize)).constData());
}

bool IndexSchema::create(SqliteConnection &connection)
{
    if (!connection.exec("BEGIN IMMEDIATE"))
        return false;
    // Another process may have made the tables while we waited for the lock.
    if (connection.queryInt("PRAGMA user_version").value_or(-1) != 0)
        return connection.exec("COMMIT");
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
    const bool largePages = connection.queryInt("PRAGMA page_size").value_or(0) >= newPageSize;
    const QByteArray entities = "CREATE TABLE entities(" + EntityRows::columnDefinitions() + ");";
    if (!connection.exec(schema) || !connection.exec(entities.constData())
        || (largePages && !connection.exec(newSearchLeaves)) || !connection.exec(setVersion.constData())) {
        connection.exec("ROLLBACK");
        return false;
    }
    return connection.exec("COMMIT");
}

} // namespace storyloom
