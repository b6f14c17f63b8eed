// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli export --view NAME and --tour FILE.yml: saved views (views/NAME.yml)
// drawn as the Graph tab draws them, alone or as a PDF deck.
#include "export.h"

#include "clitext.h"
#include "common.h"
#include "core/export/diagramlinks.h"
#include "core/export/mermaidwriter.h"
#include "core/export/viewdiagram.h"
#include "core/extract/projectconfig.h"
#include "core/extract/publishedaddresses.h"
#include "subcommand.h"
#include "ui/export/diagrampainter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

namespace storyloom::cli {

namespace {

int saveBytes(const QString &output, const QByteArray &bytes)
{
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

/** A view by name (`views/NAME.yml`) or by the path of its file. */
QString viewPath(const QString &root, const QString &nameOrPath)
{
    if (nameOrPath.endsWith(QLatin1String(".yml")) && QFileInfo::exists(nameOrPath))
        return nameOrPath;
    return SavedViews::pathFor(root, nameOrPath);
}

/** The view's diagram, links set for where `output` lands; prints the problem and returns nothing. */
std::optional<Diagram> viewDiagram(const StoryGraph &graph, const QString &nameOrPath, const QString &output)
{
    const QString path = viewPath(graph.rootPath(), nameOrPath);
    if (!QFileInfo::exists(path)) {
        QString known = SavedViews::list(graph.rootPath()).join(QStringLiteral(", "));
        if (known.isEmpty())
            known = CliText::tr("none");
        err() << CliText::tr("storyloom-cli export: no view '%1' (%2; saved views: %3)").arg(nameOrPath, path, known)
              << '\n';
        return std::nullopt;
    }
    const auto read = SavedViews::read(path);
    if (const auto *problem = std::get_if<Diagnostic>(&read)) {
        err() << problem->format() << '\n';
        return std::nullopt;
    }
    ViewDiagramResult result = ViewDiagram::build(graph, std::get<SavedView>(read));
    if (!result.error.isEmpty()) {
        err() << path << ": " << result.error << '\n';
        return std::nullopt;
    }
    const ProjectConfig config = readProjectConfig(graph.rootPath());
    DiagramLinks::apply(
        result.diagram, { graph.rootPath(), output, graph.contentDir(), PublishedAddresses::siteAddress(config) });
    return result.diagram;
}

/** Mermaid within its limits: one file, or FILE, FILE-2… with a note of why. */
int writeMermaid(const Diagram &diagram, const QString &output)
{
    const QStringList parts = MermaidWriter::writeParts(diagram);
    if (parts.size() == 1 || output == u"-")
        return saveBytes(output, parts.join(u'\n').toUtf8());
    const QFileInfo info(output);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    const QString stem = info.suffix().isEmpty() ? output : output.chopped(suffix.size());
    QStringList written;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString file = i == 0 ? output : QStringLiteral("%1-%2%3").arg(stem).arg(i + 1).arg(suffix);
        if (const int code = saveBytes(file, parts.at(i).toUtf8()); code != Ok)
            return code;
        written << file;
    }
    err() << CliText::tr("storyloom-cli export: too large for one Mermaid diagram (at most %1 characters and %2 "
                         "edges); wrote %3 diagrams: %4")
                 .arg(MermaidLimits().maxTextSize)
                 .arg(MermaidLimits().maxEdges)
                 .arg(parts.size())
                 .arg(written.join(QStringLiteral(", ")))
          << '\n';
    return Ok;
}

} // namespace

int runExportView(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Export a saved view (views/NAME.yml) as the Graph tab shows it, "
                                                 "or a tour of saved views as a PDF deck."));
    parser.addOption({ QStringLiteral("view"), CliText::tr("the saved view: its name, or the path of its .yml file"),
        QStringLiteral("NAME") });
    parser.addOption(
        { QStringLiteral("tour"), CliText::tr("a tour file (title: and views: [NAME, ...]): one PDF page per view"),
            QStringLiteral("FILE.yml") });
    addCommonExportOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("export"), arguments, 1, 1))
        return *code;
    const std::optional<ExportTarget> target = readExportTarget(parser);
    if (!target)
        return Usage;
    const bool tour = parser.isSet(QStringLiteral("tour"));
    if (tour == parser.isSet(QStringLiteral("view"))) {
        err() << CliText::tr("storyloom-cli export: give --view NAME or --tour FILE.yml") << '\n';
        return Usage;
    }
    if (target->format == ExportFormat::Markdown || (tour && target->format != ExportFormat::Pdf)) {
        err() << (tour ? CliText::tr("storyloom-cli export --tour: the deck is a pdf")
                       : CliText::tr("storyloom-cli export --view: use svg, png, pdf, dot or mermaid"))
              << '\n';
        return Usage;
    }
    std::optional<ViewTour> steps;
    if (tour) {
        const auto read = SavedViews::readTour(parser.value(QStringLiteral("tour")));
        if (const auto *problem = std::get_if<Diagnostic>(&read)) {
            err() << problem->format() << '\n';
            return Failure;
        }
        steps = std::get<ViewTour>(read);
    }
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;
    if (steps) {
        std::vector<Diagram> pages;
        for (const QString &name : std::as_const(steps->views)) {
            std::optional<Diagram> diagram = viewDiagram(*graph, name, target->output);
            if (!diagram)
                return Failure;
            pages.push_back(std::move(*diagram));
        }
        return saveBytes(target->output, DiagramPainter::toPdfDeck(pages, steps->title));
    }
    const std::optional<Diagram> diagram = viewDiagram(*graph, parser.value(QStringLiteral("view")), target->output);
    if (!diagram)
        return Failure;
    if (target->format == ExportFormat::Mermaid)
        return writeMermaid(*diagram, target->output);
    const ExportResult result
        = DiagramExporter::write(*diagram, target->format, DiagramExporter::pngScale(*diagram, target->png));
    if (result.error) {
        err() << "storyloom-cli export: " << result.error->message << '\n';
        return Failure;
    }
    return saveBytes(target->output, result.bytes);
}

} // namespace storyloom::cli
