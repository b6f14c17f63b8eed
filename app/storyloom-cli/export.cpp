// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli export: roadmap diagrams (and, through exportgraph.cpp, graph diagrams).
#include "export.h"

#include "clitext.h"
#include "commands.h"
#include "common.h"
#include "core/export/diagramlayout.h"
#include "core/roadmap/overviewtablewriter.h"
#include "core/roadmap/roadmapdiagram.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>

namespace storyloom::cli {

void addCommonExportOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("format"),
        CliText::tr("svg, png, pdf, dot, mermaid or md (default: from the output's suffix)"),
        QStringLiteral("FORMAT") });
    parser.addOption({ QStringLiteral("scale"),
        CliText::tr("pixels per point for png (default: the long side is 3000 pixels, at most 4 per point)"),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("width"), CliText::tr("png width in pixels"), QStringLiteral("PIXELS") });
    parser.addOption({ QStringLiteral("height"), CliText::tr("png height in pixels"), QStringLiteral("PIXELS") });
    parser.addOption({ QStringLiteral("direction"), CliText::tr("LR (left to right, default) or TB (top down)"),
        QStringLiteral("DIR"), QStringLiteral("LR") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        CliText::tr("the file to write, - for stdout (text formats)"), QStringLiteral("FILE") });
}

std::optional<ExportTarget> readExportTarget(const QCommandLineParser &parser)
{
    ExportTarget target;
    target.output = parser.value(QStringLiteral("output"));
    if (target.output.isEmpty()) {
        err() << CliText::tr("storyloom-cli export: give the output with -o FILE (or -o - for stdout)") << '\n';
        return std::nullopt;
    }
    QString formatName = parser.value(QStringLiteral("format"));
    if (formatName.isEmpty())
        formatName = target.output == u"-" ? QStringLiteral("svg") : QFileInfo(target.output).suffix();
    const auto format = DiagramExporter::formatFromName(formatName);
    if (!format) {
        err() << CliText::tr("storyloom-cli export: unknown format '%1' (svg, png, pdf, dot, mermaid, md)")
                     .arg(formatName)
              << '\n';
        return std::nullopt;
    }
    target.format = *format;
    if (target.output == u"-" && !DiagramExporter::isText(target.format)) {
        err() << CliText::tr("storyloom-cli export: %1 is binary; write it to a file with -o FILE").arg(formatName)
              << '\n';
        return std::nullopt;
    }
    bool ok = false;
    if (parser.isSet(QStringLiteral("scale"))) {
        target.png.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || target.png.scale <= 0 || target.png.scale > 16) {
            err() << CliText::tr("storyloom-cli export: --scale wants a number above 0 and at most 16") << '\n';
            return std::nullopt;
        }
    }
    for (const QString &name : { QStringLiteral("width"), QStringLiteral("height") }) {
        if (!parser.isSet(name))
            continue;
        const int pixels = parser.value(name).toInt(&ok);
        if (!ok || pixels < 16 || pixels > 32000) {
            err() << CliText::tr("storyloom-cli export: --%1 wants a number of pixels from 16 to 32000").arg(name)
                  << '\n';
            return std::nullopt;
        }
        (name == u"width" ? target.png.width : target.png.height) = pixels;
    }
    if (target.png.scale > 0 && (target.png.width > 0 || target.png.height > 0)) {
        err() << CliText::tr("storyloom-cli export: give --scale or --width/--height, not both") << '\n';
        return std::nullopt;
    }
    const QString direction = parser.value(QStringLiteral("direction")).toUpper();
    if (direction == u"LR") {
        target.direction = DiagramDirection::LeftToRight;
    } else if (direction == u"TB" || direction == u"TD") {
        target.direction = DiagramDirection::TopDown;
    } else {
        err() << CliText::tr("storyloom-cli export: --direction is LR or TB") << '\n';
        return std::nullopt;
    }
    return target;
}

int writeExport(const ExportTarget &target, Diagram diagram, const QString &markdown)
{
    QByteArray bytes;
    if (target.format == ExportFormat::Markdown) {
        bytes = markdown.toUtf8();
    } else {
        diagram.direction = target.direction;
        layoutDiagram(diagram);
        const ExportResult result
            = DiagramExporter::write(diagram, target.format, DiagramExporter::pngScale(diagram, target.png));
        if (result.error) {
            err() << "storyloom-cli export: " << result.error->message << '\n';
            return Failure;
        }
        bytes = result.bytes;
    }
    if (target.output == u"-") {
        out().flush();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    QSaveFile file(target.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << CliText::tr("storyloom-cli export: cannot write %1: %2").arg(target.output, file.errorString())
              << '\n';
        return Failure;
    }
    return Ok;
}

int runExport(const QStringList &arguments)
{
    if (std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
            return a == u"--view" || a.startsWith(u"--view=") || a == u"--tour" || a.startsWith(u"--tour=");
        }))
        return runExportView(arguments);
    if (arguments.contains(QStringLiteral("--graph")))
        return runExportGraph(arguments);
    if (std::any_of(arguments.cbegin(), arguments.cend(),
            [](const QString &a) { return a == u"--matrix" || a.startsWith(u"--matrix="); }))
        return runExportMatrix(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Export the roadmap as a diagram (svg, png, pdf, dot, mermaid) or as its "
                    "Markdown overview table (md)."));
    parser.addOption({ QStringLiteral("roadmap"), CliText::tr("export the roadmap (goals and initiatives)") });
    parser.addOption({ QStringLiteral("graph"), CliText::tr("export the graph instead (see --graph --help)") });
    parser.addOption({ QStringLiteral("matrix"),
        CliText::tr("export the coverage matrix instead (see --matrix R,C --help)"), QStringLiteral("ROWS,COLS") });
    parser.addOption({ QStringLiteral("view"), CliText::tr("export a saved view instead (see --view NAME --help)"),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("state"),
        CliText::tr("only goals in this state (done, in-progress, help-wanted, paused); repeatable"),
        QStringLiteral("STATE") });
    parser.addOption({ QStringLiteral("with-pain-points"), CliText::tr("add the pain points each goal addresses") });
    parser.addOption(
        { QStringLiteral("with-stories"), CliText::tr("add the shiny-future stories each goal realises") });
    parser.addOption({ QStringLiteral("title"), CliText::tr("the diagram's title (default: \"<project> roadmap\")"),
        QStringLiteral("TITLE") });
    parser.addOption({ QStringLiteral("no-legend"), CliText::tr("leave out the legend") });
    addCommonExportOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("export"), arguments, 1, 1))
        return *code;
    if (!parser.isSet(QStringLiteral("roadmap"))) {
        err() << CliText::tr("storyloom-cli export: say what to export: --roadmap (or --graph)") << '\n';
        return Usage;
    }
    const auto target = readExportTarget(parser);
    if (!target)
        return Usage;
    RoadmapDiagramOptions options;
    for (const QString &value : parser.values(QStringLiteral("state"))) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const auto state = goalStateFromString(name);
            if (!state) {
                err() << CliText::tr(
                    "storyloom-cli export: unknown state '%1' (done, in-progress, help-wanted, paused)")
                             .arg(name)
                      << '\n';
                return Usage;
            }
            options.states.append(*state);
        }
    }
    options.withPainPoints = parser.isSet(QStringLiteral("with-pain-points"));
    options.withStories = parser.isSet(QStringLiteral("with-stories"));
    options.direction = target->direction;
    options.title = parser.value(QStringLiteral("title"));
    options.legend = !parser.isSet(QStringLiteral("no-legend"));

    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;
    QString markdown;
    if (target->format == ExportFormat::Markdown) {
        OverviewTableOptions tableOptions;
        tableOptions.pageDir = graph->contentDir();
        markdown = OverviewTableWriter::table(*graph, tableOptions);
    }
    return writeExport(*target, buildRoadmapDiagram(*graph, options), markdown);
}

} // namespace storyloom::cli
