// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli index: build or refresh a project's index and say what it did.
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "core/index/indexdatabase.h"
#include "core/index/indexer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace storyloom::cli {

int runIndex(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Build or refresh a project's search index (kept in the user's cache folder, never in the project)."));
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "machine-readable output") });
    parser.addOption({ QStringLiteral("verify"),
        QCoreApplication::translate("cli",
            "check the whole database's integrity first (reads all of it; damage found "
            "while reading is always repaired)") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    if (auto code = parseArguments(parser, QStringLiteral("index"), arguments, 1, 1))
        return *code;
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo(path).isDir()) {
        err() << QCoreApplication::translate("cli", "storyloom-cli: %1: no such folder").arg(path) << '\n';
        return Failure;
    }
    // Only counts are printed: an unchanged graph need not be read.
    const IndexRefresh refresh = Indexer::refresh(
        path, { .load = {}, .verify = parser.isSet(QStringLiteral("verify")), .wantSnapshot = false });
    const QString database = IndexDatabase::pathFor(QFileInfo(path).absoluteFilePath());
    if (!refresh.notice.isEmpty())
        err() << "storyloom-cli index: " << refresh.notice << '\n';
    if (!refresh.error.isEmpty())
        err() << "storyloom-cli index: " << refresh.error << '\n';
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject { { QStringLiteral("filesRead"), refresh.filesRead },
            { QStringLiteral("filesSkipped"), refresh.filesSkipped },
            { QStringLiteral("filesRemoved"), refresh.filesRemoved },
            { QStringLiteral("searchFilesWritten"), refresh.searchFilesWritten },
            { QStringLiteral("entities"), refresh.entities }, { QStringLiteral("milliseconds"), refresh.milliseconds },
            { QStringLiteral("database"), database }, { QStringLiteral("rebuilt"), !refresh.notice.isEmpty() },
            { QStringLiteral("ok"), refresh.error.isEmpty() } });
    } else {
        out() << QCoreApplication::translate(
            "cli", "%1 files read, %2 skipped (unchanged), %3 removed; %4 entities; %5 ms")
                     .arg(refresh.filesRead)
                     .arg(refresh.filesSkipped)
                     .arg(refresh.filesRemoved)
                     .arg(refresh.entities)
                     .arg(refresh.milliseconds)
              << '\n'
              << QCoreApplication::translate("cli", "index: %1").arg(QDir::toNativeSeparators(database)) << '\n';
    }
    // The refresh closed the index; what is left is memory (the graph, on a graph-changing refresh).
    exitNow(refresh.error.isEmpty() ? Ok : Failure);
}

} // namespace storyloom::cli
