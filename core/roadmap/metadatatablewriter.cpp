// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roadmap/metadatatablewriter.h"

#include "core/roadmap/tablecells.h"

#include <QCoreApplication>

namespace storyloom {

using namespace tablecells;

namespace {
/** A row's name as the reader compares it: the first cell's text, without emphasis, lowercased. */
QString rowName(const QString &row, const Cell &cell)
{
    QString name = row.mid(cell.start, cell.end - cell.start);
    name.remove(u'*');
    name.remove(u'_');
    return name.trimmed().toLower();
}
} // namespace

TextEditResult MetadataTableWriter::rewrite(const QByteArray &file, int tableLine, const GoalEdit &edit,
    const QStringList &ownerRows, const QStringList &stateRows, const QString &path)
{
    const SourceLocation where { path, tableLine, 0 };
    if (edit.progress)
        return { {},
            Diagnostic::error(where,
                QCoreApplication::translate(
                    "MetadataTableWriter", "a metadata table holds no progress; add it to the page's front matter")) };
    if (edit.parent)
        return { {},
            Diagnostic::error(where,
                QCoreApplication::translate(
                    "MetadataTableWriter", "a metadata table holds no parent goal; move the page instead")) };

    QByteArray result = file;
    bool stateDone = !edit.state;
    bool ownersDone = !edit.owners;
    for (int line = tableLine;; ++line) {
        const auto range = lineRange(result, line);
        if (!range)
            break;
        const QByteArray rowBytes = result.mid(range->first, range->second - range->first);
        QString row = QString::fromUtf8(rowBytes);
        if (!row.contains(u'|') || row.trimmed().isEmpty())
            break;
        if (isDelimiterRow(row))
            continue;
        const QList<Cell> cells = splitRow(row);
        if (cells.size() < 2)
            continue;
        const QString name = rowName(row, cells[0]);
        const QString value = row.mid(cells[1].start, cells[1].end - cells[1].start);
        QString content;
        if (!stateDone && stateRows.contains(name)) {
            content = rewriteState(value, *edit.state);
            stateDone = true;
        } else if (!ownersDone && ownerRows.contains(name)) {
            content = withContent(value, ownerCell(*edit.owners, OverviewTableWriter::referenceLabels(file)));
            ownersDone = true;
        } else {
            continue;
        }
        if (row.toUtf8() != rowBytes)
            return { {},
                Diagnostic::error(
                    { path, line, 0 }, QCoreApplication::translate("storyloom", "the row is not valid UTF-8")) };
        row.replace(cells[1].start, cells[1].end - cells[1].start, content);
        result.replace(range->first, range->second - range->first, row.toUtf8());
    }
    if (!stateDone)
        return { {},
            Diagnostic::error(
                where, QCoreApplication::translate("MetadataTableWriter", "the metadata table has no state row")) };
    if (!ownersDone)
        return { {},
            Diagnostic::error(
                where, QCoreApplication::translate("MetadataTableWriter", "the metadata table has no owner row")) };
    return { result, std::nullopt };
}

} // namespace storyloom
