// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli export --graph: what the graph view shows (same filters), as
// SVG, PNG, PDF or DOT through the shared DiagramExporter.
#include "export.h"

#include "clitext.h"
#include "common.h"
#include "core/analysis/graphfilter.h"
#include "core/export/graphdiagram.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

namespace storyloom::cli {

namespace {

/** Values of a repeatable option, also split at commas (`--type story,goal`). */
QStringList listValues(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &value : parser.values(name))
        values += value.split(u',', Qt::SkipEmptyParts);
    return values;
}

/** Reads the filter options; prints the first bad value and returns nothing. */
std::optional<GraphFilter> readFilter(const QCommandLineParser &parser, const StoryGraph &graph)
{
    GraphFilter filter;
    for (const QString &name : listValues(parser, QStringLiteral("type"))) {
        if (auto type = entityTypeFromString(name)) {
            filter.types.insert(*type);
        } else if (auto kind = storyKindFromString(name); kind && *kind != StoryKind::None) {
            filter.types.insert(EntityType::Story);
            filter.storyKinds.insert(*kind);
        } else {
            err() << CliText::tr("storyloom-cli export: unknown type '%1'").arg(name) << '\n';
            return std::nullopt;
        }
    }
    if (!filter.storyKinds.isEmpty() && filter.storyKinds.size() < 2)
        filter.storyKinds.insert(StoryKind::None);
    for (const QString &name : listValues(parser, QStringLiteral("relation"))) {
        auto kind = relationKindFromString(name);
        if (!kind) {
            err() << CliText::tr("storyloom-cli export: unknown relation kind '%1'").arg(name) << '\n';
            return std::nullopt;
        }
        filter.relationKinds.insert(*kind);
    }
    for (const QString &name : listValues(parser, QStringLiteral("state"))) {
        auto state = goalStateFromString(name);
        if (!state) {
            err() << CliText::tr("storyloom-cli export: unknown goal state '%1'").arg(name) << '\n';
            return std::nullopt;
        }
        filter.goalStates.insert(*state);
    }
    if (const QString character = parser.value(QStringLiteral("character")); !character.isEmpty()) {
        const Entity *found
            = resolveEntityOrComplain(graph, QStringLiteral("export"), character, EntityType::Character);
        if (!found)
            return std::nullopt;
        filter.character = found->id;
    }
    filter.text = parser.value(QStringLiteral("text"));
    filter.hideOrphans = parser.isSet(QStringLiteral("hide-orphans"));
    if (const QString local = parser.value(QStringLiteral("local")); !local.isEmpty()) {
        const Entity *found = resolveEntityOrComplain(graph, QStringLiteral("export"), local);
        if (!found)
            return std::nullopt;
        filter.localRoot = found->id;
    }
    bool ok = false;
    filter.localDepth = parser.value(QStringLiteral("depth")).toInt(&ok);
    if (!ok || filter.localDepth < 1 || filter.localDepth > 3) {
        err() << CliText::tr("storyloom-cli export: --depth is 1, 2 or 3") << '\n';
        return std::nullopt;
    }
    return filter;
}

int writeBytes(const QString &output, const QByteArray &bytes)
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

} // namespace

int runExportGraph(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Export the story graph (what the Graph view shows with the same filters)."));
    parser.addOption({ QStringLiteral("graph"), CliText::tr("export the graph") });
    parser.addOption({ QStringLiteral("type"),
        CliText::tr(
            "only these entity types (character, value, story, status-quo, shiny-future, pain-point, goal, project, "
            "page); repeatable or comma-separated"),
        QStringLiteral("TYPE") });
    QStringList kinds;
    for (RelationKind kind : allRelationKinds)
        kinds << toString(kind);
    parser.addOption({ QStringLiteral("relation"),
        CliText::tr("only these relation kinds (%1); repeatable or comma-separated")
            .arg(kinds.join(QStringLiteral(", "))),
        QStringLiteral("KIND") });
    parser.addOption({ QStringLiteral("state"),
        CliText::tr(
            "only goals in these states (done, in-progress, help-wanted, paused, proposed, accepted, not-accepted)"),
        QStringLiteral("STATE") });
    parser.addOption({ QStringLiteral("character"),
        CliText::tr("only what involves this character (its id, the id's last part or its title)"),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("text"), CliText::tr("only entities whose title or id contains TEXT"),
        QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("hide-orphans"), CliText::tr("leave out entities without relations") });
    parser.addOption({ QStringLiteral("local"),
        CliText::tr("only the neighbourhood of this entity (its id, the id's last part or its title)"),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("depth"), CliText::tr("how far the neighbourhood reaches (1-3, default 1)"),
        QStringLiteral("N"), QStringLiteral("1") });
    addCommonExportOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("export"), arguments, 1, 1))
        return *code;
    const std::optional<ExportTarget> target = readExportTarget(parser);
    if (!target)
        return Usage;
    if (target->format == ExportFormat::Markdown || target->format == ExportFormat::Mermaid) {
        err() << CliText::tr("storyloom-cli export --graph: use svg, png, pdf or dot") << '\n';
        return Usage;
    }
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;
    const std::optional<GraphFilter> filter = readFilter(parser, *graph);
    if (!filter)
        return Usage;
    const Diagram diagram = GraphDiagram::build(*graph, filter->apply(*graph));
    const ExportResult result
        = DiagramExporter::write(diagram, target->format, DiagramExporter::pngScale(diagram, target->png));
    if (result.error) {
        err() << "storyloom-cli export: " << result.error->message << '\n';
        return Failure;
    }
    return writeBytes(target->output, result.bytes);
}

} // namespace storyloom::cli
