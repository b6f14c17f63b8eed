// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <optional>

namespace storyloom::cli {

/**
 * Parses a subcommand's arguments; on `--help` prints it and on an error
 * prints the message and usage to stderr. Returns the exit code to stop with,
 * or nothing when the command should go on.
 */
[[nodiscard]] std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
    const QStringList &arguments, int minPositional, int maxPositional);

/** Loads the project at `path` (a folder), printing a clear error when it is not one. */
[[nodiscard]] Snapshot loadProjectOrComplain(const QString &path);

/**
 * The entity a command-line argument names: an id, its last segment or a
 * title, case ignored (EntityResolver, as the editor's completion), of `type`
 * when one is given. Prints a clear error, listing the candidates when the
 * name is ambiguous, and returns null when it names no single entity.
 */
[[nodiscard]] const Entity *resolveEntityOrComplain(const StoryGraph &graph, const QString &command,
    const QString &reference, std::optional<EntityType> type = std::nullopt);

/** Writes a JSON value (object or array) to stdout, indented, with a final newline. */
void printJson(const QJsonValue &value);

/**
 * Flushes the output and ends the process at once, without freeing what it
 * holds: the system takes back a large graph faster than its
 * destructors give it back piece by piece. Only once every file and database
 * is closed.
 */
[[noreturn]] void exitNow(int code);

} // namespace storyloom::cli
