// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subcommand.h"

#include "clitext.h"
#include "commands.h"

#include <QCoreApplication>
#include <cstdio>

namespace storyloom::cli {

const std::vector<Subcommand> &subcommands()
{
    static const std::vector<Subcommand> all = {
        { QStringLiteral("check"),
            QCoreApplication::translate("cli", "report problems in a project (and gaps with --gaps)"),
            Subcommand::Application::Core, &runCheck },
        { QStringLiteral("stats"), QCoreApplication::translate("cli", "count entities and relations"),
            Subcommand::Application::Core, &runStats },
        { QStringLiteral("list"),
            QCoreApplication::translate("cli", "list entities with their attributes and relations"),
            Subcommand::Application::Core, &runList },
        { QStringLiteral("search"), QCoreApplication::translate("cli", "full-text search"),
            Subcommand::Application::Core, &runSearch },
        { QStringLiteral("suggest"),
            QCoreApplication::translate("cli", "suggest relations from the text (goals for pain points)"),
            Subcommand::Application::Core, &runSuggest },
        { QStringLiteral("relation"),
            CliText::tr("accept or reject one relation (a suggested, extracted or derived one)"),
            Subcommand::Application::Core, &runRelation },
        { QStringLiteral("index"), QCoreApplication::translate("cli", "build or refresh the project's index"),
            Subcommand::Application::Core, &runIndex },
        { QStringLiteral("render"), QCoreApplication::translate("cli", "write an entity's preview HTML"),
            Subcommand::Application::Core, &runRender },
        { QStringLiteral("export"), QCoreApplication::translate("cli", "export roadmap and graph diagrams"),
            Subcommand::Application::Gui, &runExport },
        { QStringLiteral("sync"), QCoreApplication::translate("cli", "commit, merge and push the content folder"),
            Subcommand::Application::Core, &runSync },
        { QStringLiteral("diff"), CliText::tr("compare the vision at two revisions of its Git history"),
            Subcommand::Application::Core, &runDiff },
        { QStringLiteral("log"), CliText::tr("the vision's counts at each commit of its Git history"),
            Subcommand::Application::Core, &runLog },
        { QStringLiteral("classify"),
            QCoreApplication::translate("cli", "guess what each folder's pages are and print the guesses as rules"),
            Subcommand::Application::Core, &runClassify },
    };
    return all;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace storyloom::cli
