// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "common.h"
#include "core/extract/projectclassifier.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace storyloom::cli {

int runClassify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Guess what the pages of each folder are (from the folders' names, the pages' headings, tables and links) "
        "and print the guesses as rules for storyloom.yml."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("classify"), arguments, 1, 1))
        return *code;
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;
    const ProjectConfig config = readProjectConfig(graph->rootPath());
    out() << ProjectClassifier::toRulesYaml(ProjectClassifier::guess(*graph, config));
    return Ok;
}

} // namespace storyloom::cli
