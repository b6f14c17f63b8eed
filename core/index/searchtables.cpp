// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/searchtables.h"

#include "core/index/documenttexts.h"
#include "core/index/searchbuilder.h"
#include "core/parse/parseddocument.h"

#include <QSet>
#include <algorithm>

#include <sqlite3.h>

namespace storyloom {

namespace {

/** Adds one search row to a file's fingerprint (see fingerprint()); `body` is bodyDigestOf() the row's body. */
size_t addToFingerprint(size_t hash, const QString &id, const QString &title, int line, quint64 body)
{
    return qHashMulti(hash, id, title, line, body);
}

/** The digest of an entity's body, also when the body itself was left out (see Entity::bodyDigest). */
quint64 bodyDigest(const Entity &e)
{
    return e.bodyDigest != 0 ? e.bodyDigest : bodyDigestOf(e.body);
}

/** Changes whenever anything the search rows of a file hold changes. */
qint64 fingerprint(const std::vector<const Entity *> &entities)
{
    size_t hash = 0;
    for (const Entity *e : entities)
        hash = addToFingerprint(hash, e->id, e->title, e->source.line, bodyDigest(*e));
    return qint64(hash);
}

/** Takes a row's terms out of the search index (it needs the row's old text: the table's content is external). */
SqliteStatement prepareUnindex(const SqliteConnection &c)
{
    return c.prepare("INSERT INTO search(search, rowid, title, headings, body) VALUES('delete', ?1, ?2, ?3, ?4)");
}

/** Puts a row's terms into the search index. */
SqliteStatement prepareIndex(const SqliteConnection &c)
{
    return c.prepare("INSERT INTO search(rowid, title, headings, body) VALUES(?1, ?2, ?3, ?4)");
}

} // namespace

/** Which files' rows a write replaces, and what it needs of their old rows. */
struct SearchTables::Plan
{
    /** The graph's entities, by the file they stand in. */
    QHash<QString, std::vector<const Entity *>> byPath;
    /** Files no longer in the graph: their fingerprints go. */
    QStringList gone;
    /** Files whose rows go (gone, or their entities changed). */
    QStringList removed;
    /** Files whose rows are written, with their new fingerprints. */
    std::vector<std::pair<QString, qint64>> rewritten;
    /** The rows that go, in rowid order. */
    std::vector<qint64> oldRows;
    /** Old rows whose text a new row needs (the graph left it out), by rowid: the file's path. */
    QHash<qint64, QString> wantedRows;
    /** Their texts, by path, once unindexOldRows() read them. */
    QHash<QString, QList<QByteArray>> oldTexts;
};

SearchTables::SearchTables(IndexDatabase &database, const DocumentTexts *texts)
    : m_database(database)
    , m_texts(texts)
{ }

SearchTables::~SearchTables() = default;

QString SearchTables::headingsText(const QList<Heading> &headings)
{
    QStringList texts;
    texts.reserve(headings.size());
    for (const Heading &heading : headings)
        texts.append(heading.text);
    return headingsText(texts);
}

QString SearchTables::headingsText(const QStringList &texts)
{
    QStringList kept = texts;
    kept.removeAll(QString());
    return kept.join(QLatin1Char('\n'));
}

std::optional<int> SearchTables::write(const StoryGraph &graph, SearchBuild build)
{
    m_error = {};
    const bool empty = !m_database.connection().queryInt("SELECT 1 FROM documents LIMIT 1");
    Plan files = plan(graph);
    unindexOldRows(files);
    std::vector<const Entity *> entities;
    std::vector<SearchRow> rows = newRows(files, entities);
    // A builder that could not start (its scratch file could not be made) leaves the rows here.
    if (build == SearchBuild::Apart && empty && !m_error.isSet() && files.oldRows.empty() && !rows.empty()) {
        auto builder = std::make_unique<SearchBuilder>(m_database.connection(), m_database.path(), std::move(rows));
        if (builder->started())
            m_builder = std::move(builder);
        else
            rows = builder->takeRows();
    }
    const std::vector<SearchRow> &toWrite = m_builder ? m_builder->rows() : rows;
    writeRows(toWrite, entities);
    if (!m_builder)
        check(!m_error.isSet() && indexRows(toWrite));
    dropOldRows(files);
    if (m_error.isSet())
        return std::nullopt;
    return int(files.rewritten.size());
}

SearchTables::Plan SearchTables::plan(const StoryGraph &graph)
{
    const SqliteConnection &c = m_database.connection();
    Plan plan;
    for (const Entity &e : graph.entities())
        plan.byPath[e.source.path].push_back(&e);
    QHash<QString, qint64> stored;
    SqliteStatement prints = c.prepare("SELECT path, value FROM fingerprints");
    while (prints.next())
        stored.insert(prints.text(0), prints.int64(1));
    check(!prints.failed());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!plan.byPath.contains(it.key())) {
            plan.gone.append(it.key());
            plan.removed.append(it.key());
        }
    }
    for (auto it = plan.byPath.cbegin(); it != plan.byPath.cend(); ++it) {
        const qint64 print = fingerprint(it.value());
        const auto old = stored.constFind(it.key());
        if (old != stored.cend() && *old == print)
            continue;
        if (old != stored.cend())
            plan.removed.append(it.key());
        plan.rewritten.emplace_back(it.key(), print);
    }
    // Only the rowids are held: a refresh that rewrites every file would hold all their text.
    // But a file whose parse came from the cache has no text in the graph (the cache leaves it
    // out): its old rows' text is kept for its new rows (else the DocumentTexts give it).
    QSet<QString> textWanted;
    for (const auto &[path, print] : plan.rewritten) {
        for (const Entity *e : plan.byPath.value(path)) {
            if (bodyLeftOut(e->body, e->bodyDigest))
                textWanted.insert(path);
        }
    }
    SqliteStatement rowsOf = c.prepare("SELECT rowid FROM documents WHERE path = ?1");
    for (const QString &path : std::as_const(plan.removed)) {
        rowsOf.bind(1, path);
        while (rowsOf.next()) {
            plan.oldRows.push_back(rowsOf.int64(0));
            if (textWanted.contains(path))
                plan.wantedRows.insert(plan.oldRows.back(), path);
        }
        check(!rowsOf.failed());
        rowsOf.reset();
    }
    std::sort(plan.oldRows.begin(), plan.oldRows.end());
    return plan;
}

void SearchTables::unindexOldRows(Plan &plan)
{
    // FTS5 keeps new terms in memory only while rowids rise: a lower one makes it write them out
    // as a segment of its own, which it later merges. So the old rows' terms go out in rowid
    // order, then the new rows (whose rowids are higher) come in: one segment for the whole
    // write. Interleaved per file, in no order, every file became a segment, and the first
    // refresh of 100 files after a first build spent seconds merging them.
    // One row at a time with VALUES: a statement that may need a savepoint (INSERT ... SELECT)
    // also makes FTS5 write out what it holds.
    const SqliteConnection &c = m_database.connection();
    SqliteStatement readRow = c.prepare("SELECT title, headings, body FROM documents WHERE rowid = ?1");
    SqliteStatement unindex = prepareUnindex(c);
    for (const qint64 rowid : plan.oldRows) {
        if (m_error.isSet())
            break;
        readRow.bind(1, rowid);
        if (check(readRow.next()))
            check(unindex.bind(1, rowid)
                    .bind(2, readRow.text(0))
                    .bind(3, readRow.text(1))
                    .bindText(4, readRow.utf8(2))
                    .exec());
        if (!m_error.isSet() && plan.wantedRows.contains(rowid))
            plan.oldTexts[plan.wantedRows.value(rowid)].append(readRow.blob(2));
        readRow.reset();
    }
}

QByteArray SearchTables::bodyOf(const Entity &e, const Plan &plan)
{
    if (!bodyLeftOut(e.body, e.bodyDigest))
        return e.body;
    for (const QByteArray &text : plan.oldTexts.value(e.source.path)) {
        if (bodyDigestOf(text) == e.bodyDigest)
            return text;
    }
    // Only a whole file's entity has its text left out: the text is the file after its front matter.
    const QByteArray body = m_texts ? m_texts->bodyOf(e.source.path) : QByteArray();
    if (bodyDigestOf(body) != e.bodyDigest && !m_error.isSet()) {
        // The file changed since it was read, or the cache lost what its parse promised: only
        // a build from the files can mend that.
        m_error = IndexError::make(SQLITE_CORRUPT, QStringLiteral("the index holds no text for %1").arg(e.source.path));
    }
    return body;
}

std::vector<SearchRow> SearchTables::newRows(const Plan &plan, std::vector<const Entity *> &entities)
{
    // New rows take rowids above every old one, even one about to go (SQLite would reuse the
    // highest), and the old rows leave the table after them (dropOldRows()): a statement that may
    // need a savepoint (that DELETE) comes after every write to FTS5.
    qint64 rowid = m_database.connection().queryInt("SELECT COALESCE(MAX(rowid), 0) FROM documents").value_or(0);
    std::vector<SearchRow> rows;
    for (const auto &[path, print] : plan.rewritten) {
        for (const Entity *e : plan.byPath.value(path)) {
            if (m_error.isSet())
                return rows;
            QByteArray body = bodyOf(*e, plan);
            // The loader's headings: scanning every body again was a good part of a first build.
            QString headings = e->headings ? headingsText(*e->headings) : headingsText(scanHeadings(body));
            entities.push_back(e);
            rows.push_back({ ++rowid, e->title, std::move(headings), std::move(body) });
        }
    }
    return rows;
}

void SearchTables::writeRows(const std::vector<SearchRow> &rows, const std::vector<const Entity *> &entities)
{
    SqliteStatement addDoc = m_database.connection().prepare(
        "INSERT INTO documents(rowid, entity, path, line, title, headings, body) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (size_t i = 0; i < rows.size() && !m_error.isSet(); ++i) {
        const Entity &e = *entities[i];
        const SearchRow &row = rows[i];
        check(addDoc.bind(1, row.rowid)
                .bind(2, e.id)
                .bind(3, e.source.path)
                .bind(4, e.source.line)
                .bind(5, row.title)
                .bind(6, row.headings)
                .bindText(7, row.body)
                .exec());
    }
}

void SearchTables::dropOldRows(const Plan &plan)
{
    const SqliteConnection &c = m_database.connection();
    SqliteStatement dropDoc = c.prepare("DELETE FROM documents WHERE rowid = ?1");
    for (const qint64 old : plan.oldRows)
        check(!m_error.isSet() && dropDoc.bind(1, old).exec());
    SqliteStatement dropPrint = c.prepare("DELETE FROM fingerprints WHERE path = ?1");
    for (const QString &path : std::as_const(plan.gone))
        check(dropPrint.bind(1, path).exec());
    SqliteStatement setPrint = c.prepare("INSERT OR REPLACE INTO fingerprints(path, value) VALUES(?1, ?2)");
    for (const auto &[path, print] : plan.rewritten)
        check(setPrint.bind(1, path).bind(2, print).exec());
}

bool SearchTables::indexRows(const std::vector<SearchRow> &rows)
{
    SqliteStatement add = prepareIndex(m_database.connection());
    for (const SearchRow &row : rows) {
        if (!check(add.bind(1, row.rowid).bind(2, row.title).bind(3, row.headings).bindText(4, row.body).exec()))
            return false;
    }
    return true;
}

bool SearchTables::finishBuild()
{
    if (!m_builder)
        return !m_error.isSet();
    // A build or copy that failed (the scratch file's disk filled, say, or this SQLite refuses
    // writes to FTS5's tables) leaves the rows to this connection, as in a refresh.
    QString failed = m_builder->finish();
    if (failed.isEmpty())
        failed = m_builder->adoptInto(m_database.connection());
    if (failed.isEmpty()) {
        m_database.reopenAfterCommit();
        m_builtApart = true;
    } else {
        (void)indexRows(m_builder->rows());
    }
    m_builder.reset();
    return !m_error.isSet();
}

bool SearchTables::replaceBodies(const std::vector<BodyEdit> &edits)
{
    SqliteConnection &c = m_database.connection();
    struct Row
    {
        qint64 rowid = 0;
        QString entity;
        int line = 0;
        QString title;
        QString headings;
        QByteArray body;
    };
    struct Change
    {
        Row old;
        QString headings;
        const QByteArray *body = nullptr;
        qint64 print = 0;
    };
    std::vector<Change> changes;
    changes.reserve(edits.size());
    SqliteStatement read
        = c.prepare("SELECT rowid, entity, line, title, headings, body FROM documents WHERE path = ?1 ORDER BY rowid");
    for (const BodyEdit &edit : edits) {
        std::vector<Row> rows;
        read.bind(1, edit.path);
        while (read.next())
            rows.push_back(
                { read.int64(0), read.text(1), int(read.int64(2)), read.text(3), read.text(4), read.blob(5) });
        if (read.failed())
            return false;
        read.reset();
        // The fingerprint covers the file's rows in the order write() inserted them (rowid order).
        size_t hash = 0;
        const Row *target = nullptr;
        for (const Row &row : rows) {
            const bool edited = row.entity == edit.entity && !target;
            if (edited)
                target = &row;
            hash = addToFingerprint(hash, row.entity, row.title, row.line, bodyDigestOf(edited ? edit.body : row.body));
        }
        if (!target)
            return false;
        changes.push_back({ *target, headingsText(edit.headings), &edit.body, qint64(hash) });
    }
    // FTS5 keeps new terms in memory only while rowids rise: a lower one makes it write them
    // out as a segment of their own (and a write of the rowid just written, but for its delete).
    // In rowid order, each row's old terms out and new ones in, the whole edit is one segment.
    std::vector<const Change *> byRowid;
    for (const Change &change : changes)
        byRowid.push_back(&change);
    std::sort(
        byRowid.begin(), byRowid.end(), [](const Change *a, const Change *b) { return a->old.rowid < b->old.rowid; });
    SqliteStatement unindex = prepareUnindex(c);
    SqliteStatement index = prepareIndex(c);
    for (const Change *change : byRowid) {
        const Row &old = change->old;
        if (!unindex.bind(1, old.rowid).bind(2, old.title).bind(3, old.headings).bindText(4, old.body).exec()
            || !index.bind(1, old.rowid).bind(2, old.title).bind(3, change->headings).bindText(4, *change->body).exec())
            return false;
    }
    SqliteStatement update = c.prepare("UPDATE documents SET headings = ?2, body = ?3 WHERE rowid = ?1");
    for (const Change &change : changes) {
        if (!update.bind(1, change.old.rowid).bind(2, change.headings).bindText(3, *change.body).exec())
            return false;
    }
    SqliteStatement setPrint = c.prepare("INSERT OR REPLACE INTO fingerprints(path, value) VALUES(?1, ?2)");
    for (size_t i = 0; i < edits.size(); ++i) {
        if (!setPrint.bind(1, edits[i].path).bind(2, changes[i].print).exec())
            return false;
    }
    return true;
}

} // namespace storyloom
