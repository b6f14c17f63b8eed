// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include <QCoreApplication>

namespace storyloom::cli {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Report problems in a project, one a line as path:line:col: severity: message."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("check"), arguments, 1, 1))
        return *code;
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().first());
    if (!graph)
        return Failure;
    for (const Diagnostic &d : graph->diagnostics())
        out() << d.format() << '\n';
    return graph->errorCount() > 0 ? Failure : Ok;
}

} // namespace storyloom::cli
