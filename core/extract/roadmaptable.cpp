// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/roadmaptable.h"

namespace storyloom {

namespace {
constexpr char16_t filledCell = u'▰';
constexpr char16_t emptyCell = u'▱';

int columnNamed(const TableRow &header, std::initializer_list<const char *> names)
{
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString text = header.cells.at(i).text.trimmed().toLower();
        for (const char *name : names) {
            if (text == QLatin1StringView(name) || text.startsWith(QLatin1StringView(name)))
                return i;
        }
    }
    return -1;
}

/** Strips the decoration the wg-async table puts before a deliverable: non-breaking spaces, ↳, 🔻. */
QString deliverableTitle(const TableCell &cell)
{
    if (!cell.links.isEmpty() && !cell.links.first().text.isEmpty())
        return cell.links.first().text;
    QString text = cell.text;
    text.remove(QChar(0x00A0)).remove(u'↳').remove(QStringLiteral("🔻"));
    return text.trimmed();
}

QStringList ownersOf(const TableCell &cell)
{
    QStringList owners;
    for (const Link &link : cell.links) {
        if (!link.text.isEmpty())
            owners.append(link.text);
    }
    if (owners.isEmpty()) {
        for (const QString &part : cell.text.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (!name.isEmpty())
                owners.append(name);
        }
    }
    return owners;
}
} // namespace

std::optional<ProgressBar> readProgressBar(QStringView text)
{
    int filled = 0;
    int empty = 0;
    for (QChar c : text) {
        if (c == QChar(filledCell))
            ++filled;
        else if (c == QChar(emptyCell))
            ++empty;
    }
    if (filled + empty == 0)
        return std::nullopt;
    return ProgressBar { double(filled) / double(filled + empty), filled + empty };
}

QString writeProgressBar(double progress, int width)
{
    width = std::max(width, 1);
    const int filled = std::clamp(int(progress * width + 0.5), 0, width);
    return QString(filled, QChar(filledCell)) + QString(width - filled, QChar(emptyCell));
}

std::optional<OverviewTable> readOverviewTable(const ParsedDocument &document)
{
    for (const Table &table : document.tables) {
        OverviewTable result;
        result.deliverableColumn = columnNamed(table.header, { "deliverable", "goal", "initiative" });
        result.stateColumn = columnNamed(table.header, { "state", "status" });
        if (result.deliverableColumn < 0 || result.stateColumn < 0)
            continue;
        result.progressColumn = columnNamed(table.header, { "progress" });
        result.ownerColumn = columnNamed(table.header, { "owner" });
        result.line = table.line;
        for (const TableRow &row : table.rows) {
            if (row.cells.size() <= result.deliverableColumn)
                continue;
            const TableCell &deliverable = row.cells.at(result.deliverableColumn);
            OverviewRow entry;
            entry.line = row.line;
            entry.depth = deliverable.text.contains(u'↳') ? 1 : 0;
            entry.title = deliverableTitle(deliverable);
            if (entry.title.isEmpty())
                continue;
            if (!deliverable.links.isEmpty())
                entry.url = deliverable.links.first().url;
            if (row.cells.size() > result.stateColumn) {
                entry.stateText = row.cells.at(result.stateColumn).text;
                entry.state = goalStateFromCell(entry.stateText);
            }
            if (result.progressColumn >= 0 && row.cells.size() > result.progressColumn)
                entry.progress = readProgressBar(row.cells.at(result.progressColumn).text);
            if (result.ownerColumn >= 0 && row.cells.size() > result.ownerColumn)
                entry.owners = ownersOf(row.cells.at(result.ownerColumn));
            result.rows.append(entry);
        }
        return result;
    }
    return std::nullopt;
}

std::optional<MetadataTable> readMetadataTable(
    const ParsedDocument &document, const QStringList &ownerRows, const QStringList &stateRows)
{
    auto rowName = [](const TableRow &row) {
        return row.cells.isEmpty() ? QString() : row.cells.first().text.trimmed().toLower();
    };
    for (const Table &table : document.tables) {
        MetadataTable result;
        bool found = false;
        QList<TableRow> rows = table.rows;
        rows.prepend(table.header);
        for (const TableRow &row : std::as_const(rows)) {
            if (row.cells.size() < 2)
                continue;
            const QString name = rowName(row);
            if (ownerRows.contains(name)) {
                result.owners = ownersOf(row.cells.at(1));
                found = true;
            } else if (stateRows.contains(name)) {
                result.stateText = row.cells.at(1).text;
                result.state = goalStateFromCell(result.stateText);
                found = true;
            }
        }
        if (found) {
            result.line = table.line;
            return result;
        }
    }
    return std::nullopt;
}

} // namespace storyloom
