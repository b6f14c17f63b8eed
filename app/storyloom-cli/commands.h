// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// One entry point per subcommand, each in its own file.
namespace storyloom::cli {
int runCheck(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runList(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runSuggest(const QStringList &arguments);
int runRelation(const QStringList &arguments);
int runIndex(const QStringList &arguments);
int runRender(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runSync(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runLog(const QStringList &arguments);
int runClassify(const QStringList &arguments);
} // namespace storyloom::cli
