// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "common.h"
#include "gaps.h"
#include "subcommand.h"

#include <QCoreApplication>

namespace storyloom::cli {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Report problems in a project, one a line as path:line:col: severity: message."));
    parser.addOption({ QStringLiteral("gaps"),
        QCoreApplication::translate(
            "cli", "report gaps instead: pain points no goal addresses, characters in no story…") });
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "machine-readable output") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("check"), arguments, 1, 1))
        return *code;
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;
    if (parser.isSet(QStringLiteral("gaps")))
        return reportGaps(*graph, parser.isSet(QStringLiteral("json")));
    for (const Diagnostic &d : graph->diagnostics())
        out() << d.format() << '\n';
    return graph->errorCount() > 0 ? Failure : Ok;
}

} // namespace storyloom::cli
