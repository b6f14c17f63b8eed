// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/graphtables.h"

#include "core/index/entityrows.h"
#include "core/index/relationrows.h"
#include "core/index/snapshotcodec.h"
#include "core/index/snapshotreader.h"
#include "core/model/entityfields.h"
#include "core/util/parallel.h"

#include <sqlite3.h>

namespace storyloom {

namespace {

QString attributeText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
        return value.toStringList().join(QLatin1Char('\n'));
    return value.toString();
}

/** Adds one entity field to a fingerprint. */
template<typename T> size_t addEntityField(size_t hash, const T &value)
{
    if constexpr (std::is_same_v<T, SourceLocation>)
        return qHashMulti(hash, value.path, value.line, value.column);
    else if constexpr (std::is_same_v<T, std::optional<double>>)
        return qHashMulti(hash, value.has_value(), value.value_or(0.0));
    else if constexpr (std::is_same_v<T, QVariantMap>) {
        hash = qHashMulti(hash, value.size());
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            hash = qHashMulti(hash, it.key(), it.value().typeId(), attributeText(it.value()));
        return hash;
    } else if constexpr (std::is_enum_v<T>)
        return qHashMulti(hash, int(value));
    else
        return qHashMulti(hash, value);
}

} // namespace

GraphTables::Prints GraphTables::prints(const StoryGraph &graph)
{
    // Also the counts: two graphs that differ only by an entry's place still differ.
    size_t entities = qHash(graph.entities().size());
    size_t relations = qHash(graph.relations().size());
    size_t diagnostics = qHash(graph.diagnostics().size());
    std::vector<quint64> relationPrints;
    // Each on a core of its own: every refresh hashes them all.
    parallelFor(3, [&](int part) {
        if (part == 0) {
            for (const Entity &e : graph.entities())
                visitEntityFields(e, [&entities](const EntityField &, const auto &value) {
                    entities = addEntityField(entities, value);
                });
        } else if (part == 1) {
            relationPrints.reserve(graph.relations().size());
            for (const Relation &r : graph.relations()) {
                relationPrints.push_back(RelationRows::print(r));
                relations = qHashMulti(relations, relationPrints.back());
            }
        } else {
            for (const Diagnostic &d : graph.diagnostics())
                diagnostics = qHashMulti(
                    diagnostics, int(d.severity), d.location.path, d.location.line, d.location.column, d.message);
        }
    });
    const size_t whole = qHashMulti(0, graph.title(), int(graph.format()), entities, relations, diagnostics);
    auto hex = [](size_t hash) { return QString::number(quint64(hash), 16); };
    return { hex(entities), hex(relations), hex(diagnostics), hex(whole), std::move(relationPrints) };
}

std::optional<GraphTables::Pieces> GraphTables::encode(const StoryGraph &graph)
{
    Pieces pieces;
    const bool done = SnapshotCodec::encode(graph, [&pieces](QByteArrayView piece) {
        pieces.push_back(piece.toByteArray());
        return true;
    });
    return done ? std::optional(std::move(pieces)) : std::nullopt;
}

bool GraphTables::write(const StoryGraph &graph, const Prints &prints, std::future<std::optional<Pieces>> *encoding)
{
    m_error = {};
    // Only the tables whose rows changed: an edit of links leaves every entity and attribute
    // row alone.
    const bool complete = m_database.hasSnapshot();
    if (!complete || m_database.meta(MetaKey::GraphEntities) != prints.entities)
        writeEntities(graph);
    if (!m_error.isSet() && (!complete || m_database.meta(MetaKey::GraphRelations) != prints.relations))
        check(RelationRows::write(m_database.connection(), graph.relations(), prints.relationPrints, complete));
    if (!complete || m_database.meta(MetaKey::GraphDiagnostics) != prints.diagnostics)
        writeDiagnostics(graph);
    const std::pair<MetaKey, QString> values[] = { { MetaKey::Title, graph.title() },
        { MetaKey::Layout, QString::number(int(graph.format())) }, { MetaKey::Complete, QStringLiteral("1") },
        { MetaKey::Graph, prints.whole }, { MetaKey::GraphEntities, prints.entities },
        { MetaKey::GraphRelations, prints.relations }, { MetaKey::GraphDiagnostics, prints.diagnostics } };
    for (const auto &[key, value] : values)
        check(m_database.setMeta(key, value));
    writeBlob(graph, encoding);
    return !m_error.isSet();
}

bool GraphTables::writeEntities(const StoryGraph &graph)
{
    SqliteConnection &c = m_database.connection();
    check(c.exec("DELETE FROM entities; DELETE FROM attributes;"));
    SqliteStatement addEntity = c.prepare(EntityRows::insertSql().constData());
    SqliteStatement addAttribute = c.prepare("INSERT INTO attributes(entity, key, value, seq) VALUES(?1, ?2, ?3, ?4)");
    int seq = 0;
    for (const Entity &e : graph.entities()) {
        if (m_error.isSet())
            break;
        EntityRows::bind(addEntity, e, seq++);
        check(addEntity.exec());
        int attributeSeq = 0;
        for (auto it = e.frontMatter.cbegin(); it != e.frontMatter.cend(); ++it)
            check(addAttribute.bind(1, e.id)
                    .bind(2, it.key())
                    .bind(3, attributeText(it.value()))
                    .bind(4, attributeSeq++)
                    .exec());
        for (const QString &owner : e.owners)
            check(addAttribute.bind(1, e.id)
                    .bind(2, QStringLiteral("owner"))
                    .bind(3, owner)
                    .bind(4, attributeSeq++)
                    .exec());
    }
    return !m_error.isSet();
}

bool GraphTables::writeDiagnostics(const StoryGraph &graph)
{
    SqliteConnection &c = m_database.connection();
    check(c.exec("DELETE FROM diagnostics;"));
    SqliteStatement addDiagnostic
        = c.prepare("INSERT INTO diagnostics(seq, severity, path, line, col, message) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    int seq = 0;
    for (const Diagnostic &d : graph.diagnostics()) {
        if (m_error.isSet())
            break;
        check(addDiagnostic.bind(1, seq++)
                .bind(2, int(d.severity))
                .bind(3, d.location.path)
                .bind(4, d.location.line)
                .bind(5, d.location.column)
                .bind(6, d.message)
                .exec());
    }
    return !m_error.isSet();
}

bool GraphTables::writeBlob(const StoryGraph &graph, std::future<std::optional<Pieces>> *encoding)
{
    // The whole graph as one blob for a fast reopen (see SnapshotReader), stored in pieces. A
    // first build stores them as they are encoded: held whole, they came on top of peak memory.
    // A refresh holds them (encoded on another core meanwhile): its peak is far below a first
    // build's.
    SqliteConnection &c = m_database.connection();
    check(c.exec("DELETE FROM snapshot_parts"));
    SqliteStatement addPart = c.prepare("INSERT INTO snapshot_parts(part, data) VALUES(?1, ?2)");
    int part = 0;
    auto addPiece = [&](QByteArrayView piece) { return addPart.bind(1, part++).bindBlobInPlace(2, piece).exec(); };
    if (!encoding) {
        check(!m_error.isSet() && SnapshotCodec::encode(graph, addPiece));
        return !m_error.isSet();
    }
    const std::optional<Pieces> pieces = encoding->get();
    if (!pieces && !m_error.isSet())
        m_error = IndexError::make(SQLITE_ERROR, QStringLiteral("the graph could not be encoded"));
    for (const QByteArray &piece : pieces.value_or(Pieces())) {
        if (m_error.isSet())
            break;
        check(addPiece(piece));
    }
    return !m_error.isSet();
}

Snapshot GraphTables::load(const QString &rootPath)
{
    SnapshotReader::Result read = SnapshotReader::read(m_database.connection(), m_database.path(), rootPath);
    m_corrupt = read.corrupt;
    return std::move(read.snapshot);
}

std::optional<qint64> GraphTables::entityCount() const
{
    return m_database.connection().queryInt("SELECT COUNT(*) FROM entities");
}

QHash<QString, QString> GraphTables::fileEntities() const
{
    QHash<QString, QString> result;
    SqliteStatement rows = m_database.connection().prepare("SELECT path, id FROM entities WHERE own_file = 1");
    while (rows.next())
        result.insert(rows.text(0), rows.text(1));
    return result;
}

} // namespace storyloom
