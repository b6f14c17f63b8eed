// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roadmap/tablecells.h"

#include "core/roadmap/roadmapdiagram.h"

#include <QRegularExpression>
#include <algorithm>

namespace storyloom::tablecells {

/** Byte range [start, end) of line `line` (1-based) without its line break. */
std::optional<std::pair<qsizetype, qsizetype>> lineRange(const QByteArray &file, int line)
{
    qsizetype start = 0;
    for (int current = 1; current < line; ++current) {
        const qsizetype next = file.indexOf('\n', start);
        if (next < 0)
            return std::nullopt;
        start = next + 1;
    }
    if (start > file.size() || line < 1)
        return std::nullopt;
    qsizetype end = file.indexOf('\n', start);
    if (end < 0)
        end = file.size();
    if (end > start && file.at(end - 1) == '\r')
        --end;
    return std::make_pair(start, end);
}

QStringList fileLines(const QByteArray &file)
{
    QStringList lines = QString::fromUtf8(file).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

/** The cells of a table row: pipes inside code spans or escaped with `\` do not split. */
QList<Cell> splitRow(const QString &row)
{
    QList<qsizetype> pipes;
    bool inCode = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'`') {
            inCode = !inCode;
        } else if (c == u'|' && !inCode) {
            pipes.append(i);
        }
    }
    QList<Cell> cells;
    qsizetype start = 0;
    qsizetype first = 0;
    if (row.trimmed().startsWith(u'|') && !pipes.isEmpty()) {
        start = pipes.first() + 1;
        first = 1;
    }
    for (qsizetype k = first; k < pipes.size(); ++k) {
        cells.append({ start, pipes.at(k) });
        start = pipes.at(k) + 1;
    }
    if (start < row.size() && !QStringView(row).mid(start).trimmed().isEmpty())
        cells.append({ start, row.size() });
    return cells;
}

bool isDelimiterRow(const QString &row)
{
    static const QRegularExpression delimiter(QStringLiteral("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"));
    return delimiter.match(row).hasMatch();
}

/** Replaces a cell's content, keeping the spacing around it (one space each side when it was blank). */
QString withContent(const QString &cell, const QString &content)
{
    const QString trimmed = cell.trimmed();
    if (trimmed.isEmpty())
        return content.isEmpty() ? cell : u' ' + content + u' ';
    const qsizetype lead = cell.indexOf(trimmed);
    return cell.left(lead) + content + cell.mid(lead + trimmed.size());
}

QString rewriteState(const QString &cell, GoalState state)
{
    const QString emoji = stateEmoji(state);
    for (GoalState old : allGoalStates) {
        const QString oldEmoji = stateEmoji(old);
        const qsizetype at = cell.indexOf(oldEmoji);
        if (at < 0)
            continue;
        qsizetype length = oldEmoji.size();
        if (at + length < cell.size() && cell.at(at + length) == QChar(0xFE0F) && !oldEmoji.endsWith(QChar(0xFE0F)))
            ++length;
        return cell.left(at) + emoji + cell.mid(at + length);
    }
    return withContent(cell, emoji);
}

QString rewriteProgress(const QString &cell, double progress, int defaultWidth)
{
    static const QRegularExpression bar(QStringLiteral("[\u25B0\u25B1]+"));
    const QRegularExpressionMatch match = bar.match(cell);
    if (match.hasMatch()) {
        return cell.left(match.capturedStart()) + progressBarText(progress, int(match.capturedLength()))
            + cell.mid(match.capturedEnd());
    }
    return withContent(cell, progressBarText(progress, defaultWidth));
}

QString escapeCell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|"));
}

/**
 * Owners as links `[name]` when the page defines a reference for every one of
 * them, else as plain names: readers take the links of a cell when it has
 * any, so a mix would lose the plain names.
 */
QString ownerCell(const QStringList &owners, const QStringList &referenceLabels)
{
    QStringList names;
    for (const QString &owner : owners) {
        if (!owner.trimmed().isEmpty())
            names << owner.trimmed();
    }
    const bool allLinked = std::all_of(
        names.begin(), names.end(), [&](const QString &name) { return referenceLabels.contains(name.toLower()); });
    QStringList parts;
    for (const QString &name : std::as_const(names))
        parts << (allLinked ? u'[' + name + u']' : escapeCell(name));
    return parts.join(QStringLiteral(", "));
}

} // namespace storyloom::tablecells
