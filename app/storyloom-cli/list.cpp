// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace storyloom::cli {

namespace {
QJsonObject entityToJson(const StoryGraph &graph, const Entity &e)
{
    QJsonObject object { { QStringLiteral("id"), e.id }, { QStringLiteral("type"), toString(e.type) },
        { QStringLiteral("title"), e.title }, { QStringLiteral("path"), e.source.path },
        { QStringLiteral("line"), e.source.line } };
    if (e.type == EntityType::Story)
        object.insert(QStringLiteral("kind"), toString(e.kind));
    if (e.type == EntityType::Goal) {
        object.insert(
            QStringLiteral("state"), e.state == GoalState::Unknown ? QJsonValue() : QJsonValue(toString(e.state)));
        object.insert(QStringLiteral("progress"), e.progress ? QJsonValue(*e.progress) : QJsonValue());
        object.insert(QStringLiteral("owners"), QJsonArray::fromStringList(e.owners));
    }
    if (!e.parent.isEmpty())
        object.insert(QStringLiteral("parent"), e.parent);
    if (e.type == EntityType::PainPoint) {
        // One pain point may be told by several stories: how many is how much it matters.
        QJsonArray stories;
        for (const Relation *r : graph.incoming(e.id)) {
            if (r->kind == RelationKind::Exposes)
                stories.append(r->from);
        }
        object.insert(QStringLiteral("exposedBy"), stories);
    }
    QJsonArray relations;
    for (const Relation *r : graph.outgoing(e.id)) {
        relations.append(QJsonObject { { QStringLiteral("kind"), toString(r->kind) },
            { QStringLiteral("target"), r->to },
            { QStringLiteral("source"), QStringLiteral("%1:%2").arg(r->source.path).arg(r->source.line) },
            { QStringLiteral("inferred"), r->inferred() }, { QStringLiteral("provenance"), toString(r->provenance) },
            { QStringLiteral("chain"), QJsonArray::fromStringList(r->chain) } });
    }
    object.insert(QStringLiteral("relations"), relations);
    return object;
}
} // namespace

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "List a project's entities."));
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "machine-readable output") });
    parser.addOption({ QStringLiteral("type"), QCoreApplication::translate("cli", "only entities of this type"),
        QStringLiteral("TYPE") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("list"), arguments, 1, 1))
        return *code;
    std::optional<EntityType> only;
    if (parser.isSet(QStringLiteral("type"))) {
        only = entityTypeFromString(parser.value(QStringLiteral("type")));
        if (!only) {
            err() << QCoreApplication::translate("cli", "storyloom-cli list: unknown type '%1'")
                         .arg(parser.value(QStringLiteral("type")))
                  << '\n';
            return Usage;
        }
    }
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const Entity &e : graph->entities()) {
        if (only && e.type != *only)
            continue;
        if (json)
            array.append(entityToJson(*graph, e));
        else
            out() << toString(e.type).leftJustified(11) << ' ' << e.id << "  " << e.title << '\n';
    }
    if (json)
        printJson(array);
    return Ok;
}

} // namespace storyloom::cli
