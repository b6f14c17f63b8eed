// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli export --matrix: the coverage matrix of two entity types as
// CSV, SVG or a Markdown table.
#include "export.h"

#include "clitext.h"
#include "common.h"
#include "core/export/coveragematrixwriter.h"
#include "subcommand.h"

#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

namespace storyloom::cli {

namespace {

std::optional<EntityClass> readClass(const QString &name)
{
    const auto kind = EntityClass::fromString(name);
    if (!kind) {
        err() << CliText::tr("storyloom-cli export: unknown entity type '%1' (character, value, story, status-quo, "
                             "shiny-future, pain-point, goal, project, page; singular or plural)")
                     .arg(name)
              << '\n';
    }
    return kind;
}

} // namespace

int runExportMatrix(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Export the coverage matrix of two entity types: each cell counts the paths of at most two "
                    "relations between the row's and the column's entity."));
    parser.addOption(
        { QStringLiteral("matrix"), CliText::tr("the rows' and the columns' entity types, e.g. characters,pain-points"),
            QStringLiteral("ROWS,COLS") });
    parser.addOption({ QStringLiteral("through"),
        CliText::tr("count only paths through an entity of this type (e.g. stories)"), QStringLiteral("TYPE") });
    parser.addOption({ QStringLiteral("sort"), CliText::tr("book (default) or total: rows and columns by their total"),
        QStringLiteral("ORDER"), QStringLiteral("book") });
    parser.addOption({ QStringLiteral("format"), CliText::tr("csv, svg or md (default: from the output's suffix)"),
        QStringLiteral("FORMAT") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        CliText::tr("the file to write, - for stdout"), QStringLiteral("FILE") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("export"), arguments, 1, 1))
        return *code;
    const QStringList axes = parser.value(QStringLiteral("matrix")).split(u',', Qt::SkipEmptyParts);
    if (axes.size() != 2) {
        err() << CliText::tr("storyloom-cli export: --matrix wants two entity types, ROWS,COLS") << '\n';
        return Usage;
    }
    CoverageOptions options;
    const auto rows = readClass(axes[0]);
    const auto columns = readClass(axes[1]);
    if (!rows || !columns)
        return Usage;
    options.rows = *rows;
    options.columns = *columns;
    if (parser.isSet(QStringLiteral("through"))) {
        options.through = readClass(parser.value(QStringLiteral("through")));
        if (!options.through)
            return Usage;
    }
    const QString sort = parser.value(QStringLiteral("sort"));
    if (sort != u"book" && sort != u"total") {
        err() << CliText::tr("storyloom-cli export: --sort is book or total") << '\n';
        return Usage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err() << CliText::tr("storyloom-cli export: give the output with -o FILE (or -o - for stdout)") << '\n';
        return Usage;
    }
    QString formatName = parser.value(QStringLiteral("format"));
    if (formatName.isEmpty())
        formatName = output == u"-" ? QStringLiteral("csv") : QFileInfo(output).suffix();
    const auto format = CoverageMatrixWriter::formatFromName(formatName);
    if (!format) {
        err() << CliText::tr("storyloom-cli export: the matrix is written as csv, svg or md, not '%1'").arg(formatName)
              << '\n';
        return Usage;
    }
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;
    const QByteArray bytes = CoverageMatrixWriter::write(
        CoverageMatrix::build(*graph, options), *format, sort == u"total" ? MatrixOrder::ByTotal : MatrixOrder::Book);
    if (output == u"-") {
        out().flush();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << CliText::tr("storyloom-cli export: cannot write %1: %2").arg(output, file.errorString()) << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace storyloom::cli
