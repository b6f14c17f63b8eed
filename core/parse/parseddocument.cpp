// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/parseddocument.h"

#include "core/parse/cmarktree.h"
#include "core/parse/conflictmarkers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QStringDecoder>
#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstring>

namespace storyloom {

namespace {

enum class Leaf { None, Paragraph, Heading, Cell };

bool isType(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

QString sentenceAround(const QString &text, qsizetype position)
{
    static const QString enders = QStringLiteral(".!?");
    // Look at most this far for the sentence's ends: a paragraph without full
    // stops and with 100,000 links must not make every link scan all of it.
    constexpr qsizetype window = 2000;
    qsizetype start = std::max<qsizetype>(0, std::min(position, text.size()) - window);
    for (qsizetype i = std::min(position, text.size()) - 1; i > start; --i) {
        if (enders.contains(text.at(i - 1)) && text.at(i).isSpace()) {
            start = i;
            break;
        }
    }
    const qsizetype limit = std::min(text.size(), std::max(position, start) + window);
    qsizetype end = limit;
    for (qsizetype i = position; i + 1 < limit; ++i) {
        if (enders.contains(text.at(i)) && text.at(i + 1).isSpace()) {
            end = i + 1;
            break;
        }
    }
    QString sentence = text.mid(start, end - start).trimmed();
    if (sentence.size() > 300)
        sentence = sentence.left(299) + u'…';
    return sentence;
}

/** Walks the cmark tree without recursion (content can nest thousands deep). */
class Walker
{
public:
    Walker(ParsedDocument &document, const QList<QByteArray> &bodyLines, int lineOffset)
        : m_doc(document)
        , m_bodyLines(bodyLines)
        , m_lineOffset(lineOffset)
    { }

    void walk(cmark_node *root)
    {
        cmark_iter *iter = cmark_iter_new(root);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event == CMARK_EVENT_ENTER)
                enter(node);
            else
                exit(node);
        }
        cmark_iter_free(iter);
    }

private:
    int fileLine(cmark_node *node) const { return cmark_node_get_start_line(node) + m_lineOffset; }

    void startLeaf(Leaf kind, cmark_node *node)
    {
        m_leaf = kind;
        m_text.clear();
        m_links.clear();
        m_linkOffsets.clear();
        m_breaks = 0;
        m_leafLine = fileLine(node);
    }

    void enter(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST:
            ++m_listDepth;
            return;
        case CMARK_NODE_ITEM: {
            ListItem item;
            item.line = fileLine(node);
            item.depth = std::max(0, m_listDepth - 1);
            item.parent = m_items.isEmpty() ? -1 : m_items.last();
            item.heading = int(m_doc.headings.size()) - 1;
            item.markdown = itemMarkdown(node);
            m_doc.listItems.append(item);
            m_items.append(int(m_doc.listItems.size()) - 1);
            return;
        }
        case CMARK_NODE_HEADING:
            startLeaf(Leaf::Heading, node);
            return;
        case CMARK_NODE_PARAGRAPH:
            if (m_leaf == Leaf::None)
                startLeaf(Leaf::Paragraph, node);
            return;
        case CMARK_NODE_CODE_BLOCK:
            // Code is not part of any paragraph's text; search indexes the body itself.
            return;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            m_text += QString::fromUtf8(cmark_node_get_literal(node));
            return;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            m_text += u' ';
            ++m_breaks;
            return;
        case CMARK_NODE_LINK:
            m_linkStart = m_text.size();
            m_linkLine = m_leafLine + m_breaks;
            return;
        default:
            break;
        }
        if (isType(node, "table")) {
            Table table;
            table.line = fileLine(node);
            table.heading = int(m_doc.headings.size()) - 1;
            m_doc.tables.append(table);
            m_inTable = true;
        } else if ((isType(node, "table_row") || isType(node, "table_header")) && m_inTable) {
            m_row = TableRow { fileLine(node), {} };
        } else if (isType(node, "table_cell") && m_inTable) {
            startLeaf(Leaf::Cell, node);
        }
    }

    void exit(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST:
            --m_listDepth;
            return;
        case CMARK_NODE_ITEM:
            if (!m_items.isEmpty())
                m_items.removeLast();
            return;
        case CMARK_NODE_HEADING: {
            const QString text = plainText(node).trimmed();
            m_doc.headings.append({ cmark_node_get_heading_level(node), text, m_leafLine, headingAnchor(text) });
            if (m_doc.firstHeadingLine == 0) {
                m_doc.firstHeading = text;
                m_doc.firstHeadingLine = m_leafLine;
            }
            finishLeaf();
            return;
        }
        case CMARK_NODE_PARAGRAPH:
            if (m_leaf == Leaf::Paragraph) {
                if (!m_items.isEmpty()) {
                    ListItem &item = m_doc.listItems[m_items.last()];
                    if (item.text.isEmpty()) {
                        item.text = m_text.trimmed();
                        item.links = m_links;
                    }
                } else {
                    QByteArray text = m_text.trimmed().toUtf8();
                    text.squeeze(); // toUtf8() reserves three bytes a character: most of a load's memory, unsqueezed
                    m_doc.paragraphs.append({ m_leafLine, int(m_doc.headings.size()) - 1, std::move(text) });
                }
                finishLeaf();
            }
            return;
        case CMARK_NODE_LINK: {
            Link link;
            link.url = QString::fromUtf8(cmark_node_get_url(node));
            link.text = m_text.mid(m_linkStart).trimmed();
            link.line = m_linkLine;
            link.heading = int(m_doc.headings.size()) - 1;
            m_links.append(link);
            m_linkOffsets.append(m_linkStart);
            return;
        }
        default:
            break;
        }
        if (isType(node, "table_cell") && m_inTable) {
            m_row.cells.append({ m_text.trimmed(), m_links });
            finishLeaf();
        } else if ((isType(node, "table_row") || isType(node, "table_header")) && m_inTable) {
            Table &table = m_doc.tables.last();
            if (isType(node, "table_header") || cmark_gfm_extensions_get_table_row_is_header(node))
                table.header = m_row;
            else
                table.rows.append(m_row);
        } else if (isType(node, "table")) {
            m_inTable = false;
        }
    }

    void finishLeaf()
    {
        // Each link's own place in the text (searching for its words would find the first of many equal links, slowly).
        for (qsizetype i = 0; i < m_links.size(); ++i) {
            Link &link = m_links[i];
            link.context = sentenceAround(m_text, i < m_linkOffsets.size() ? m_linkOffsets[i] : 0);
            m_doc.links.append(link);
        }
        m_leaf = Leaf::None;
        m_text.clear();
        m_links.clear();
        m_linkOffsets.clear();
    }

    QByteArray itemMarkdown(cmark_node *node) const
    {
        const int first = cmark_node_get_start_line(node) - 1;
        const int last = std::min<int>(cmark_node_get_end_line(node), int(m_bodyLines.size()));
        if (first < 0 || first >= last)
            return {};
        // At most 200 lines and 8 KB: a list nested thousands deep would otherwise copy
        // its lower lines into every item above them (gigabytes from a 4 MB file).
        constexpr qsizetype maxBytes = 8 * 1024;
        QByteArray text;
        for (int i = first; i < last && i < first + 200 && text.size() < maxBytes; ++i)
            text += m_bodyLines.at(i) + '\n';
        if (text.size() > maxBytes) {
            text.truncate(maxBytes);
            while (!text.isEmpty() && (uchar(text.back()) & 0xC0) == 0x80) // not inside a UTF-8 sequence
                text.chop(1);
            if (!text.isEmpty() && uchar(text.back()) >= 0xC0)
                text.chop(1);
        }
        QByteArray markdown = text.trimmed();
        if (markdown.startsWith('*') || markdown.startsWith('-') || markdown.startsWith('+'))
            markdown = markdown.mid(1).trimmed();
        markdown.squeeze();
        return markdown;
    }

    ParsedDocument &m_doc;
    const QList<QByteArray> &m_bodyLines;
    const int m_lineOffset;
    Leaf m_leaf = Leaf::None;
    QString m_text;
    QList<Link> m_links;
    /** Where each of m_links starts in m_text. */
    QList<qsizetype> m_linkOffsets;
    int m_breaks = 0;
    int m_leafLine = 0;
    qsizetype m_linkStart = 0;
    int m_linkLine = 0;
    int m_listDepth = 0;
    QList<int> m_items;
    bool m_inTable = false;
    TableRow m_row;
};

} // namespace

QString headingAnchor(const QString &text)
{
    QString anchor;
    anchor.reserve(text.size());
    // By code point, as mdBook's normalize_id: a letter outside the BMP is a pair of surrogates here.
    for (const char32_t c : QStringView(text).trimmed().toUcs4()) {
        if (c == U'_' || c == U'-' || QChar::isLetterOrNumber(c)) {
            const char32_t lower = c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c;
            anchor += QStringView(QChar::fromUcs4(lower));
        } else if (QChar::isSpace(c)) {
            anchor += u'-';
        }
    }
    return anchor;
}

QString uniqueAnchor(const QString &anchor, QSet<QString> &taken)
{
    QString unique = anchor;
    for (int n = 1; taken.contains(unique); ++n)
        unique = anchor + u'-' + QString::number(n);
    taken.insert(unique);
    return unique;
}

QList<Heading> scanHeadings(const QByteArray &body, int firstLine)
{
    QList<Heading> headings;
    CmarkTree tree(body);
    cmark_iter *iter = cmark_iter_new(tree.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_HEADING)
            continue;
        const QString text = plainText(node).trimmed();
        headings.append({ cmark_node_get_heading_level(node), text, cmark_node_get_start_line(node) + firstLine - 1,
            headingAnchor(text) });
    }
    cmark_iter_free(iter);
    return headings;
}

QList<Heading> fileHeadings(const QByteArray &file)
{
    const FrontMatterExtent frontMatter = frontMatterExtent(file);
    return scanHeadings(file.mid(frontMatter.bytes), frontMatter.lines + 1);
}

ParsedDocument parseDocument(const QByteArray &bytes, const QString &path)
{
    ParsedDocument document;
    document.frontMatter = parseFrontMatter(bytes, path);
    if (document.frontMatter.error)
        document.diagnostics.append(*document.frontMatter.error);
    const QByteArray body = bytes.mid(document.frontMatter.blockLength);

    document.body = body;
    if (!QUtf8StringView(body).isValidUtf8()) {
        document.body = QString::fromUtf8(body).toUtf8();
        // Find the first bad line so the author can go there.
        int line = document.frontMatter.lineCount + 1;
        for (const QByteArray &text : body.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8);
            (void)QString(lineDecoder(text));
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        document.diagnostics.append(Diagnostic::error({ path, line, 1 },
            QCoreApplication::translate("storyloom",
                "the file is not valid UTF-8 text; invalid bytes are shown as \uFFFD and the file is not written "
                "back")));
    }

    // A merge that stopped with conflicts leaves both versions in the file: an error until the author chooses.
    for (const ConflictRegion &region : ConflictMarkers::find(bytes)) {
        document.diagnostics.append(Diagnostic::error({ path, region.begin, 1 },
            QCoreApplication::translate("storyloom",
                "unresolved sync conflict on lines %1–%2: both versions are still in the file; open it and choose "
                "Resolve…")
                .arg(region.begin)
                .arg(region.end)));
    }

    const QList<QByteArray> bodyLines = body.split('\n');
    CmarkTree tree(body);
    Walker walker(document, bodyLines, document.frontMatter.lineCount);
    walker.walk(tree.root());
    document.bodyDigest = bodyDigestOf(document.body);
    return document;
}

quint64 bodyDigestOf(QByteArrayView body)
{
    // Seed 0: with any other, Qt mixes in a value drawn anew in every process, and digests are stored.
    // Never 0, which stands for "no digest" (a parse made by hand).
    return std::max<quint64>(1, quint64(qHash(body, size_t(0))));
}

bool bodyLeftOut(const QByteArray &body, quint64 digest)
{
    static const quint64 empty = bodyDigestOf({});
    return body.isEmpty() && digest != 0 && digest != empty;
}

// A parse as stream bytes: what structureFingerprint() hashes, and (operator<<) every field, for
// comparing two parses. The index caches parses with ParseCodec, not with these. Text goes
// as UTF-8: QDataStream's own QString format is UTF-16, twice the bytes to hash.
namespace {
struct Utf8Out
{
    const QString &text;
};
QDataStream &operator<<(QDataStream &s, Utf8Out t)
{
    const QByteArray bytes = t.text.toUtf8();
    s.writeBytes(bytes.constData(), bytes.size());
    return s;
}
} // namespace

static QDataStream &operator<<(QDataStream &s, const Link &l)
{
    return s << Utf8Out { l.url } << Utf8Out { l.text } << l.line << l.heading << Utf8Out { l.context };
}
static QDataStream &operator<<(QDataStream &s, const Heading &h)
{
    return s << h.level << Utf8Out { h.text } << h.line << Utf8Out { h.anchor };
}
static QDataStream &operator<<(QDataStream &s, const TableCell &c)
{
    return s << Utf8Out { c.text } << c.links;
}
static QDataStream &operator<<(QDataStream &s, const TableRow &r)
{
    return s << r.line << r.cells;
}
static QDataStream &operator<<(QDataStream &s, const Table &t)
{
    return s << t.line << t.heading << t.header << t.rows;
}
static QDataStream &operator<<(QDataStream &s, const Paragraph &p)
{
    return s << p.line << p.heading << p.text;
}
static QDataStream &operator<<(QDataStream &s, const ListItem &i)
{
    return s << i.line << i.depth << i.parent << i.heading << Utf8Out { i.text } << i.markdown << i.links;
}
static QDataStream &operator<<(QDataStream &s, const Diagnostic &d)
{
    return s << int(d.severity) << Utf8Out { d.location.path } << d.location.line << d.location.column
             << Utf8Out { d.message };
}

QDataStream &operator<<(QDataStream &s, const ParsedDocument &d)
{
    const FrontMatter &f = d.frontMatter;
    s << f.present << qint64(f.blockLength) << f.lineCount << f.keys << f.values << f.keyLines << bool(f.error);
    if (f.error)
        s << *f.error;
    return s << d.body << d.bodyDigest << d.bodyRead << Utf8Out { d.firstHeading } << d.firstHeadingLine << d.headings
             << d.links << d.tables << d.listItems << d.paragraphs << d.diagnostics;
}

void keepParagraphsOf(ParsedDocument &document, int heading)
{
    document.paragraphs.removeIf(
        [heading](const Paragraph &paragraph) { return heading < 0 || paragraph.heading != heading; });
    document.paragraphs.squeeze();
}

QByteArray structureFingerprint(const ParsedDocument &d, int paragraphsOf, bool withBody)
{
    QByteArray bytes;
    {
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_5);
        const FrontMatter &f = d.frontMatter;
        s << f.present << qint64(f.blockLength) << f.lineCount << f.keys << f.values << f.keyLines << bool(f.error);
        if (f.error)
            s << *f.error;
        s << Utf8Out { d.firstHeading } << d.firstHeadingLine << d.headings << d.links << d.tables << d.listItems
          << d.diagnostics << paragraphsOf << withBody;
        for (const Paragraph &paragraph : d.paragraphs) {
            if (paragraph.heading == paragraphsOf && paragraphsOf >= 0)
                s << paragraph;
        }
        if (withBody)
            s << d.bodyDigest; // the body itself may be left out of a cached parse
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

} // namespace storyloom
