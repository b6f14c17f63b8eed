// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

namespace storyloom {

/**
 * Writes a diagram as Graphviz DOT: one node statement per node (HTML-like
 * label, colours, URL to its page), one edge statement per edge, title and
 * legend in the graph label (so node and edge counts stay those of the
 * diagram). `dot` lays it out to the same hierarchy Storyloom draws.
 */
class DotWriter
{
public:
    [[nodiscard]] static QString write(const Diagram &diagram);
    /** A DOT double-quoted string. */
    [[nodiscard]] static QString quoted(const QString &text);
};

} // namespace storyloom
