// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/snapshotcodec.h"

#include "core/index/entityrows.h"
#include "core/model/entityfields.h"
#include "core/util/bytereader.h"

#include <QCryptographicHash>
#include <QHash>
#include <thread>

namespace storyloom {

namespace {

// Bump when the layout below changes: an older blob is then ignored (the rows are read instead).
constexpr char magic[4] = { 'S', 'L', 'G', '1' };
constexpr quint32 version = 2;

/**
 * Appends fixed-size numbers (host byte order: the blob never leaves this
 * machine's cache) and byte strings, passing full pieces on to the sink. The
 * string table goes last, its place in a trailer, so nothing has to be
 * written before it is known.
 */
class Writer
{
public:
    explicit Writer(const SnapshotCodec::Sink &sink)
        : m_sink(sink)
    {
        m_bytes.reserve(pieceSize + 4096);
        m_bytes.append(magic, sizeof magic);
        put(version);
    }
    template<typename T> void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        append(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
    }
    void putBytes(QByteArrayView bytes)
    {
        put(quint32(bytes.size()));
        append(bytes);
    }
    void putText(const QString &text) { putBytes(text.toUtf8()); }
    /** Repeated strings (ids, paths) go into the table once; here only their number. */
    void putShared(const QString &text)
    {
        auto it = m_shared.constFind(text);
        if (it == m_shared.cend()) {
            it = m_shared.insert(text, quint32(m_sharedOrder.size()));
            m_sharedOrder.push_back(text);
        }
        put(*it);
    }
    void putLocation(const SourceLocation &where)
    {
        putShared(where.path);
        put(qint32(where.line));
        put(qint32(where.column));
    }
    /** An entity field (see visitEntityFields()); lists and maps go into the entity's extra blob instead. */
    template<typename T> void putField(const EntityField &field, const T &value)
    {
        if constexpr (std::is_same_v<T, QString>) {
            if (field.repeats == Repeats::Yes)
                putShared(value);
            else
                putText(value);
        } else if constexpr (std::is_same_v<T, SourceLocation>) {
            putLocation(value);
        } else if constexpr (std::is_same_v<T, std::optional<double>>) {
            put(quint8(value.has_value()));
            put(value.value_or(0.0));
        } else if constexpr (std::is_same_v<T, bool>) {
            put(quint8(value));
        } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            put(qint32(value));
        } else {
            static_assert(isExtraField<T>, "an entity field the snapshot blob cannot store");
        }
    }
    /**
     * Appends the string table and the trailer (where the table starts, and a
     * checksum of all before the trailer); false when the sink stopped at any point.
     */
    bool finish()
    {
        const quint64 table = m_written + quint64(m_bytes.size());
        put(quint32(m_sharedOrder.size()));
        for (const QString &text : m_sharedOrder)
            putText(text);
        flush();
        m_bytes.append(reinterpret_cast<const char *>(&table), sizeof table);
        m_bytes.append(m_checksum.result());
        m_checksummed = false;
        return flush();
    }

private:
    static constexpr qsizetype pieceSize = 1 << 20;

    void append(QByteArrayView bytes)
    {
        m_bytes.append(bytes);
        if (m_bytes.size() >= pieceSize)
            flush();
    }
    bool flush()
    {
        if (m_checksummed)
            m_checksum.addData(m_bytes);
        if (m_ok && !m_bytes.isEmpty())
            m_ok = m_sink(m_bytes);
        m_written += quint64(m_bytes.size());
        m_bytes.resize(0);
        return m_ok;
    }

    const SnapshotCodec::Sink &m_sink;
    QByteArray m_bytes;
    quint64 m_written = 0;
    bool m_ok = true;
    // SQLite checks its pages' structure, not the bytes of a blob: damage inside one must not decode.
    QCryptographicHash m_checksum { QCryptographicHash::Sha1 };
    bool m_checksummed = true;
    QHash<QString, quint32> m_shared;
    std::vector<QString> m_sharedOrder;
};

/** Reads what Writer wrote, its shared strings by their number in the table. */
class Reader : public ByteReader
{
public:
    using ByteReader::ByteReader;
    /** Reads the string table from `bytes` (all of them, nothing after it). */
    bool readShared(QByteArrayView bytes)
    {
        ByteReader table(bytes);
        const quint32 count = table.getCount(4);
        m_shared.reserve(count);
        for (quint32 i = 0; i < count && !table.failed(); ++i)
            m_shared.push_back(table.getText());
        return !table.failed() && table.atEnd();
    }
    QString getShared()
    {
        const quint32 index = get<quint32>();
        if (index >= m_shared.size()) {
            fail();
            return {};
        }
        return m_shared[index];
    }
    SourceLocation getLocation()
    {
        SourceLocation where;
        where.path = getShared();
        where.line = get<qint32>();
        where.column = get<qint32>();
        return where;
    }

    /** Reads what Writer::putField() wrote. */
    template<typename T> void getField(const EntityField &field, T &value)
    {
        if constexpr (std::is_same_v<T, QString>) {
            value = field.repeats == Repeats::Yes ? getShared() : getText();
        } else if constexpr (std::is_same_v<T, SourceLocation>) {
            value = getLocation();
        } else if constexpr (std::is_same_v<T, std::optional<double>>) {
            const bool has = get<quint8>() != 0;
            const double number = get<double>();
            if (has)
                value = number;
        } else if constexpr (std::is_same_v<T, bool>) {
            value = get<quint8>() != 0;
        } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
            value = T(get<qint32>());
        }
    }

private:
    std::vector<QString> m_shared;
};

} // namespace

QByteArray SnapshotCodec::encode(const StoryGraph &graph)
{
    QByteArray whole;
    encode(graph, [&whole](QByteArrayView piece) {
        whole.append(piece);
        return true;
    });
    return whole;
}

bool SnapshotCodec::encode(const StoryGraph &graph, const Sink &sink)
{
    Writer w(sink);
    w.putText(graph.title());
    w.put(qint32(graph.format()));
    w.put(quint32(graph.entities().size()));
    for (const Entity &e : graph.entities()) {
        visitEntityFields(e, [&w](const EntityField &field, const auto &value) { w.putField(field, value); });
        w.putBytes(EntityRows::encodeExtra(e));
    }
    w.put(quint32(graph.relations().size()));
    for (const Relation &r : graph.relations()) {
        w.put(qint32(r.kind));
        w.putShared(r.from);
        w.putShared(r.to);
        w.putLocation(r.source);
        w.put(quint8(r.provenance));
        w.putText(r.context);
        w.putText(r.chain.join(u'\x1f'));
    }
    w.put(quint32(graph.diagnostics().size()));
    for (const Diagnostic &d : graph.diagnostics()) {
        w.put(qint32(d.severity));
        w.putLocation(d.location);
        w.putText(d.message);
    }
    return w.finish();
}

Snapshot SnapshotCodec::decode(QByteArrayView bytes, const QString &rootPath)
{
    constexpr qsizetype headerSize = sizeof magic + sizeof version;
    const qsizetype checksumSize = QCryptographicHash::hashLength(QCryptographicHash::Sha1);
    const qsizetype trailerSize = qsizetype(sizeof(quint64)) + checksumSize;
    if (bytes.size() < headerSize + trailerSize || std::memcmp(bytes.data(), magic, sizeof magic) != 0)
        return nullptr;
    const qsizetype content = bytes.size() - trailerSize;
    if (QCryptographicHash::hash(bytes.first(content), QCryptographicHash::Sha1) != bytes.last(checksumSize))
        return nullptr;
    const quint32 blobVersion = Reader(bytes.sliced(sizeof magic, sizeof version)).get<quint32>();
    const quint64 table = Reader(bytes.sliced(content, sizeof(quint64))).get<quint64>();
    if (blobVersion != version || table < quint64(headerSize) || table > quint64(content))
        return nullptr;
    Reader r(bytes.sliced(headerSize, qsizetype(table) - headerSize));
    if (!r.readShared(bytes.sliced(qsizetype(table), content - qsizetype(table))))
        return nullptr;
    const QString title = r.getText();
    const auto layout = ProjectFormat(r.get<qint32>());

    std::vector<Entity> entities(r.getCount(74));
    std::vector<QByteArrayView> extras(entities.size());
    for (size_t i = 0; i < entities.size() && !r.failed(); ++i) {
        Entity &e = entities[i];
        visitEntityFields(e, [&r](const EntityField &field, auto &value) { r.getField(field, value); });
        extras[i] = r.getBytes();
    }
    if (r.failed())
        return nullptr;
    // Owners and front matter (a QVariantMap each) decode on another thread while this one reads the relations.
    std::thread extrasDecoder([&entities, &extras] { EntityRows::decodeExtras(entities, extras); });
    std::vector<Relation> relations(r.getCount(29));
    for (Relation &relation : relations) {
        if (r.failed())
            break;
        relation.kind = RelationKind(r.get<qint32>());
        relation.from = r.getShared();
        relation.to = r.getShared();
        relation.source = r.getLocation();
        relation.provenance = Provenance(std::min<quint8>(r.get<quint8>(), quint8(Provenance::Derived)));
        relation.context = r.getText();
        if (const QString chain = r.getText(); !chain.isEmpty())
            relation.chain = chain.split(u'\x1f');
    }
    Diagnostics diagnostics;
    const quint32 diagnosticCount = r.getCount(20);
    diagnostics.reserve(diagnosticCount);
    for (quint32 i = 0; i < diagnosticCount && !r.failed(); ++i) {
        Diagnostic d;
        d.severity = Diagnostic::Severity(r.get<qint32>());
        d.location = r.getLocation();
        d.message = r.getText();
        diagnostics.append(std::move(d));
    }
    extrasDecoder.join();
    if (r.failed() || !r.atEnd())
        return nullptr;
    return std::make_shared<const StoryGraph>(
        rootPath, title, layout, std::move(entities), std::move(relations), std::move(diagnostics));
}

} // namespace storyloom
