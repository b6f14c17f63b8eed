// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <vector>

namespace storyloom::cli {

/** Exit codes shared by every subcommand. */
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, Conflicts = 3 };

/** One `storyloom-cli NAME ...` command: its name, a one-line summary, and its entry point. */
struct Subcommand
{
    QString name;
    QString summary;
    /** What the command needs of Qt: one that paints (PNG, PDF, SVG) gets a GUI application on the offscreen platform.
     */
    enum class Application { Core, Gui };
    Application application = Application::Core;
    /** Runs with the arguments after the subcommand name; returns an ExitCode. */
    int (*run)(const QStringList &arguments) = nullptr;
};

/** All subcommands, in the order `--help` lists them. */
[[nodiscard]] const std::vector<Subcommand> &subcommands();

/** Standard streams in UTF-8, shared by the subcommands. */
QTextStream &out();
QTextStream &err();

} // namespace storyloom::cli
