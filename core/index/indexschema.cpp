// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexschema.h"

#include "core/index/sqliteconnection.h"

#include <QDataStream>
#include <QIODevice>

namespace storyloom {

namespace {

// Version 1: the first schema. Entities and relations are rewritten as a
// whole on each refresh (cheap); the full-text rows are rewritten per file,
// only when that file's entities changed (the expensive part).
constexpr const char *version1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE files(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash BLOB,
    parsed BLOB
);
CREATE TABLE entities(
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    own_file INTEGER NOT NULL,
    state TEXT NOT NULL,
    progress REAL,
    parent TEXT NOT NULL,
    attribute_origin INTEGER NOT NULL,
    attribute_path TEXT NOT NULL,
    attribute_line INTEGER NOT NULL,
    attribute_col INTEGER NOT NULL,
    progress_width INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    extra BLOB
);
CREATE INDEX entities_path ON entities(path);
CREATE TABLE attributes(entity TEXT NOT NULL, key TEXT NOT NULL, value TEXT, seq INTEGER NOT NULL);
CREATE INDEX attributes_entity ON attributes(entity);
CREATE TABLE relations(
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    inferred INTEGER NOT NULL,
    context TEXT NOT NULL
);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
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
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TABLE positions(view TEXT NOT NULL, entity TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL, PRIMARY KEY(view, entity)) WITHOUT ROWID;
)sql";

// Version 2: graph layouts live here (they were a JSON file beside the
// index). A view is one filter of the graph view; its positions are kept per
// entity, so a changed graph keeps the places of the nodes it still has and
// only new nodes need placing. `used` orders views for pruning.
constexpr const char *version2 = R"sql(
ALTER TABLE positions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
CREATE TABLE layouts(view TEXT PRIMARY KEY, used INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO layouts(view, used) SELECT DISTINCT view, 0 FROM positions;
)sql";

// Version 3: no indexes on entity, attribute and relation columns: the graph
// is read whole, never looked up by them, and keeping them up to date cost
// every write. (The FTS5 prefix indexes stay: they nearly double the cost of
// building the text index, but make three-letter type-ahead several times
// faster at the 95th percentile.)
constexpr const char *version3 = R"sql(
DROP INDEX IF EXISTS entities_path;
DROP INDEX IF EXISTS attributes_entity;
DROP INDEX IF EXISTS relations_source;
DROP INDEX IF EXISTS relations_target;
)sql";

// Version 4: FTS5 keeps up to 16 MB of new terms in memory before it writes
// them out as a segment (1 MB by default). A first build then writes and
// merges far fewer segments, for a little more peak memory; a larger setting
// saved no more time and raised the peak (docs/performance.md). The setting is
// stored in the table's config.
constexpr const char *version4 = R"sql(
INSERT INTO search(search, rank) VALUES('hashsize', 16777216);
)sql";

// Version 5: the whole graph as one blob (SnapshotCodec), in pieces of about
// 1 MB, written with the rows: a reopen decodes it in about half the time
// stepping through the rows took.
constexpr const char *version5 = R"sql(
CREATE TABLE IF NOT EXISTS snapshot_parts(part INTEGER PRIMARY KEY, data BLOB NOT NULL);
)sql";

// Version 6: one prefix index, for three letters, where there were two (two
// and three letters). Every word of the text goes into the in-memory terms of
// FTS5 once per index, and writing them was the largest part of a first build
// (docs/performance.md has the cost of each). Type-ahead asks for a prefix from three letters
// on (Searcher::normaliseQuery()); a shorter one typed with `*` still works,
// by a scan of the terms. The rows stay; the new table is built from them.
constexpr const char *version6 = R"sql(
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5(
    title, headings, body,
    content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='3'
);
INSERT INTO search(search, rank) VALUES('hashsize', 16777216);
INSERT INTO search(search) VALUES('rebuild');
)sql";

// Version 7: a file's body in a column of its own, after the parse (IndexParseCache), so
// reading every cached parse for a graph-changing refresh no longer reads the text too.
// Parses of the older format are not read; the next refresh parses every file again.
constexpr const char *version7 = R"sql(
ALTER TABLE files ADD COLUMN body BLOB;
)sql";

// Version 8: each relation's print (RelationRows::print()), so a refresh rewrites only the
// relations that changed, and leaves the others where their rowids put them in the graph's
// order. Rows from before have print 0: the first graph-changing refresh writes them anew.
// From now on only the rowid order is the graph's: `seq` is an entry's place when its row was
// written, and rows kept since keep theirs.
constexpr const char *version8 = R"sql(
ALTER TABLE relations ADD COLUMN print INTEGER NOT NULL DEFAULT 0;
)sql";

// A new database has 16 KB pages (SQLite's default is 4 KB), and FTS5 writes leaves that fill
// one (`pgsz`; its default is about 4 KB). The search index is most of what a first build
// writes: in alternating cold builds every one with these was faster, with less system time,
// for a slightly larger file (docs/performance.md). A database made before keeps its pages and FTS5's default leaves
// (changing the page size needs a VACUUM of the whole file, and larger leaves on small pages would only spill): both
// read and write the same.
constexpr int newPageSize = 16384;
constexpr const char *newSearchLeaves = "INSERT INTO search(search, rank) VALUES('pgsz', 16000)";

// Version 9: no body column in `files`. The text was kept twice, there and in `documents` (a
// fifth of the file each). A file whose parse comes from the
// cache and whose search rows are written again (say, SUMMARY.md retitled it) takes its text
// from its old search rows, or else from the file itself (IndexDatabase::writeDocuments()).
constexpr const char *version9 = R"sql(
ALTER TABLE files DROP COLUMN body;
)sql";

// Version 10: a relation's provenance is kept in `inferred` (0 declared, 1 extracted, 2
// derived: rows from before read as they meant), and a derived relation's chain in a column of
// its own (ids and kinds separated by U+001F).
constexpr const char *version10 = R"sql(
ALTER TABLE relations ADD COLUMN chain TEXT NOT NULL DEFAULT '';
)sql";

// Steps[i] takes a database from version i to i + 1.
constexpr const char *steps[]
    = { version1, version2, version3, version4, version5, version6, version7, version8, version9, version10 };
static_assert(std::size(steps) == IndexSchema::latest);

} // namespace

QString IndexSchema::meta(const SqliteConnection &connection, const char *key)
{
    SqliteStatement statement = connection.prepare("SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, QString::fromLatin1(key));
    return statement.next() ? statement.text(0) : QString();
}

QByteArray IndexSchema::encodeEntityExtra(const Entity &entity)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_5);
    stream << entity.owners << entity.frontMatter;
    return bytes;
}

IndexSchema::EntityExtra IndexSchema::decodeEntityExtra(QByteArrayView bytes)
{
    EntityExtra extra;
    const QByteArray data = QByteArray::fromRawData(bytes.data(), bytes.size());
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_5);
    stream >> extra.owners >> extra.frontMatter;
    return extra;
}

void IndexSchema::prepareNewFile(SqliteConnection &connection)
{
    if (connection.queryInt("SELECT COUNT(*) FROM sqlite_schema").value_or(1) == 0)
        (void)connection.exec(QByteArray("PRAGMA page_size = " + QByteArray::number(newPageSize)).constData());
}

bool IndexSchema::migrate(SqliteConnection &connection, int from)
{
    for (int version = from; version < latest; ++version) {
        if (!connection.exec("BEGIN IMMEDIATE"))
            return false;
        // Another process may have migrated while we waited for the lock.
        const int current = int(connection.queryInt("PRAGMA user_version").value_or(-1));
        if (current > version) {
            connection.exec("COMMIT");
            version = current - 1;
            continue;
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version + 1);
        if (!connection.exec(steps[version]) || !connection.exec(setVersion.constData())) {
            connection.exec("ROLLBACK");
            return false;
        }
        if (!connection.exec("COMMIT"))
            return false;
    }
    // Leaves that fill a page, where the pages are large (a database just made has them).
    if (from == 0 && connection.queryInt("PRAGMA page_size").value_or(0) >= newPageSize)
        return connection.exec(newSearchLeaves);
    return true;
}

} // namespace storyloom
