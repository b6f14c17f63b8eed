// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/summaryeditor.h"

#include "core/parse/parseddocument.h"
#include "core/util/text.h"

namespace storyloom {

namespace {
/** What stands before the link on a chapter line: indentation, list marker, spaces. */
QByteArray prefixOf(const QByteArray &line)
{
    const qsizetype bracket = line.indexOf('[');
    return bracket < 0 ? QByteArray() : line.left(bracket);
}

QByteArray leadingSpace(const QByteArray &line)
{
    qsizetype n = 0;
    while (n < line.size() && (line.at(n) == ' ' || line.at(n) == '\t'))
        ++n;
    return line.left(n);
}

QByteArray escapedTitle(const QString &title)
{
    QByteArray text = title.simplified().toUtf8();
    text.replace('\\', "\\\\").replace('[', "\\[").replace(']', "\\]");
    return text;
}
} // namespace

SummaryEditor::SummaryEditor(QByteArray bytes)
    : m_bytes(std::move(bytes))
    , m_entries(readSummary(parseDocument(m_bytes, QStringLiteral("SUMMARY.md"))))
    , m_newline(m_bytes.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n"))
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        if (m_bytes.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
}

QSet<QString> SummaryEditor::listedPages() const
{
    return summaryPages(parseDocument(m_bytes, QStringLiteral("SUMMARY.md")));
}

int SummaryEditor::find(const QString &page) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).path == page)
            return i;
    }
    return -1;
}

bool SummaryEditor::hasChildren(const QString &page) const
{
    const int index = find(page);
    return index >= 0 && subtreeEnd(index) != index;
}

qsizetype SummaryEditor::lineStart(int line) const
{
    if (line < 1)
        return 0;
    return line - 1 < m_lineStarts.size() ? m_lineStarts.at(line - 1) : m_bytes.size();
}

QByteArray SummaryEditor::lineText(int line) const
{
    const qsizetype start = lineStart(line);
    qsizetype end = line < m_lineStarts.size() ? m_lineStarts.at(line) : m_bytes.size();
    QByteArray text = m_bytes.mid(start, end - start);
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    return text;
}

int SummaryEditor::subtreeEnd(int index) const
{
    int end = index;
    while (end + 1 < m_entries.size() && m_entries.at(end + 1).depth > m_entries.at(index).depth)
        ++end;
    return end;
}

QByteArray SummaryEditor::insertLine(int afterLine, const QByteArray &line) const
{
    QByteArray result = m_bytes;
    qsizetype at = afterLine < m_lineStarts.size() ? m_lineStarts.at(afterLine) : m_bytes.size();
    QByteArray inserted = line + m_newline;
    if (at == m_bytes.size() && !m_bytes.isEmpty() && !m_bytes.endsWith('\n'))
        inserted = m_newline + line + m_newline;
    result.insert(at, inserted);
    return result;
}

QByteArray SummaryEditor::withEntry(const QString &page, const QString &title) const
{
    if (lists(page))
        return m_bytes;
    const QString folder = folderOf(page);
    int sibling = -1;
    int parent = -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &path = m_entries.at(i).path;
        if (folderOf(path) == folder)
            sibling = i;
        if (!folder.isEmpty()
            && (path == folder + QStringLiteral(".md") || path == folder + QStringLiteral("/README.md")
                || path == folder + QStringLiteral("/index.md")))
            parent = i;
    }
    // Written like its model line: a book that links `./x.md` gets `./`, one that links `x.md` does not.
    auto entryLine = [&](const QByteArray &prefix, const QByteArray &modelLine) {
        const bool dotSlash = modelLine.contains("](./") || modelLine.contains("](<./");
        return prefix + '[' + escapedTitle(title) + "](" + (dotSlash ? "./" : "") + page.toUtf8() + ')';
    };
    if (sibling >= 0) {
        const QByteArray model = lineText(m_entries.at(sibling).line);
        return insertLine(m_entries.at(subtreeEnd(sibling)).line, entryLine(prefixOf(model), model));
    }
    if (parent >= 0) {
        const QByteArray model = lineText(m_entries.at(parent).line);
        const int end = subtreeEnd(parent);
        QByteArray prefix;
        if (end != parent) {
            prefix = prefixOf(lineText(m_entries.at(parent + 1).line));
        } else {
            // The book's own nesting step: what a nested chapter adds to its parent's indentation.
            QByteArray step = "  ";
            for (int i = 1; i < m_entries.size(); ++i) {
                if (m_entries.at(i).depth == m_entries.at(i - 1).depth + 1) {
                    const QByteArray outer = leadingSpace(lineText(m_entries.at(i - 1).line));
                    const QByteArray inner = leadingSpace(lineText(m_entries.at(i).line));
                    if (inner.size() > outer.size() && inner.startsWith(outer))
                        step = inner.mid(outer.size());
                    break;
                }
            }
            prefix = leadingSpace(model) + step + prefixOf(model).mid(leadingSpace(model).size());
        }
        return insertLine(m_entries.at(end).line, entryLine(prefix, model));
    }
    if (m_entries.isEmpty()) {
        QByteArray result = m_bytes;
        if (!result.isEmpty() && !result.endsWith('\n'))
            result += m_newline;
        return result + "- [" + escapedTitle(title) + "](" + page.toUtf8() + ')' + m_newline;
    }
    // Nothing of its folder in the book: a chapter of its own after the last list item (suffix chapters,
    // which mdBook allows no list after, are no list items).
    int top = 0;
    while (top < m_entries.size() && m_entries.at(top).depth != 0)
        ++top;
    const QByteArray model = lineText(m_entries.at(top < m_entries.size() ? top : 0).line);
    return insertLine(m_entries.last().line, entryLine(prefixOf(model).mid(leadingSpace(model).size()), model));
}

QByteArray SummaryEditor::withoutEntry(const QString &page) const
{
    const int index = find(page);
    if (index < 0)
        return m_bytes;
    const int line = m_entries.at(index).line;
    QByteArray result = m_bytes;
    result.remove(lineStart(line), lineStart(line + 1) - lineStart(line));
    return result;
}

QByteArray SummaryEditor::withTitle(const QString &page, const QString &title) const
{
    const int index = find(page);
    if (index < 0)
        return m_bytes;
    const int line = m_entries.at(index).line;
    const QByteArray text = lineText(line);
    const qsizetype open = text.indexOf('[');
    // The link text ends at the `](` before the page's target (titles may hold brackets of their own).
    const qsizetype close = text.lastIndexOf("](");
    if (open < 0 || close <= open)
        return m_bytes;
    QByteArray result = m_bytes;
    result.replace(lineStart(line) + open + 1, close - open - 1, escapedTitle(title));
    return result;
}

} // namespace storyloom
