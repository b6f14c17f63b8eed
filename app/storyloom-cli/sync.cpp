// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitext.h"
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "core/sync/conflictresolver.h"
#include "core/sync/gitrepository.h"
#include "core/sync/syncsession.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace storyloom::cli {

namespace {
void printConflicts(const QStringList &paths)
{
    for (const QString &path : paths)
        out() << path << '\n';
    out().flush();
    err() << QCoreApplication::translate("cli",
        "storyloom-cli sync: %n file(s) changed on both sides; resolve them in Storyloom "
        "(or take one side with Git), then sync again, or run "
        "`storyloom-cli sync --abort PROJECT` to go back.",
        nullptr, int(paths.size()))
          << '\n';
}
} // namespace

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Commit the project's changes, merge what others pushed, and push. "
                    "Exit status: 0 synced, 1 error, 3 conflicts (the conflicted paths are listed on stdout)."));
    parser.addOption({ { QStringLiteral("m"), QStringLiteral("message") },
        CliText::tr("the commit message (default: one naming what changed)"), QStringLiteral("M") });
    parser.addOption({ QStringLiteral("no-push"), CliText::tr("commit and merge, but do not push") });
    parser.addOption({ QStringLiteral("allow-unrelated-histories"),
        CliText::tr("merge a remote that was started separately (keeps the files of both sides)") });
    parser.addOption(
        { QStringLiteral("abort"), CliText::tr("abort an unfinished merge, back to the local state before the sync") });
    parser.addOption({ QStringLiteral("push-to-branch"),
        CliText::tr("push the commits to this new branch of the remote (when the remote refused the push)"),
        QStringLiteral("BRANCH") });
    parser.addOption({ QStringLiteral("quiet"), CliText::tr("print only errors and conflicts") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("sync"), arguments, 1, 1))
        return *code;
    const QString root = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    if (!QFileInfo(root).isDir()) {
        err() << CliText::tr("storyloom-cli sync: %1: no such folder").arg(root) << '\n';
        return Failure;
    }
    if (GitRepository::gitProgram().isEmpty()) {
        err() << "storyloom-cli sync: " << SyncError::make(SyncError::Code::GitMissing).message << '\n';
        return Failure;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    if (parser.isSet(QStringLiteral("abort"))) {
        const RepositoryHealth health = SyncSession::inspect(root);
        if (!health.merging) {
            err() << CliText::tr("storyloom-cli sync: no unfinished merge to abort") << '\n';
            return Failure;
        }
        const SyncError error = ConflictResolver(GitRepository(root).topLevel()).abort();
        if (error.isError()) {
            err() << "storyloom-cli sync: " << error.fullText() << '\n';
            return Failure;
        }
        if (!quiet)
            err() << CliText::tr("Merge aborted: the project is back to its local state.") << '\n';
        return Ok;
    }

    SyncSession session(root);
    QObject::connect(&session, &SyncSession::progress, &session, [quiet](SyncStep, const QString &message) {
        if (!quiet) {
            err() << message << '\n';
            err().flush();
        }
    });
    SyncOptions options;
    options.message = parser.value(QStringLiteral("message"));
    options.push = !parser.isSet(QStringLiteral("no-push"));
    options.mergeUnrelatedHistories = parser.isSet(QStringLiteral("allow-unrelated-histories"));
    options.pushBranch = parser.value(QStringLiteral("push-to-branch"));
    const SyncResult result = session.run(options);

    if (!quiet) {
        for (const QString &note : result.notes)
            err() << note << '\n';
        if (result.committed)
            err() << CliText::tr("Committed: %1").arg(result.commitMessage.section(QLatin1Char('\n'), 0, 0)) << '\n';
        for (const QString &path : result.autoMerged)
            err() << CliText::tr("Merged front matter key by key: %1").arg(path) << '\n';
    }
    switch (result.outcome) {
    case SyncResult::Outcome::Synced:
        if (!quiet)
            err() << (result.pushed ? CliText::tr("Synced and pushed.") : CliText::tr("Synced.")) << '\n';
        return Ok;
    case SyncResult::Outcome::Conflicts:
        printConflicts(result.conflicts);
        return Conflicts;
    case SyncResult::Outcome::Failed:
    case SyncResult::Outcome::Cancelled:
        break;
    }
    err() << "storyloom-cli sync: "
          << CliText::tr("%1 failed (%2): ").arg(displayName(result.step), errorCodeName(result.error.code))
          << result.error.fullText() << '\n';
    if (result.error.code == SyncError::Code::UnrelatedHistories)
        err() << CliText::tr("To merge both histories, run the sync again with --allow-unrelated-histories.") << '\n';
    if (result.error.code == SyncError::Code::PushRefused)
        err() << CliText::tr("To push your commits to a new branch instead, run the sync again with "
                             "--push-to-branch BRANCH.")
              << '\n';
    return Failure;
}

} // namespace storyloom::cli
