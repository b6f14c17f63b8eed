// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyloom {

/**
 * The one key of a project folder, for everything kept per project outside it
 * (the index file's name, the saved tabs, the graph's filters): a hash of its
 * canonical path, so a folder opened through a symbolic link, with `..` or a
 * trailing slash is the same project. A folder that does not exist keys by its
 * absolute path.
 */
[[nodiscard]] QString projectKey(const QString &projectRoot);

} // namespace storyloom
