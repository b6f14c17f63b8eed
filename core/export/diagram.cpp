// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/diagram.h"

#include "export/diagramlayout.h"

#include <cmath>

namespace storyloom {

const DiagramNode *Diagram::node(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &nodes[std::size_t(index)];
}

int Diagram::indexOf(const QString &id) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return int(i);
    }
    return -1;
}

QString progressBarText(double progress, int cells)
{
    cells = std::max(1, cells);
    const int filled = std::clamp(int(std::lround(progress * cells)), 0, cells);
    return QString(filled, QChar(0x25B0)) + QString(cells - filled, QChar(0x25B1));
}

NodeGeometry nodeGeometry(const DiagramNode &node)
{
    using namespace diagramstyle;
    NodeGeometry geometry;
    const double x = node.rect.center().x();
    double y = node.rect.top() + padding;
    for (qsizetype i = 0; i < node.label.size(); ++i) {
        geometry.baselines.append(QPointF(x, y + lineHeight - 4.0));
        y += lineHeight;
        if (i == 0 && node.progress) {
            geometry.progressBar
                = QRectF(node.rect.left() + padding, y + 2.0, node.rect.width() - 2 * padding, progressHeight);
            y += progressHeight + 4.0;
        }
    }
    if (node.label.isEmpty() && node.progress)
        geometry.progressBar
            = QRectF(node.rect.left() + padding, y + 2.0, node.rect.width() - 2 * padding, progressHeight);
    return geometry;
}

DiagramFrame diagramFrame(const Diagram &diagram)
{
    using namespace diagramstyle;
    constexpr double margin = 16.0;
    DiagramFrame frame;
    double top = margin;
    if (!diagram.title.isEmpty()) {
        frame.titleBaseline = QPointF(margin, margin + titleFontSize);
        top += titleFontSize + 14.0;
    }
    frame.offset = QPointF(margin, top);
    double width = diagram.size.width() + 2 * margin;
    double height = top + diagram.size.height() + margin;
    if (!diagram.legend.empty()) {
        double x = margin;
        const double y = height + 2.0;
        for (const DiagramLegendEntry &entry : diagram.legend) {
            frame.legendSwatches.append(QRectF(x, y, legendSwatch, legendSwatch));
            x += legendSwatch + 6.0 + estimateTextWidth(entry.label, fontSize) + 18.0;
        }
        width = std::max(width, x + margin);
        height = y + legendSwatch + margin;
    }
    if (!diagram.title.isEmpty())
        width = std::max(width, 2 * margin + estimateTextWidth(diagram.title, titleFontSize, true));
    frame.size = QSizeF(std::ceil(width), std::ceil(height));
    return frame;
}

QString diagramstyle::fontFamily()
{
    return QStringLiteral("DejaVu Sans, Noto Color Emoji, sans-serif");
}

} // namespace storyloom
