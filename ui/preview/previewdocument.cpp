// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/previewdocument.h"

#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <vector>

namespace storyloom {

namespace {

/** One child of the root frame: a block, or a whole frame (a table). */
struct Item
{
    QTextBlock block;
    QTextFrame *frame = nullptr;
};

std::vector<Item> rootItems(const QTextDocument &document)
{
    std::vector<Item> items;
    items.reserve(size_t(document.blockCount()));
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame())
            items.push_back({ {}, frame });
        else
            items.push_back({ it.currentBlock(), nullptr });
    }
    return items;
}

/** Formats compared by value: the object index (which list or frame) is a per-document number. */
bool sameFormat(const QTextFormat &a, const QTextFormat &b)
{
    if (a.objectIndex() == -1 && b.objectIndex() == -1)
        return a == b;
    QTextFormat x = a;
    QTextFormat y = b;
    x.clearProperty(QTextFormat::ObjectIndex);
    y.clearProperty(QTextFormat::ObjectIndex);
    return x == y;
}

bool sameBlock(const QTextBlock &a, const QTextBlock &b)
{
    if (a.length() != b.length() || a.text() != b.text() || !sameFormat(a.blockFormat(), b.blockFormat())
        || !sameFormat(a.charFormat(), b.charFormat()))
        return false;
    const QTextList *listA = a.textList();
    const QTextList *listB = b.textList();
    if (!listA != !listB)
        return false;
    if (listA && (!sameFormat(listA->format(), listB->format()) || listA->itemNumber(a) != listB->itemNumber(b)))
        return false;
    QTextBlock::iterator x = a.begin();
    QTextBlock::iterator y = b.begin();
    for (; !x.atEnd() && !y.atEnd(); ++x, ++y) {
        const QTextFragment fx = x.fragment();
        const QTextFragment fy = y.fragment();
        if (fx.length() != fy.length() || !sameFormat(fx.charFormat(), fy.charFormat()))
            return false;
    }
    return x.atEnd() && y.atEnd();
}

bool sameFrame(const QTextFrame *a, const QTextFrame *b)
{
    if (a->lastPosition() - a->firstPosition() != b->lastPosition() - b->firstPosition()
        || !sameFormat(a->frameFormat(), b->frameFormat()))
        return false;
    const auto *tableA = qobject_cast<const QTextTable *>(a);
    const auto *tableB = qobject_cast<const QTextTable *>(b);
    if (!tableA != !tableB || (tableA && (tableA->rows() != tableB->rows() || tableA->columns() != tableB->columns())))
        return false;
    QTextBlock x = a->document()->findBlock(a->firstPosition());
    QTextBlock y = b->document()->findBlock(b->firstPosition());
    for (; x.isValid() && x.position() <= a->lastPosition(); x = x.next(), y = y.next()) {
        if (!y.isValid() || !sameBlock(x, y))
            return false;
        if (tableA) {
            const QTextTableCell cellA = tableA->cellAt(x.position());
            const QTextTableCell cellB = tableB->cellAt(y.position());
            if (cellA.row() != cellB.row() || cellA.column() != cellB.column() || cellA.rowSpan() != cellB.rowSpan()
                || cellA.columnSpan() != cellB.columnSpan())
                return false;
        }
    }
    return true;
}

bool sameItem(const Item &a, const Item &b)
{
    if (!a.frame != !b.frame)
        return false;
    return a.frame ? sameFrame(a.frame, b.frame) : sameBlock(a.block, b.block);
}

bool inList(const Item &item)
{
    return !item.frame && item.block.textList();
}

} // namespace

QString PreviewDocument::loadableHtml(const QString &html)
{
    // `<a name="x"></a>` becomes `<a name="x">&#8203;</a>`: one pass, no regular expression (runs on every update).
    static constexpr QLatin1StringView open("<a name=\"");
    static constexpr QLatin1StringView close("\"></a>");
    QString out;
    out.reserve(html.size() + html.size() / 16);
    qsizetype copied = 0;
    for (qsizetype at = html.indexOf(open); at >= 0; at = html.indexOf(open, at)) {
        const qsizetype quote = html.indexOf(u'"', at + open.size());
        if (quote < 0)
            break;
        at = quote + 1;
        if (QStringView(html).sliced(quote).startsWith(close)) {
            out.append(QStringView(html).sliced(copied, quote + 2 - copied)).append(QLatin1StringView("&#8203;"));
            copied = quote + 2;
        }
    }
    out.append(QStringView(html).sliced(copied));
    return out;
}

PreparedDocument PreviewDocument::prepare(const QString &html, const PreviewDocumentStyle &style)
{
    auto document = std::make_shared<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultStyleSheet(style.styleSheet);
    document->setDefaultFont(style.font);
    document->setBaseUrl(style.baseUrl);
    // A valid (empty) answer for every resource: this document never reads a file.
    document->setResourceProvider([](const QUrl &) { return QVariant(QImage()); });
    document->setHtml(loadableHtml(html));
    // Made on a worker, read on the GUI thread: it belongs to neither.
    document->moveToThread(nullptr);
    return { std::move(document), style };
}

bool PreviewDocument::patch(QTextDocument &shown, QTextDocument &fresh)
{
    const std::vector<Item> a = rootItems(shown);
    const std::vector<Item> b = rootItems(fresh);
    // The first and one past the last differing item, in each document.
    size_t first = 0;
    while (first < a.size() && first < b.size() && sameItem(a[first], b[first]))
        ++first;
    if (first == a.size() && first == b.size())
        return true;
    size_t endA = a.size();
    size_t endB = b.size();
    while (endA > first && endB > first && sameItem(a[endA - 1], b[endB - 1])) {
        --endA;
        --endB;
    }
    // Lists are replaced whole (the copy of part of a list is a new list, numbered
    // from 1), and the first replaced item is a plain block: its format is set by
    // hand below, as a fragment pasted at a block's start keeps that block's format.
    for (bool extended = true; extended;) {
        extended = false;
        if (first > 0
            && (inList(a[first - 1]) || (first < endA && inList(a[first])) || (first < endB && inList(b[first])))) {
            --first;
            extended = true;
        }
        if (endA < a.size() && inList(a[endA])) {
            ++endA;
            ++endB;
            extended = true;
        }
    }
    if (first == endA || first == endB) { // only insertions or only removals: take a neighbour along
        if (first > 0) {
            --first;
        } else {
            ++endA;
            ++endB;
        }
    }
    if (endA > a.size() || endB > b.size() || inList(a[first]) || inList(b[first]))
        return false;
    for (size_t i = first; i < endA; ++i) {
        if (a[i].frame)
            return false;
    }
    for (size_t i = first; i < endB; ++i) {
        if (b[i].frame)
            return false;
    }

    const QTextBlock lastA = a[endA - 1].block;
    const QTextBlock lastB = b[endB - 1].block;
    QTextCursor source(&fresh);
    source.setPosition(b[first].block.position());
    source.setPosition(lastB.position() + lastB.length() - 1, QTextCursor::KeepAnchor);
    const QTextDocumentFragment fragment(source);

    const int start = a[first].block.position();
    QTextCursor target(&shown);
    target.beginEditBlock();
    target.setPosition(start);
    target.setPosition(lastA.position() + lastA.length() - 1, QTextCursor::KeepAnchor);
    target.insertFragment(fragment);
    target.setPosition(start);
    target.setBlockFormat(b[first].block.blockFormat());
    target.setBlockCharFormat(b[first].block.charFormat());
    target.endEditBlock();
    return sameContent(shown, fresh);
}

bool PreviewDocument::sameContent(const QTextDocument &a, const QTextDocument &b)
{
    if (a.characterCount() != b.characterCount() || a.blockCount() != b.blockCount())
        return false;
    const std::vector<Item> x = rootItems(a);
    const std::vector<Item> y = rootItems(b);
    if (x.size() != y.size())
        return false;
    for (size_t i = 0; i < x.size(); ++i) {
        if (!sameItem(x[i], y[i]))
            return false;
    }
    return true;
}

} // namespace storyloom
