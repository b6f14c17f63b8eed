// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"

#include "core/extract/projectloader.h"
#include "core/model/entityresolver.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstdlib>

namespace storyloom::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
    int minPositional, int maxPositional)
{
    parser.addHelpOption();
    QStringList all = arguments;
    all.prepend(QStringLiteral("storyloom-cli ") + command);
    if (!parser.parse(all)) {
        err() << "storyloom-cli " << command << ": " << parser.errorText() << "\n\n" << parser.helpText();
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        err() << "storyloom-cli " << command << ": " << QCoreApplication::translate("cli", "wrong number of arguments")
              << "\n\n"
              << parser.helpText();
        return Usage;
    }
    return std::nullopt;
}

Snapshot loadProjectOrComplain(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        err() << QCoreApplication::translate("cli", "storyloom-cli: %1: no such folder").arg(path) << '\n';
        return nullptr;
    }
    if (!info.isDir()) {
        err() << QCoreApplication::translate("cli", "storyloom-cli: %1: not a folder (give the project's folder)")
                     .arg(path)
              << '\n';
        return nullptr;
    }
    return ProjectLoader::load(info.absoluteFilePath());
}

const Entity *resolveEntityOrComplain(
    const StoryGraph &graph, const QString &command, const QString &reference, std::optional<EntityType> type)
{
    const EntityResolver::Resolution found = EntityResolver(graph).resolve(reference, type);
    if (found.entity)
        return found.entity;
    err() << "storyloom-cli " << command << ": ";
    if (found.ambiguous()) {
        // Two or more, never one: no plural forms needed.
        err() << QCoreApplication::translate("cli", "'%1' names %2 entities; give one of these ids:")
                     .arg(reference, QString::number(found.candidates.size()))
              << '\n';
        for (const Entity *candidate : found.candidates)
            err() << "  " << EntityResolver::describe(*candidate) << '\n';
    } else if (type) {
        err() << QCoreApplication::translate("cli", "no %1 named '%2' (give its id, the id's last part or its title)")
                     .arg(displayName(*type).toLower(), reference)
              << '\n';
    } else {
        err() << QCoreApplication::translate(
            "cli", "no entity named '%1' (give its id, the id's last part or its title)")
                     .arg(reference)
              << '\n';
    }
    return nullptr;
}

void exitNow(int code)
{
    out().flush();
    err().flush();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace storyloom::cli
