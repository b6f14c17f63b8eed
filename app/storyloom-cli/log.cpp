// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitext.h"
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "core/history/visionlog.h"

#include <QFileInfo>
#include <QJsonArray>

namespace storyloom::cli {

namespace {

const QStringList countSections = { QStringLiteral("entities"), QStringLiteral("stories"), QStringLiteral("relations"),
    QStringLiteral("pain_points"), QStringLiteral("goals") };

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QJsonObject rowJson(const VisionLogRow &row)
{
    QJsonObject object = row.counts;
    object.insert(QStringLiteral("commit"), row.commit.commit);
    object.insert(QStringLiteral("date"), row.commit.date.toString(Qt::ISODate));
    object.insert(QStringLiteral("author"), row.commit.author);
    object.insert(QStringLiteral("subject"), row.commit.subject);
    return object;
}

void printCsv(const std::vector<VisionLogRow> &rows)
{
    QStringList header { QStringLiteral("commit"), QStringLiteral("date"), QStringLiteral("author"),
        QStringLiteral("subject") };
    const QJsonObject shape = rows.empty() ? QJsonObject() : rows.front().counts;
    for (const QString &section : countSections) {
        for (const QString &key : shape.value(section).toObject().keys())
            header.append(section + u'.' + key);
    }
    out() << header.join(u',') << '\n';
    for (const VisionLogRow &row : rows) {
        QStringList fields { row.commit.commit, row.commit.date.toString(Qt::ISODate), csvField(row.commit.author),
            csvField(row.commit.subject) };
        for (const QString &section : countSections) {
            const QJsonObject counts = row.counts.value(section).toObject();
            for (const QString &key : shape.value(section).toObject().keys())
                fields.append(QString::number(counts.value(key).toInt()));
        }
        out() << fields.join(u',') << '\n';
    }
}

void printText(const std::vector<VisionLogRow> &rows)
{
    for (const VisionLogRow &row : rows) {
        const QJsonObject entities = row.counts.value(QStringLiteral("entities")).toObject();
        const QJsonObject painPoints = row.counts.value(QStringLiteral("pain_points")).toObject();
        out() << row.commit.commit.left(10) << ' ' << row.commit.date.toString(Qt::ISODate).left(10) << ' '
              << row.commit.subject << '\n'
              << "    "
              << CliText::tr("stories: %1, pain points: %2 (open: %3), goals: %4")
                     .arg(entities.value(toString(EntityType::Story)).toInt())
                     .arg(entities.value(toString(EntityType::PainPoint)).toInt())
                     .arg(painPoints.value(QStringLiteral("unaddressed")).toInt())
                     .arg(entities.value(toString(EntityType::Goal)).toInt())
              << '\n';
    }
}

} // namespace

int runLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("The vision through the project's Git history: one row per commit (the first-parent line "
                    "unless --all-parents) with its date, author, subject and the counts of entities, stories, "
                    "relations, pain points and goals. Reads Git objects only: nothing is checked out or written."));
    parser.addOption({ QStringLiteral("json"), CliText::tr("machine-readable output") });
    parser.addOption({ QStringLiteral("csv"), CliText::tr("comma-separated values, one row per commit") });
    parser.addOption(
        { QStringLiteral("all-parents"), CliText::tr("every commit, not only the first-parent line of merges") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    parser.addPositionalArgument(QStringLiteral("REV-RANGE"),
        CliText::tr("a revision or range such as v1.0..main (default: HEAD)"), QStringLiteral("[REV-RANGE]"));
    if (auto code = parseArguments(parser, QStringLiteral("log"), arguments, 1, 2))
        return *code;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        err() << "storyloom-cli log: " << CliText::tr("--json and --csv cannot be combined") << "\n\n"
              << parser.helpText();
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString root = QFileInfo(positional[0]).absoluteFilePath();
    if (!QFileInfo(root).isDir()) {
        err() << QCoreApplication::translate("cli", "storyloom-cli: %1: no such folder").arg(positional[0]) << '\n';
        return Failure;
    }
    VisionLog log(root);
    HistoryError error;
    const std::optional<std::vector<VisionLogRow>> rows
        = log.rows(positional.value(1), parser.isSet(QStringLiteral("all-parents")), &error);
    if (!rows) {
        // What is wrong with the repository is asked only once the log failed (each git run is a process).
        const HistoryError why = log.loader().git().check();
        err() << "storyloom-cli log: " << (why.isError() ? why : error).message << '\n';
        return Failure;
    }
    // A cache that cannot be written slows the next run only (the loader logs why).
    log.saveParses();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const VisionLogRow &row : *rows)
            array.append(rowJson(row));
        printJson(array);
    } else if (parser.isSet(QStringLiteral("csv"))) {
        printCsv(*rows);
    } else {
        printText(*rows);
    }
    out().flush();
    const QStringList boundary = log.loader().git().shallowBoundary();
    for (const VisionLogRow &row : *rows) {
        if (boundary.contains(row.commit.commit)) {
            err() << "storyloom-cli log: "
                  << CliText::tr("the repository is a shallow clone: its history stops at %1; older commits are "
                                 "not there to read.")
                         .arg(row.commit.commit)
                  << '\n';
            break;
        }
    }
    exitNow(Ok);
}

} // namespace storyloom::cli
