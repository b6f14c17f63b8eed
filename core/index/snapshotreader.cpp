// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/snapshotreader.h"

#include "core/index/entityrows.h"
#include "core/index/indexschema.h"
#include "core/index/snapshotcodec.h"
#include "core/index/sqliteconnection.h"
#include "core/index/textpool.h"

#include <thread>

namespace storyloom {

namespace {

/** A thread joined when it goes out of scope (also on an early return). */
class JoiningThread
{
public:
    explicit JoiningThread(std::thread thread)
        : m_thread(std::move(thread))
    { }
    ~JoiningThread() { join(); }
    JoiningThread(const JoiningThread &) = delete;
    JoiningThread &operator=(const JoiningThread &) = delete;
    void join()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

/** The relations with rowid in (after, upTo], in rowid order; nullopt when reading failed. */
std::optional<std::vector<Relation>> readRelations(
    const SqliteConnection &connection, TextPool &pool, qint64 after, qint64 upTo)
{
    std::vector<Relation> relations;
    // Rowids are spread apart (RelationRows): count the rows rather than the rowids.
    SqliteStatement count = connection.prepare("SELECT COUNT(*) FROM relations WHERE rowid > ?1 AND rowid <= ?2");
    if (count.bind(1, after).bind(2, upTo).next())
        relations.reserve(size_t(std::max<qint64>(0, count.int64(0))));
    SqliteStatement rel
        = connection.prepare("SELECT kind, source, target, path, line, col, provenance, context, chain FROM relations"
                             " WHERE rowid > ?1 AND rowid <= ?2 ORDER BY rowid");
    rel.bind(1, after).bind(2, upTo);
    while (rel.next()) {
        Relation r;
        r.kind = relationKindFromString(pool.text(rel, 0)).value_or(RelationKind::Links);
        r.from = pool.text(rel, 1);
        r.to = pool.text(rel, 2);
        r.source = { pool.text(rel, 3), int(rel.int64(4)), int(rel.int64(5)) };
        r.provenance = Provenance(std::clamp<qint64>(rel.int64(6), 0, qint64(Provenance::Derived)));
        r.context = rel.text(7);
        if (const QString chain = rel.text(8); !chain.isEmpty())
            r.chain = chain.split(u'\x1f');
        relations.push_back(std::move(r));
    }
    if (rel.failed())
        return std::nullopt;
    return relations;
}

} // namespace

SnapshotReader::Result SnapshotReader::read(
    const SqliteConnection &connection, const QString &databasePath, const QString &rootPath)
{
    Result result;
    auto failed = [&result](const SqliteStatement &statement) {
        if (statement.failed() && isCorruptionCode(statement.resultCode()))
            result.corrupt = true;
        return statement.failed();
    };
    auto corrupted = [&result, &connection] {
        result.corrupt = isCorruptionCode(connection.lastErrorCode());
        return result;
    };
    // One read transaction: a concurrent writer's commit cannot mix two states.
    if (!const_cast<SqliteConnection &>(connection).exec("BEGIN"))
        return corrupted();
    struct EndRead
    {
        SqliteConnection &c;
        ~EndRead() { c.exec("COMMIT"); }
    } endRead { const_cast<SqliteConnection &>(connection) };

    if (IndexSchema::meta(connection, MetaKey::Complete) != QLatin1StringView("1"))
        return result;
    const QString title = IndexSchema::meta(connection, MetaKey::Title);
    const int layout = IndexSchema::meta(connection, MetaKey::Layout).toInt();
    const QString graphPrint = IndexSchema::meta(connection, MetaKey::Graph);

    // The whole graph as one blob, written with the rows in the same transaction (see SnapshotCodec).
    {
        SqliteStatement parts = connection.prepare("SELECT data FROM snapshot_parts ORDER BY part");
        QByteArray blob;
        while (parts.next())
            blob.append(parts.blob(0));
        if (failed(parts))
            return result;
        if (!blob.isEmpty()) {
            result.snapshot = SnapshotCodec::decode(blob, rootPath);
            if (result.snapshot)
                return result;
        }
    }

    // Relations are most of the rows: a second connection reads the later half meanwhile.
    // It reads its own transaction, so it is used only if it saw the same graph.
    const qint64 lastRelation = connection.queryInt("SELECT MAX(rowid) FROM relations").value_or(0);
    const qint64 half = lastRelation / 2;
    struct Tail
    {
        std::optional<std::vector<Relation>> relations;
        QString graphPrint;
    } tail;
    JoiningThread tailReader(std::thread([&databasePath, &tail, half, lastRelation] {
        SqliteConnection second;
        if (!second.open(databasePath, SqliteConnection::Mode::ReadOnly, IndexSchema::busyTimeoutMs)
            || !second.exec("BEGIN"))
            return;
        tail.graphPrint = IndexSchema::meta(second, MetaKey::Graph);
        TextPool own;
        tail.relations = readRelations(second, own, half, lastRelation);
        second.exec("COMMIT");
    }));

    // Rows come in rowid order, which is the order write() inserted them in (seq):
    // sorting every relation by seq took a good part of a reopen.
    TextPool pool;
    std::vector<Entity> entities;
    std::vector<QByteArray> extras;
    if (const auto count = connection.queryInt("SELECT MAX(rowid) FROM entities")) {
        entities.reserve(size_t(*count));
        extras.reserve(size_t(*count));
    }
    SqliteStatement rows = connection.prepare(EntityRows::selectSql().constData());
    while (rows.next()) {
        QByteArray extra;
        entities.push_back(EntityRows::read(rows, pool, extra));
        extras.push_back(std::move(extra));
    }
    if (failed(rows))
        return result;
    // Owners and front matter (a QVariantMap each) decode on another thread while this one reads the relations.
    JoiningThread extrasDecoder(std::thread([&entities, &extras] { EntityRows::decodeExtras(entities, extras); }));

    std::optional<std::vector<Relation>> relations = readRelations(connection, pool, 0, half);
    if (!relations)
        return corrupted();

    Diagnostics diagnostics;
    SqliteStatement diag
        = connection.prepare("SELECT severity, path, line, col, message FROM diagnostics ORDER BY rowid");
    while (diag.next()) {
        Diagnostic d;
        d.severity = Diagnostic::Severity(diag.int64(0));
        d.location = { diag.text(1), int(diag.int64(2)), int(diag.int64(3)) };
        d.message = diag.text(4);
        diagnostics.append(std::move(d));
    }
    if (failed(diag))
        return result;
    tailReader.join();
    if (!tail.relations || tail.graphPrint != graphPrint)
        tail.relations = readRelations(connection, pool, half, lastRelation);
    if (!tail.relations)
        return corrupted();
    relations->insert(relations->end(), std::make_move_iterator(tail.relations->begin()),
        std::make_move_iterator(tail.relations->end()));
    extrasDecoder.join();
    result.snapshot = std::make_shared<const StoryGraph>(
        rootPath, title, ProjectFormat(layout), std::move(entities), std::move(*relations), std::move(diagnostics));
    return result;
}

} // namespace storyloom
