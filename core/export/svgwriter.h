// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

#include <QByteArray>

namespace storyloom {

/**
 * Writes a laid-out diagram as a standalone SVG document (UTF-8), with text
 * kept as text (searchable, selectable, translatable by the browser) and each
 * node wrapped in `<a href>` to its page, so it can be embedded in a
 * published book. The geometry is diagramFrame()'s, the same the painter uses.
 */
class SvgWriter
{
public:
    [[nodiscard]] static QByteArray write(const Diagram &diagram);
};

} // namespace storyloom
