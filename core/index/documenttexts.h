// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace storyloom {

/**
 * Where the search rows get the text of a whole file when the graph left it
 * out (its parse came from the cache, which keeps no bodies) and the index's
 * old rows do not have it either. The indexer supplies it: the database layer
 * never opens content files.
 */
class DocumentTexts
{
public:
    virtual ~DocumentTexts() = default;
    /** The text of the file at `path` (relative to the project) after its front matter; empty when unreadable. */
    [[nodiscard]] virtual QByteArray bodyOf(const QString &path) const = 0;
};

} // namespace storyloom
