// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommands whose issues have not landed yet: they say so and exit 2.
// Each moves to its own file when it is implemented.
#include "commands.h"
#include "subcommand.h"

#include <QCoreApplication>

namespace storyloom::cli {

[[maybe_unused]] static int notYet(const char *name)
{
    err() << QCoreApplication::translate("cli", "storyloom-cli %1: not available in this version").arg(QLatin1StringView(name)) << '\n';
    return Usage;
}

int runExport(const QStringList &) { return notYet("export"); }

} // namespace storyloom::cli
