// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/porcelainparser.h"

#include <QHash>
#include <QString>

namespace storyloom {

/** How a file of the project differs from the last commit, as the project tree marks it. */
enum class FileMark { New, Modified, Conflicted };

/** Project-relative path -> mark; files that match the last commit are absent. */
using FileMarks = QHash<QString, FileMark>;

/**
 * Turns one `git status` into the marks of the project's files: the status
 * names paths from the repository's top level, the project tree from the
 * project folder (which may be a sub-folder of the repository). Pure, so it
 * can run anywhere and be tested on hand-made statuses.
 */
[[nodiscard]] FileMarks fileMarks(const RepositoryStatus &status, const QString &topLevel, const QString &projectRoot);

/** A short explanation for tooltips ("Changed since the last sync"). */
[[nodiscard]] QString describe(FileMark mark);

} // namespace storyloom
