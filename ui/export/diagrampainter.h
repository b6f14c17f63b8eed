// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

#include <QByteArray>
#include <QImage>

class QPainter;

namespace storyloom {

/**
 * Paints a laid-out diagram with QPainter, in the same geometry as the SVG
 * writer (diagramFrame): the live preview, PNG and PDF all come from here.
 */
class DiagramPainter
{
public:
    /** Paints in frame coordinates (0,0 to diagramFrame(diagram).size); scale the painter to zoom. */
    static void paint(QPainter &painter, const Diagram &diagram);
    /** A raster picture, `scale` pixels per point (2 for a crisp picture on a high-density screen). */
    [[nodiscard]] static QImage toImage(const Diagram &diagram, double scale = 1.0);
    /** PNG bytes of toImage(). */
    [[nodiscard]] static QByteArray toPng(const Diagram &diagram, double scale = 1.0);
    /** A one-page vector PDF the size of the diagram (text stays text). */
    [[nodiscard]] static QByteArray toPdf(const Diagram &diagram);
    /** A vector PDF of several diagrams, one page each (sized to it), in order: a tour of views. */
    [[nodiscard]] static QByteArray toPdfDeck(const std::vector<Diagram> &diagrams, const QString &title);
};

} // namespace storyloom
