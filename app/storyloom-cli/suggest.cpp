// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli suggest: relations the text suggests (goals for pain points, retellings).
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "core/analysis/relationsuggester.h"
#include "core/project/relationdecisions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace storyloom::cli {

int runSuggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Suggest relations nobody wrote down, from the words two texts share: for each pain point the goals "
        "that may address it, for each status-quo story the shiny-future stories that may retell it. Pairs "
        "already related and pairs rejected in storyloom.yml or front matter are left out."));
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "machine-readable output") });
    parser.addOption({ QStringLiteral("min-score"),
        QCoreApplication::translate("cli", "only suggestions scoring at least S, from 0 to 1 (default 0.1)"),
        QStringLiteral("S"), QStringLiteral("0.1") });
    parser.addOption({ QStringLiteral("limit"),
        QCoreApplication::translate("cli", "at most N candidates for each pain point or story (default 3)"),
        QStringLiteral("N"), QStringLiteral("3") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("suggest"), arguments, 1, 1))
        return *code;

    SuggestOptions options;
    bool ok = false;
    options.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || options.limit < 1) {
        err() << QCoreApplication::translate("cli", "storyloom-cli suggest: --limit needs a positive number") << '\n';
        return Usage;
    }
    options.minScore = parser.value(QStringLiteral("min-score")).toDouble(&ok);
    if (!ok || options.minScore < 0 || options.minScore > 1) {
        err() << QCoreApplication::translate("cli", "storyloom-cli suggest: --min-score needs a number from 0 to 1")
              << '\n';
        return Usage;
    }
    const Snapshot graph = loadProjectOrComplain(parser.positionalArguments().constFirst());
    if (!graph)
        return Failure;
    options.rejected = RelationDecisions(graph).rejected();
    const std::vector<Suggestion> suggestions = RelationSuggester::suggest(*graph, options);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Suggestion &s : suggestions) {
            const Entity *subject = graph->entity(s.subject);
            const Entity *candidate = graph->entity(s.candidate);
            list.append(QJsonObject { { QStringLiteral("subject"), s.subject },
                { QStringLiteral("subjectTitle"), subject->title },
                { QStringLiteral("subjectType"), toString(subject->type) },
                { QStringLiteral("path"), subject->source.path }, { QStringLiteral("line"), subject->source.line },
                { QStringLiteral("candidate"), s.candidate }, { QStringLiteral("candidateTitle"), candidate->title },
                { QStringLiteral("candidateType"), toString(candidate->type) },
                { QStringLiteral("relation"),
                    QJsonObject { { QStringLiteral("kind"), toString(s.kind) }, { QStringLiteral("from"), s.from },
                        { QStringLiteral("to"), s.to } } },
                { QStringLiteral("rank"), s.rank }, { QStringLiteral("score"), s.score },
                { QStringLiteral("terms"), QJsonArray::fromStringList(s.terms) } });
        }
        printJson(list);
        return Ok;
    }
    QString subject;
    for (const Suggestion &s : suggestions) {
        if (s.subject != subject) {
            subject = s.subject;
            const Entity *e = graph->entity(s.subject);
            out() << e->source.toString() << ": " << displayName(e->type) << ": " << e->title << '\n';
        }
        const Entity *candidate = graph->entity(s.candidate);
        out() << "  " << s.rank << ". " << QString::number(s.score, 'f', 2) << "  " << toString(s.kind) << "  "
              << candidate->title << " (" << candidate->id << ")  [" << s.terms.join(QStringLiteral(", ")) << "]\n";
    }
    out() << QCoreApplication::translate("cli", "%n suggestion(s)", nullptr, int(suggestions.size())) << '\n';
    return Ok;
}

} // namespace storyloom::cli
