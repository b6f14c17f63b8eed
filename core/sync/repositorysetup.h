// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/syncerror.h"

#include <QString>

namespace storyloom {

/** One-time setup of a repository: start versioning a plain folder, tell Git who the author is. */
class RepositorySetup
{
public:
    /**
     * `git init` in `folder`, a `.gitignore` for build output (when there is
     * none), and a first commit of the whole content folder.
     */
    static SyncError startVersioning(const QString &folder);
    /** Sets user.name and user.email for this repository only (never globally). */
    static SyncError setAuthor(const QString &folder, const QString &name, const QString &email);
    /** The author git would use here; empty fields when unset. */
    [[nodiscard]] static std::pair<QString, QString> author(const QString &folder);
};

} // namespace storyloom
