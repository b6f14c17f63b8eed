// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/diagram.h"

#include "core/export/diagramlayout.h"

#include <algorithm>
#include <cmath>
#include <iterator>

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
        width = std::max(width, 2 * margin + estimateTextWidth(diagram.title, titleFontSize, TextWeight::Bold));
    frame.size = QSizeF(std::ceil(width), std::ceil(height));
    return frame;
}

QString diagramstyle::fontFamily()
{
    return QStringLiteral("DejaVu Sans, Verdana, Arial, sans-serif");
}

QString diagramstyle::emojiFontFamily()
{
    return QStringLiteral("Noto Color Emoji, Apple Color Emoji, Segoe UI Emoji, sans-serif");
}

QString diagramstyle::textFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QString diagramstyle::emojiFamily()
{
    return QStringLiteral("Noto Color Emoji");
}

namespace {
/** Code points shown as emoji on their own (Unicode's Emoji_Presentation, grouped in ranges). */
bool isEmojiPresentation(char32_t c)
{
    if (c >= 0x1F000 && c <= 0x1FAFF)
        return !(c >= 0x1F100 && c <= 0x1F1E5); // enclosed alphanumerics are text; regional indicators are not
    static constexpr char32_t singles[] = { 0x231A, 0x231B, 0x23E9, 0x23EA, 0x23EB, 0x23EC, 0x23F0, 0x23F3, 0x25FD,
        0x25FE, 0x2614, 0x2615, 0x267F, 0x2693, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26D4,
        0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A, 0x270B, 0x2728, 0x274C, 0x274E, 0x2753, 0x2754,
        0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27B0, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55 };
    return (c >= 0x2648 && c <= 0x2653) || std::find(std::begin(singles), std::end(singles), c) != std::end(singles);
}

/** Marks that continue the emoji before them: variation selector, skin tones, tags, keycap. */
bool extendsEmoji(char32_t c)
{
    return c == 0xFE0F || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}
} // namespace

QList<TextRun> splitEmojiRuns(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    QList<TextRun> runs;
    auto append = [&runs](char32_t c, bool emoji) {
        if (runs.isEmpty() || runs.last().emoji != emoji)
            runs.append({ QString(), emoji });
        runs.last().text += QString::fromUcs4(&c, 1);
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points.at(i);
        const char32_t next = i + 1 < points.size() ? points.at(i + 1) : 0;
        const bool inEmoji = !runs.isEmpty() && runs.last().emoji;
        const bool joined = inEmoji && i > 0 && points.at(i - 1) == 0x200D;
        const bool emoji = isEmojiPresentation(c) || joined || (inEmoji && (extendsEmoji(c) || c == 0x200D))
            || ((next == 0xFE0F || next == 0x20E3) && c != 0x200D);
        append(c, emoji);
    }
    return runs;
}

} // namespace storyloom
