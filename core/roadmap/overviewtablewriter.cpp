// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roadmap/overviewtablewriter.h"

#include "core/roadmap/roadmapdiagram.h"
#include "core/roadmap/tablecells.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <algorithm>

namespace storyloom {

namespace {
using namespace tablecells;

struct Columns
{
    int state = 1;
    int progress = 2;
    int owner = 3;
};

/** Finds the header of the table `line` is in and which columns hold state, progress and owners. */
Columns columnsFor(const QStringList &lines, int line)
{
    Columns columns;
    for (int i = line - 2; i >= 1; --i) {
        const QString &row = lines.at(i);
        if (!row.contains(u'|'))
            break;
        if (!isDelimiterRow(row))
            continue;
        const QString &header = lines.at(i - 1);
        const QList<Cell> cells = splitRow(header);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString name = header.mid(cells[c].start, cells[c].end - cells[c].start).toLower();
            if (name.contains(QLatin1StringView("state")) || name.contains(QLatin1StringView("status")))
                columns.state = int(c);
            else if (name.contains(QLatin1StringView("progress")))
                columns.progress = int(c);
            else if (name.contains(QLatin1StringView("owner")))
                columns.owner = int(c);
        }
        break;
    }
    return columns;
}

QString escapeTitle(QString title)
{
    return title.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'|', QStringLiteral("\\|"))
        .replace(u'[', QStringLiteral("\\["))
        .replace(u']', QStringLiteral("\\]"));
}
} // namespace

QStringList OverviewTableWriter::referenceLabels(const QByteArray &file)
{
    static const QRegularExpression definition(
        QStringLiteral("^ {0,3}\\[([^\\]]+)\\]:\\s*\\S"), QRegularExpression::MultilineOption);
    QStringList labels;
    auto it = definition.globalMatch(QString::fromUtf8(file));
    while (it.hasNext())
        labels << it.next().captured(1).simplified().toLower();
    return labels;
}

TextEditResult OverviewTableWriter::rewriteRow(
    const QByteArray &file, int line, const GoalEdit &edit, const QString &path)
{
    const auto range = lineRange(file, line);
    const SourceLocation where { path, line, 0 };
    if (!range)
        return { {},
            Diagnostic::error(where, QCoreApplication::translate("storyloom", "the file has no line %1").arg(line)) };
    const QByteArray rowBytes = file.mid(range->first, range->second - range->first);
    QString row = QString::fromUtf8(rowBytes);
    if (row.toUtf8() != rowBytes)
        return { {}, Diagnostic::error(where, QCoreApplication::translate("storyloom", "the row is not valid UTF-8")) };
    QList<Cell> cells = splitRow(row);
    if (cells.size() < 2 || isDelimiterRow(row))
        return { {},
            Diagnostic::error(where,
                QCoreApplication::translate("storyloom", "line %1 is not a row of an overview table").arg(line)) };
    const Columns columns = columnsFor(fileLines(file), line);

    // Replace cells right to left so earlier positions stay valid.
    struct Change
    {
        int column;
        QString content;
    };
    QList<Change> changes;
    auto cellText = [&](int column) {
        return column < cells.size() ? row.mid(cells[column].start, cells[column].end - cells[column].start)
                                     : QString();
    };
    if (edit.state)
        changes.append({ columns.state, rewriteState(cellText(columns.state), *edit.state) });
    if (edit.progress)
        changes.append({ columns.progress, rewriteProgress(cellText(columns.progress), *edit.progress, 6) });
    if (edit.owners)
        changes.append(
            { columns.owner, withContent(cellText(columns.owner), ownerCell(*edit.owners, referenceLabels(file))) });
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.column > b.column; });
    for (const Change &change : changes) {
        if (change.column < cells.size()) {
            const Cell cell = cells[change.column];
            row.replace(cell.start, cell.end - cell.start, change.content);
        } else if (!change.content.trimmed().isEmpty()) {
            // A short row (`| tbd | 💤 | ▰▱ |`): add the missing cells after the last pipe.
            qsizetype end = row.size();
            while (end > 0 && row.at(end - 1).isSpace())
                --end;
            const bool closed = end > 0 && row.at(end - 1) == u'|';
            QString added = closed ? QString() : QStringLiteral(" |");
            for (qsizetype c = cells.size(); c < change.column; ++c)
                added += QStringLiteral("  |");
            added += change.content + u'|';
            row.insert(end, added);
        }
    }
    QByteArray result = file;
    result.replace(range->first, range->second - range->first, row.toUtf8());
    return { result, std::nullopt };
}

QString OverviewTableWriter::table(const StoryGraph &graph, const OverviewTableOptions &options)
{
    QString text = QCoreApplication::translate("storyloom", "| Deliverable | State | Progress | Owner |") + u'\n';
    text += QStringLiteral("| --- | --- | --- | --- |\n");
    const QDir pageDir(u'/' + options.pageDir);
    for (const RoadmapRow &row : roadmapRows(graph)) {
        const Entity &goal = *row.goal;
        QString deliverable = row.depth == 0
            ? QStringLiteral("🔻 ")
            : QStringLiteral("&nbsp;&nbsp;").repeated(row.depth) + QStringLiteral("↳ ");
        if (goal.ownFile && !goal.source.path.isEmpty()) {
            QString link = pageDir.relativeFilePath(u'/' + goal.source.path);
            if (!link.startsWith(QLatin1StringView("../")))
                link.prepend(QLatin1StringView("./"));
            deliverable += QStringLiteral("[%1](%2)")
                               .arg(escapeTitle(goal.title), QString(link).replace(u' ', QStringLiteral("%20")));
        } else {
            deliverable += escapeCell(goal.title);
        }
        const QString progress = goal.progress
            ? progressBarText(*goal.progress, goal.progressWidth > 0 ? goal.progressWidth : options.progressWidth)
            : QString();
        text
            += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(deliverable, stateEmoji(goal.state), progress, ownerCell(goal.owners, options.referenceLabels));
    }
    return text;
}

TextEditResult OverviewTableWriter::replaceMarkedTable(
    const QByteArray &file, const QString &table, const QString &path)
{
    const QByteArray eol = file.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray body = table.toUtf8();
    if (!body.endsWith('\n'))
        body += '\n';
    if (eol.size() == 2)
        body.replace("\n", "\r\n");
    const QByteArray begin = QByteArray(beginMarker.data(), beginMarker.size());
    const QByteArray end = QByteArray(endMarker.data(), endMarker.size());
    const qsizetype beginAt = file.indexOf(begin);
    const qsizetype endAt = beginAt < 0 ? file.indexOf(end) : file.indexOf(end, beginAt);
    if (beginAt < 0 && endAt < 0) {
        QByteArray result = file;
        if (!result.isEmpty() && !result.endsWith('\n'))
            result += eol;
        if (!result.isEmpty())
            result += eol;
        result += begin + eol + eol + body + eol + end + eol;
        return { result, std::nullopt };
    }
    if (beginAt < 0 || endAt < 0) {
        const int line = int(file.left(std::max(beginAt, endAt)).count('\n')) + 1;
        return { {},
            Diagnostic::error({ path, line, 0 },
                QCoreApplication::translate("storyloom", "only one of the roadmap table markers is there")) };
    }
    qsizetype contentStart = file.indexOf('\n', beginAt);
    contentStart = contentStart < 0 ? file.size() : contentStart + 1;
    qsizetype contentEnd = file.lastIndexOf('\n', endAt);
    contentEnd = contentEnd < contentStart ? contentStart : contentEnd + 1;
    QByteArray result = file.left(contentStart);
    if (contentStart == file.size())
        result += eol;
    result += eol + body + eol;
    // The end marker keeps whatever indentation stood before it on its line.
    result += file.mid(std::max(contentEnd, contentStart));
    return { result, std::nullopt };
}

} // namespace storyloom
