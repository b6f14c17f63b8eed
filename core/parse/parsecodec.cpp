// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/parsecodec.h"

#include "core/util/bytereader.h"

#include <QDataStream>
#include <QIODevice>
#include <type_traits>

namespace storyloom {

namespace {

// Bump when the layout below changes: older entries then miss and are parsed again.
// Format 3: text as UTF-8, not compressed. (Format 2 compressed QDataStream's UTF-16 with zlib:
// a third of the size, but compressing cost more than it saved.) Format 4: paragraphs
// keep their text only (their links are the document's). Format 5: front-matter key lines are a
// QMap, list items' Markdown is UTF-8. Format 6: the body is kept apart (in files.body; since
// index schema 9 only in the search rows), the parse keeps its digest. Format 7: the parse says
// whether the graph reads its body (ParsedDocument::bodyRead). Format 8: this codec instead of
// QDataStream, which decoded the cached parses of a graph-changing refresh at less than half
// the speed (docs/performance.md). Format 9: a null byte array is told from an
// empty one (format 8 read an empty list item's Markdown back as null, so its digest never matched again).
// Format 10: same layout, but a file with conflict markers now parses with an error that older entries lack.
constexpr quint32 format = 0x534c000a;

// Front-matter values are what parseFrontMatter() makes of YAML; anything else goes through QDataStream.
enum class VariantTag : quint8 { Invalid, String, Double, Bool, List, Map, Other };
// Deeper than parseFrontMatter() ever nests: only damaged bytes go past it.
constexpr int maxVariantDepth = 256;

class Writer
{
public:
    explicit Writer(qsizetype expected) { m_bytes.reserve(expected); }

    template<typename T> void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void putBytes(QByteArrayView bytes)
    {
        put(quint32(bytes.size()));
        m_bytes.append(bytes);
    }
    void putText(const QString &text) { putBytes(text.toUtf8()); }
    void putCount(qsizetype count) { put(quint32(count)); }
    [[nodiscard]] QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

// A null array is told from an empty one, as QDataStream does: structureFingerprint() streams
// them, and a cached parse must digest as the fresh one did (TextEdits compares the two).
constexpr quint32 nullBytes = 0xffffffff;

void putByteArray(Writer &w, const QByteArray &bytes)
{
    if (bytes.isNull())
        w.put(nullBytes);
    else
        w.putBytes(bytes);
}

QByteArray getByteArray(ByteReader &r)
{
    const quint32 size = r.get<quint32>();
    if (size == nullBytes)
        return QByteArray();
    const QByteArrayView bytes = r.take(qsizetype(size));
    return QByteArray(bytes.data() ? bytes.data() : "", bytes.size()); // empty, not null
}

void write(Writer &w, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        w.put(VariantTag::Invalid);
        return;
    case QMetaType::QString:
        w.put(VariantTag::String);
        w.putText(get<QString>(value));
        return;
    case QMetaType::Double:
        w.put(VariantTag::Double);
        w.put(get<double>(value));
        return;
    case QMetaType::Bool:
        w.put(VariantTag::Bool);
        w.put(quint8(get<bool>(value)));
        return;
    case QMetaType::QVariantList: {
        const QVariantList &items = get<QVariantList>(value);
        w.put(VariantTag::List);
        w.putCount(items.size());
        for (const QVariant &item : items)
            write(w, item);
        return;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap &map = get<QVariantMap>(value);
        w.put(VariantTag::Map);
        w.putCount(map.size());
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            w.putText(it.key());
            write(w, it.value());
        }
        return;
    }
    default: {
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_5);
        stream << value;
        w.put(VariantTag::Other);
        w.putBytes(bytes);
        return;
    }
    }
}

QVariant readVariant(ByteReader &r, int depth)
{
    if (depth > maxVariantDepth) {
        r.fail();
        return {};
    }
    switch (r.get<VariantTag>()) {
    case VariantTag::Invalid:
        return {};
    case VariantTag::String:
        return r.getText();
    case VariantTag::Double:
        return r.get<double>();
    case VariantTag::Bool:
        return r.get<quint8>() != 0;
    case VariantTag::List: {
        QVariantList items;
        const qsizetype count = r.getCount(1);
        items.reserve(count);
        for (qsizetype i = 0; i < count && !r.failed(); ++i)
            items.append(readVariant(r, depth + 1));
        return items;
    }
    case VariantTag::Map: {
        QVariantMap map;
        const qsizetype count = r.getCount(5);
        for (qsizetype i = 0; i < count && !r.failed(); ++i) {
            const QString key = r.getText();
            map.insert(key, readVariant(r, depth + 1));
        }
        return map;
    }
    case VariantTag::Other: {
        const QByteArray bytes = r.getBytes().toByteArray();
        QDataStream stream(bytes);
        stream.setVersion(QDataStream::Qt_6_5);
        QVariant value;
        stream >> value;
        if (stream.status() != QDataStream::Ok)
            r.fail();
        return value;
    }
    }
    r.fail();
    return {};
}

// The overloads the list templates below call, declared before them: they live in this
// unnamed namespace, where argument-dependent lookup would not find them.
void write(Writer &w, const QString &text);
void read(ByteReader &r, QString &text);
void write(Writer &w, const Link &l);
void read(ByteReader &r, Link &l);
void write(Writer &w, const Heading &h);
void read(ByteReader &r, Heading &h);
void write(Writer &w, const TableCell &c);
void read(ByteReader &r, TableCell &c);
void write(Writer &w, const TableRow &row);
void read(ByteReader &r, TableRow &row);
void write(Writer &w, const Table &t);
void read(ByteReader &r, Table &t);
void write(Writer &w, const ListItem &i);
void read(ByteReader &r, ListItem &i);
void write(Writer &w, const Paragraph &p);
void read(ByteReader &r, Paragraph &p);
void write(Writer &w, const Diagnostic &d);
void read(ByteReader &r, Diagnostic &d);

template<typename T> void write(Writer &w, const QList<T> &items)
{
    w.putCount(items.size());
    for (const T &item : items)
        write(w, item);
}

/** Reads a list written by write(); `entrySize` is the fewest bytes one entry takes. */
template<typename T> void read(ByteReader &r, QList<T> &items, qsizetype entrySize)
{
    const qsizetype count = r.getCount(entrySize);
    items.clear();
    items.reserve(count);
    for (qsizetype i = 0; i < count && !r.failed(); ++i)
        read(r, items.emplace_back());
}

void write(Writer &w, const Link &l)
{
    w.putText(l.url);
    w.putText(l.text);
    w.put(qint32(l.line));
    w.put(qint32(l.heading));
    w.putText(l.context);
}
void read(ByteReader &r, Link &l)
{
    l.url = r.getText();
    l.text = r.getText();
    l.line = r.get<qint32>();
    l.heading = r.get<qint32>();
    l.context = r.getText();
}

void write(Writer &w, const Heading &h)
{
    w.put(qint32(h.level));
    w.putText(h.text);
    w.put(qint32(h.line));
    w.putText(h.anchor);
}
void read(ByteReader &r, Heading &h)
{
    h.level = r.get<qint32>();
    h.text = r.getText();
    h.line = r.get<qint32>();
    h.anchor = r.getText();
}

void write(Writer &w, const TableCell &c)
{
    w.putText(c.text);
    write(w, c.links);
}
void read(ByteReader &r, TableCell &c)
{
    c.text = r.getText();
    read(r, c.links, 20);
}

void write(Writer &w, const TableRow &row)
{
    w.put(qint32(row.line));
    write(w, row.cells);
}
void read(ByteReader &r, TableRow &row)
{
    row.line = r.get<qint32>();
    read(r, row.cells, 8);
}

void write(Writer &w, const Table &t)
{
    w.put(qint32(t.line));
    w.put(qint32(t.heading));
    write(w, t.header);
    write(w, t.rows);
}
void read(ByteReader &r, Table &t)
{
    t.line = r.get<qint32>();
    t.heading = r.get<qint32>();
    read(r, t.header);
    read(r, t.rows, 8);
}

void write(Writer &w, const ListItem &i)
{
    w.put(qint32(i.line));
    w.put(qint32(i.depth));
    w.put(qint32(i.parent));
    w.put(qint32(i.heading));
    w.putText(i.text);
    putByteArray(w, i.markdown);
    write(w, i.links);
}
void read(ByteReader &r, ListItem &i)
{
    i.line = r.get<qint32>();
    i.depth = r.get<qint32>();
    i.parent = r.get<qint32>();
    i.heading = r.get<qint32>();
    i.text = r.getText();
    i.markdown = getByteArray(r);
    read(r, i.links, 20);
}

void write(Writer &w, const Paragraph &p)
{
    w.put(qint32(p.line));
    w.put(qint32(p.heading));
    putByteArray(w, p.text);
}
void read(ByteReader &r, Paragraph &p)
{
    p.line = r.get<qint32>();
    p.heading = r.get<qint32>();
    p.text = getByteArray(r);
}

void write(Writer &w, const Diagnostic &d)
{
    w.put(qint32(d.severity));
    w.putText(d.location.path);
    w.put(qint32(d.location.line));
    w.put(qint32(d.location.column));
    w.putText(d.message);
}
void read(ByteReader &r, Diagnostic &d)
{
    const qint32 severity = r.get<qint32>();
    if (severity < qint32(Diagnostic::Severity::Error) || severity > qint32(Diagnostic::Severity::Note))
        r.fail();
    d.severity = Diagnostic::Severity(severity);
    d.location.path = r.getText();
    d.location.line = r.get<qint32>();
    d.location.column = r.get<qint32>();
    d.message = r.getText();
}

void write(Writer &w, const QString &text)
{
    w.putText(text);
}
void read(ByteReader &r, QString &text)
{
    text = r.getText();
}

void write(Writer &w, const FrontMatter &f)
{
    w.put(quint8(f.present));
    w.put(qint64(f.blockLength));
    w.put(qint32(f.lineCount));
    write(w, f.keys);
    w.putCount(f.values.size());
    for (auto it = f.values.cbegin(); it != f.values.cend(); ++it) {
        w.putText(it.key());
        write(w, it.value());
    }
    w.putCount(f.keyLines.size());
    for (auto it = f.keyLines.cbegin(); it != f.keyLines.cend(); ++it) {
        w.putText(it.key());
        w.put(qint32(it.value()));
    }
    w.put(quint8(f.error.has_value()));
    if (f.error)
        write(w, *f.error);
}
void read(ByteReader &r, FrontMatter &f)
{
    f.present = r.get<quint8>() != 0;
    f.blockLength = r.get<qint64>();
    f.lineCount = r.get<qint32>();
    read(r, f.keys, 4);
    const qsizetype values = r.getCount(5);
    for (qsizetype i = 0; i < values && !r.failed(); ++i) {
        const QString key = r.getText();
        f.values.insert(key, readVariant(r, 0));
    }
    const qsizetype lines = r.getCount(8);
    for (qsizetype i = 0; i < lines && !r.failed(); ++i) {
        const QString key = r.getText();
        f.keyLines.insert(key, r.get<qint32>());
    }
    if (r.get<quint8>() != 0) {
        Diagnostic error;
        read(r, error);
        f.error = error;
    }
}

} // namespace

QByteArray ParseCodec::encode(const ParsedDocument &d, bool withBody)
{
    // About what its items and links take: a parse is much smaller than its text, since
    // only morals keep their paragraphs.
    Writer w(d.body.size() / 2 + 256);
    w.put(format);
    write(w, d.frontMatter);
    putByteArray(w, withBody ? d.body : QByteArray());
    w.put(quint64(d.bodyDigest));
    w.put(quint8(d.bodyRead));
    w.putText(d.firstHeading);
    w.put(qint32(d.firstHeadingLine));
    write(w, d.headings);
    write(w, d.links);
    write(w, d.tables);
    write(w, d.listItems);
    write(w, d.paragraphs);
    write(w, d.diagnostics);
    return w.take();
}

std::optional<ParsedDocument> ParseCodec::decode(QByteArrayView bytes)
{
    ByteReader r(bytes);
    if (r.get<quint32>() != format || r.failed())
        return std::nullopt;
    ParsedDocument d;
    read(r, d.frontMatter);
    d.body = getByteArray(r);
    d.bodyDigest = r.get<quint64>();
    d.bodyRead = r.get<quint8>() != 0;
    d.firstHeading = r.getText();
    d.firstHeadingLine = r.get<qint32>();
    read(r, d.headings, 16);
    read(r, d.links, 20);
    read(r, d.tables, 20);
    read(r, d.listItems, 28);
    read(r, d.paragraphs, 12);
    read(r, d.diagnostics, 20);
    if (r.failed() || !r.atEnd())
        return std::nullopt;
    return d;
}

} // namespace storyloom
