// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectloader.h"

namespace storyloom {

Snapshot ProjectLoader::load(const QString &rootPath, const LoadOptions &)
{
    return std::make_shared<const StoryGraph>(rootPath, QString(), ProjectLayout::Folder, std::vector<Entity>{},
                                              std::vector<Relation>{}, Diagnostics{});
}

} // namespace storyloom
