// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace storyloom {

/** One unresolved conflict left in a file by a merge: the 1-based lines of its markers. */
struct ConflictRegion
{
    /** The `<<<<<<<` line (the local side follows). */
    int begin = 0;
    /** The `|||||||` line of a diff3-style conflict (the common base follows), 0 when there is none. */
    int base = 0;
    /** The `=======` line (the other side follows). */
    int separator = 0;
    /** The `>>>>>>>` line. */
    int end = 0;

    friend bool operator==(const ConflictRegion &, const ConflictRegion &) = default;
};

/**
 * Finds the conflict markers Git leaves in a file it could not merge. A
 * region counts only with all three markers in order, each at the start of
 * a line, the opening one outside fenced code: a lone `=======` is a
 * Markdown heading underline, and markers shown inside a code block are
 * text. Both overloads read text the same way (LF or CRLF line ends).
 */
class ConflictMarkers
{
public:
    [[nodiscard]] static QList<ConflictRegion> find(QStringView text);
    [[nodiscard]] static QList<ConflictRegion> find(QByteArrayView text);
};

} // namespace storyloom
