// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

#include <QSet>

namespace storyloom {

/**
 * Writes a diagram as a Mermaid `flowchart`, ready for an mdBook with the
 * mermaid preprocessor: identifiers made safe (letters, digits, `_`, never a
 * keyword), labels quoted with Mermaid's entity escapes, one `classDef` per
 * style class, and `click` links to the nodes' pages.
 */
class MermaidWriter
{
public:
    [[nodiscard]] static QString write(const Diagram &diagram);
    /** The identifier used for the node with `id` (unique within `taken`, which it extends). */
    [[nodiscard]] static QString safeId(const QString &id, QSet<QString> &taken);
    /** A label as a Mermaid quoted string's content. */
    [[nodiscard]] static QString escapeLabel(const QString &text);
};

} // namespace storyloom
