// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace storyloom {

/**
 * Writes a diagram as a Mermaid `flowchart`, ready for an mdBook with the
 * mermaid preprocessor: identifiers made safe (letters, digits, `_`, never a
 * keyword), labels quoted with Mermaid's entity escapes, one `classDef` per
 * style class, and `click` links to the nodes' pages.
 */
/** Mermaid's own defaults: a longer text or more edges and it refuses to draw the diagram. */
struct MermaidLimits
{
    int maxTextSize = 50000;
    int maxEdges = 500;
};

class MermaidWriter
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::MermaidWriter)
public:
    [[nodiscard]] static QString write(const Diagram &diagram);
    /**
     * The diagram as one Mermaid text when it is within `limits`, else split
     * into several, each within them: the relations in order, a part taking
     * the boxes its lines need (a box may appear in several parts), boxes
     * without lines at the end. Each part starts with a comment that says it
     * is one of several and why.
     */
    [[nodiscard]] static QStringList writeParts(const Diagram &diagram, const MermaidLimits &limits = {});
    /** The identifier used for the node with `id` (unique within `taken`, which it extends). */
    [[nodiscard]] static QString safeId(const QString &id, QSet<QString> &taken);
    /** A label as a Mermaid quoted string's content. */
    [[nodiscard]] static QString escapeLabel(const QString &text);
};

} // namespace storyloom
