// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace storyloom::cli {

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Count a project's entities, stories and relations."));
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "machine-readable output") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("stats"), arguments, 1, 1))
        return *code;
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject entities, stories, relations;
        for (EntityType type : allEntityTypes)
            entities.insert(toString(type), graph->count(type));
        stories.insert(toString(StoryKind::StatusQuo), graph->count(StoryKind::StatusQuo));
        stories.insert(toString(StoryKind::ShinyFuture), graph->count(StoryKind::ShinyFuture));
        for (RelationKind kind : allRelationKinds)
            relations.insert(toString(kind), graph->count(kind));
        // Declared, extracted and derived: in all, and for each kind.
        QHash<RelationKind, QHash<Provenance, int>> counts;
        QHash<Provenance, int> totals;
        for (const Relation &r : graph->relations()) {
            ++counts[r.kind][r.provenance];
            ++totals[r.provenance];
        }
        QJsonObject provenance, byProvenance;
        for (Provenance p : allProvenances)
            provenance.insert(toString(p), totals.value(p));
        for (RelationKind kind : allRelationKinds) {
            QJsonObject perKind;
            for (Provenance p : allProvenances)
                perKind.insert(toString(p), counts.value(kind).value(p));
            byProvenance.insert(toString(kind), perKind);
        }
        printJson(QJsonObject { { QStringLiteral("entities"), entities }, { QStringLiteral("stories"), stories },
            { QStringLiteral("relations"), relations }, { QStringLiteral("provenance"), provenance },
            { QStringLiteral("relations_by_provenance"), byProvenance },
            { QStringLiteral("errors"), graph->errorCount() }, { QStringLiteral("warnings"), graph->warningCount() } });
        return Ok;
    }
    out() << graph->title() << '\n';
    for (EntityType type : allEntityTypes)
        out() << "  " << pluralDisplayName(type).leftJustified(14) << ' ' << graph->count(type) << '\n';
    out() << "  " << displayName(StoryKind::StatusQuo).leftJustified(14) << ' ' << graph->count(StoryKind::StatusQuo)
          << '\n';
    out() << "  " << displayName(StoryKind::ShinyFuture).leftJustified(14) << ' '
          << graph->count(StoryKind::ShinyFuture) << '\n';
    out() << QCoreApplication::translate("cli", "Relations: %1, errors: %2, warnings: %3")
                 .arg(graph->relations().size())
                 .arg(graph->errorCount())
                 .arg(graph->warningCount())
          << '\n';
    return Ok;
}

} // namespace storyloom::cli
