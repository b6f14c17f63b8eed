// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/diagrampainter.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <cmath>

namespace storyloom {

namespace {
int pixels(double size)
{
    return std::max(1, int(std::lround(size)));
}

QFont textFont(double size, QFont::Weight weight)
{
    // Text families only: with an emoji family in the list, a missing text family
    // hands digits and `#` to the emoji font. Emoji runs get their own font.
    QFont font(diagramstyle::textFamily());
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixels(size));
    font.setWeight(weight);
    return font;
}

QFont emojiFont(double size)
{
    QFont font(diagramstyle::emojiFamily());
    font.setPixelSize(pixels(size));
    return font;
}

QFont runFont(const TextRun &run, double size, QFont::Weight weight)
{
    return run.emoji ? emojiFont(size) : textFont(size, weight);
}

double runsWidth(const QList<TextRun> &runs, double size, QFont::Weight weight)
{
    double width = 0.0;
    for (const TextRun &run : runs)
        width += QFontMetricsF(runFont(run, size, weight)).horizontalAdvance(run.text);
    return width;
}

/**
 * Draws emoji as a picture. The PDF engine cannot embed colour bitmap fonts (the
 * emoji went missing), and reading their unscaled outlines for the PDF left the
 * shared font face at the wrong size, so emoji elsewhere in the app overlapped
 * their labels until a restart: the PDF never sees the emoji font.
 */
void drawEmojiPicture(QPainter &painter, QPointF baselineStart, const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const QRectF target(baselineStart.x(), baselineStart.y() - metrics.ascent(), metrics.horizontalAdvance(text),
        metrics.ascent() + metrics.descent());
    if (target.isEmpty())
        return;
    constexpr double oversample = 8.0; // crisp when the PDF is zoomed in
    QImage image((target.size() * oversample).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter picture(&image);
        picture.setRenderHint(QPainter::Antialiasing);
        picture.setRenderHint(QPainter::SmoothPixmapTransform);
        picture.scale(oversample, oversample);
        picture.setFont(font);
        picture.setPen(painter.pen());
        picture.drawText(QPointF(0, metrics.ascent()), text);
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image);
    painter.restore();
}

/** Draws runs left to right from `start` on the baseline, each in its own font. */
void drawRuns(QPainter &painter, QPointF start, const QList<TextRun> &runs, double size, QFont::Weight weight)
{
    const bool vector = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf;
    double x = start.x();
    for (const TextRun &run : runs) {
        const QFont font = runFont(run, size, weight);
        if (run.emoji && vector) {
            drawEmojiPicture(painter, QPointF(x, start.y()), run.text, font);
        } else {
            painter.setFont(font);
            painter.drawText(QPointF(x, start.y()), run.text);
        }
        x += QFontMetricsF(font).horizontalAdvance(run.text);
    }
}

Qt::PenStyle penStyle(DiagramEdgeStyle style)
{
    switch (style) {
    case DiagramEdgeStyle::Solid:
        return Qt::SolidLine;
    case DiagramEdgeStyle::Dashed:
        return Qt::DashLine;
    case DiagramEdgeStyle::Dotted:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

/** Draws `text` centred on `baseline`, shrinking the font when the box is narrower than the text. */
void drawCentred(QPainter &painter, QPointF baseline, const QString &text, double maxWidth, QFont::Weight weight)
{
    const QList<TextRun> runs = splitEmojiRuns(text);
    double size = diagramstyle::fontSize;
    double width = runsWidth(runs, size, weight);
    if (width > maxWidth && maxWidth > 0) {
        size = std::max(6.0, std::floor(diagramstyle::fontSize * maxWidth / width));
        width = runsWidth(runs, size, weight);
    }
    drawRuns(painter, QPointF(baseline.x() - width / 2, baseline.y()), runs, size, weight);
}

void drawEdge(QPainter &painter, const DiagramEdge &edge, QPointF offset)
{
    if (edge.points.size() < 2)
        return;
    QPainterPath path(edge.points.first() + offset);
    if ((edge.points.size() - 1) % 3 == 0) {
        for (qsizetype i = 1; i + 2 < edge.points.size(); i += 3)
            path.cubicTo(edge.points[i] + offset, edge.points[i + 1] + offset, edge.points[i + 2] + offset);
    } else {
        for (qsizetype i = 1; i < edge.points.size(); ++i)
            path.lineTo(edge.points[i] + offset);
    }
    const QColor color(edge.color);
    QPen pen(color, 1.2, penStyle(edge.style));
    if (!edge.dashes.isEmpty())
        pen.setDashPattern(QList<qreal>(edge.dashes.cbegin(), edge.dashes.cend()));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Arrowhead along the last segment's direction.
    const QPointF tip = edge.points.last() + offset;
    QPointF from = edge.points.at(edge.points.size() - 2) + offset;
    for (qsizetype i = edge.points.size() - 2; i >= 0 && QLineF(from, tip).length() < 0.5; --i)
        from = edge.points.at(i) + offset;
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const double size = 7.0;
    QPolygonF head;
    head << tip << tip - QPointF(std::cos(angle - 0.4) * size, std::sin(angle - 0.4) * size)
         << tip - QPointF(std::cos(angle + 0.4) * size, std::sin(angle + 0.4) * size);
    // Derived relations: a hollow head, as in the view.
    painter.setPen(edge.hollowArrow ? QPen(color, 1.2) : QPen(Qt::NoPen));
    painter.setBrush(edge.hollowArrow ? QColor(Qt::white) : color);
    painter.drawPolygon(head);
}
} // namespace

void DiagramPainter::paint(QPainter &painter, const Diagram &diagram)
{
    const DiagramFrame frame = diagramFrame(diagram);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), frame.size), Qt::white);
    if (!diagram.title.isEmpty()) {
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        drawRuns(painter, frame.titleBaseline, splitEmojiRuns(diagram.title), diagramstyle::titleFontSize, QFont::Bold);
    }
    for (const DiagramEdge &edge : diagram.edges)
        drawEdge(painter, edge, frame.offset);
    for (const DiagramNode &source : diagram.nodes) {
        DiagramNode node = source;
        node.rect.translate(frame.offset);
        const NodeGeometry geometry = nodeGeometry(node);
        painter.setPen(QPen(QColor(node.colors.stroke), 1.0));
        painter.setBrush(QColor(node.colors.fill));
        if (node.rounded)
            painter.drawRoundedRect(node.rect, 6, 6);
        else
            painter.drawRect(node.rect);
        painter.setPen(QColor(node.colors.text));
        for (qsizetype i = 0; i < node.label.size() && i < geometry.baselines.size(); ++i)
            drawCentred(painter, geometry.baselines.at(i), node.label.at(i), node.rect.width() - 4,
                i == 0 ? QFont::Bold : QFont::Normal);
        if (node.progress) {
            painter.setPen(QPen(QColor(node.colors.stroke), 1.0));
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(geometry.progressBar, 2, 2);
            QRectF done = geometry.progressBar;
            done.setWidth(done.width() * std::clamp(*node.progress, 0.0, 1.0));
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(node.colors.stroke));
            if (done.width() > 0)
                painter.drawRoundedRect(done, 2, 2);
        }
    }
    for (std::size_t i = 0; i < diagram.legend.size() && qsizetype(i) < frame.legendSwatches.size(); ++i) {
        const DiagramLegendEntry &entry = diagram.legend[i];
        const QRectF swatch = frame.legendSwatches.at(qsizetype(i));
        painter.setPen(QPen(QColor(entry.colors.stroke), 1.0));
        painter.setBrush(QColor(entry.colors.fill));
        painter.drawRoundedRect(swatch, 2, 2);
        painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        drawRuns(painter, QPointF(swatch.right() + 6.0, swatch.bottom() - 2.0), splitEmojiRuns(entry.label),
            diagramstyle::fontSize, QFont::Normal);
    }
    painter.restore();
}

QImage DiagramPainter::toImage(const Diagram &diagram, double scale)
{
    scale = std::clamp(scale, 0.1, 16.0);
    const QSizeF size = diagramFrame(diagram).size * scale;
    QImage image(std::max(1, int(std::ceil(size.width()))), std::max(1, int(std::ceil(size.height()))),
        QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, diagram);
    painter.end();
    return image;
}

QByteArray DiagramPainter::toPng(const Diagram &diagram, double scale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toImage(diagram, scale).save(&buffer, "PNG");
    return bytes;
}

QByteArray DiagramPainter::toPdf(const Diagram &diagram)
{
    const QSizeF size = diagramFrame(diagram).size;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(diagram.title);
        pdf.setCreator(QStringLiteral("Storyloom"));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(size, QPageSize::Point, {}, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        paint(painter, diagram);
        painter.end();
    }
    return bytes;
}

QByteArray DiagramPainter::toPdfDeck(const std::vector<Diagram> &diagrams, const QString &title)
{
    QByteArray bytes;
    if (diagrams.empty())
        return bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Storyloom"));
        pdf.setResolution(72);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setPageSize(QPageSize(diagramFrame(diagrams.front()).size, QPageSize::Point, {}, QPageSize::ExactMatch));
        QPainter painter(&pdf);
        for (size_t i = 0; i < diagrams.size(); ++i) {
            if (i > 0) {
                // Each page the size of its own diagram.
                pdf.setPageSize(QPageSize(diagramFrame(diagrams[i]).size, QPageSize::Point, {}, QPageSize::ExactMatch));
                pdf.newPage();
            }
            paint(painter, diagrams[i]);
        }
        painter.end();
    }
    return bytes;
}

} // namespace storyloom
