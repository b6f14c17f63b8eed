// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli relation: keep or take away one relation, as the Suggestions dock's A and R keys do.
#include "clitext.h"
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "core/project/relationdecisions.h"

namespace storyloom::cli {

int runRelation(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Keep or take away one relation: 'accept' declares it (a suggested, extracted or derived relation); "
        "'reject' takes it out of the graph for good and never suggests it again. The verdict is written "
        "where the project keeps it: the source page's front matter in a native project, storyloom.yml at "
        "the project root in an mdBook."));
    parser.addPositionalArgument(QStringLiteral("VERDICT"), CliText::tr("accept or reject"));
    parser.addPositionalArgument(
        QStringLiteral("KIND"), CliText::tr("the relation's kind, as `list` prints it (addresses, features...)"));
    parser.addPositionalArgument(QStringLiteral("FROM"), CliText::tr("the entity the relation starts from"));
    parser.addPositionalArgument(QStringLiteral("TO"), CliText::tr("the entity it points to"));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("relation"), arguments, 5, 5))
        return *code;

    const QStringList args = parser.positionalArguments();
    const QString verdict = args.at(0);
    if (verdict != QLatin1String("accept") && verdict != QLatin1String("reject")) {
        err() << CliText::tr("storyloom-cli relation: the verdict is 'accept' or 'reject', not '%1'").arg(verdict)
              << '\n';
        return Usage;
    }
    const std::optional<RelationKind> kind = relationKindFromString(args.at(1));
    if (!kind) {
        err() << CliText::tr("storyloom-cli relation: no relation kind '%1'").arg(args.at(1)) << '\n';
        return Usage;
    }
    const Snapshot graph = loadProjectOrComplain(args.at(4));
    if (!graph)
        return Failure;
    const Entity *from = resolveEntityOrComplain(*graph, QStringLiteral("relation"), args.at(2));
    const Entity *to = from ? resolveEntityOrComplain(*graph, QStringLiteral("relation"), args.at(3)) : nullptr;
    if (!from || !to)
        return Failure;

    const RelationDecisions decisions(graph);
    const WriteResult written = verdict == QLatin1String("accept") ? decisions.accept(*kind, from->id, to->id)
                                                                   : decisions.reject(*kind, from->id, to->id);
    if (!written.ok) {
        err() << QStringLiteral("storyloom-cli relation: ") << written.error << '\n';
        return Failure;
    }
    out() << (verdict == QLatin1String("accept") ? CliText::tr("accepted %1 %2 → %3 in %4")
                                                 : CliText::tr("rejected %1 %2 → %3 in %4"))
                 .arg(toString(*kind), from->id, to->id, written.path)
          << '\n';
    return Ok;
}

} // namespace storyloom::cli
