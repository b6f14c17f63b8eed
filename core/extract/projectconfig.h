// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/rules/ruleset.h"

namespace storyloom {

/** How a project folder is laid out, read from storyloom.yml or book.toml. */
struct ProjectConfig
{
    ProjectFormat format = ProjectFormat::Folder;
    QString title;
    /** Folders (relative to the root) whose Markdown is content: `src` for an mdBook. */
    QStringList contentDirs;
    /** The folder of entity templates (native projects), never content. */
    QString templatesDir;
    /** The built-in rules with the project's own in front. */
    RuleSet rules;
    Diagnostics diagnostics;

    /** The folder ids are relative to (the first content folder). */
    [[nodiscard]] QString idBase() const
    {
        return contentDirs.isEmpty() || contentDirs.first() == QLatin1String(".") ? QString() : contentDirs.first();
    }
};

/** Detects the format of the folder at `root` (mdBook, native, plain folder) and reads its configuration. Never writes.
 */
[[nodiscard]] ProjectConfig readProjectConfig(const QString &root);

} // namespace storyloom
