// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/svgwriter.h"

#include <QMap>
#include <QXmlStreamWriter>

namespace storyloom {

namespace {
QString num(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QLatin1StringView("-0") ? QStringLiteral("0") : text;
}

QString pathData(const QList<QPointF> &points, QPointF offset)
{
    if (points.size() < 2)
        return {};
    QString d = QStringLiteral("M%1,%2").arg(num(points[0].x() + offset.x()), num(points[0].y() + offset.y()));
    if ((points.size() - 1) % 3 == 0) {
        for (qsizetype i = 1; i + 2 < points.size(); i += 3) {
            d += QStringLiteral(" C%1,%2 %3,%4 %5,%6")
                     .arg(num(points[i].x() + offset.x()), num(points[i].y() + offset.y()),
                         num(points[i + 1].x() + offset.x()), num(points[i + 1].y() + offset.y()),
                         num(points[i + 2].x() + offset.x()), num(points[i + 2].y() + offset.y()));
        }
    } else {
        for (qsizetype i = 1; i < points.size(); ++i)
            d += QStringLiteral(" L%1,%2").arg(num(points[i].x() + offset.x()), num(points[i].y() + offset.y()));
    }
    return d;
}

QString markerId(const QString &color, bool hollow = false)
{
    return (hollow ? QStringLiteral("arrow-open-") : QStringLiteral("arrow-")) + QString(color).remove(u'#');
}

/** The edge's `stroke-dasharray` for a stroke of `width`: its own pattern, else its style's; empty: solid. */
QString dashArray(const DiagramEdge &edge, double width)
{
    if (!edge.dashes.isEmpty()) {
        QStringList lengths;
        for (const double length : edge.dashes)
            lengths << num(length * width);
        return lengths.join(u',');
    }
    if (edge.style == DiagramEdgeStyle::Dashed)
        return QStringLiteral("6,4");
    if (edge.style == DiagramEdgeStyle::Dotted)
        return QStringLiteral("2,3");
    return {};
}

/** Writes a text element's content: emoji runs in a `tspan` of their own font, so text never takes emoji glyphs. */
void writeRuns(QXmlStreamWriter &xml, const QString &text)
{
    // Indentation inside a text element would become spaces in the picture.
    const bool formatting = xml.autoFormatting();
    xml.setAutoFormatting(false);
    for (const TextRun &run : splitEmojiRuns(text)) {
        if (!run.emoji) {
            xml.writeCharacters(run.text);
            continue;
        }
        xml.writeStartElement(QStringLiteral("tspan"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("emoji"));
        xml.writeAttribute(QStringLiteral("font-family"), diagramstyle::emojiFontFamily());
        xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("normal"));
        xml.writeCharacters(run.text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.setAutoFormatting(formatting);
}

void writeText(QXmlStreamWriter &xml, QPointF at, const QString &text, const QString &color, bool bold,
    const QString &anchor = QStringLiteral("middle"))
{
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("x"), num(at.x()));
    xml.writeAttribute(QStringLiteral("y"), num(at.y()));
    xml.writeAttribute(QStringLiteral("text-anchor"), anchor);
    if (bold)
        xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeAttribute(QStringLiteral("fill"), color);
    writeRuns(xml, text); // closes the element
}

void writeRect(QXmlStreamWriter &xml, const QRectF &rect, double radius, const QString &fill, const QString &stroke)
{
    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("x"), num(rect.x()));
    xml.writeAttribute(QStringLiteral("y"), num(rect.y()));
    xml.writeAttribute(QStringLiteral("width"), num(rect.width()));
    xml.writeAttribute(QStringLiteral("height"), num(rect.height()));
    if (radius > 0)
        xml.writeAttribute(QStringLiteral("rx"), num(radius));
    xml.writeAttribute(QStringLiteral("fill"), fill);
    xml.writeAttribute(QStringLiteral("stroke"), stroke);
}
} // namespace

QByteArray SvgWriter::write(const Diagram &diagram)
{
    const DiagramFrame frame = diagramFrame(diagram);
    const QPointF offset = frame.offset;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("width"), num(frame.size.width()));
    xml.writeAttribute(QStringLiteral("height"), num(frame.size.height()));
    xml.writeAttribute(
        QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(num(frame.size.width()), num(frame.size.height())));
    xml.writeAttribute(QStringLiteral("font-family"), diagramstyle::fontFamily());
    xml.writeAttribute(QStringLiteral("font-size"), num(diagramstyle::fontSize));
    if (!diagram.title.isEmpty())
        xml.writeTextElement(QStringLiteral("title"), diagram.title);

    // One arrowhead marker per edge colour and head (SVG 1.1 has no context-stroke); hollow for derived relations.
    QMap<std::pair<QString, bool>, bool> colors;
    for (const DiagramEdge &edge : diagram.edges)
        colors.insert({ edge.color, edge.hollowArrow }, true);
    xml.writeStartElement(QStringLiteral("defs"));
    for (auto it = colors.cbegin(); it != colors.cend(); ++it) {
        const auto &[color, hollow] = it.key();
        xml.writeStartElement(QStringLiteral("marker"));
        xml.writeAttribute(QStringLiteral("id"), markerId(color, hollow));
        xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 10 10"));
        xml.writeAttribute(QStringLiteral("refX"), QStringLiteral("10"));
        xml.writeAttribute(QStringLiteral("refY"), QStringLiteral("5"));
        xml.writeAttribute(QStringLiteral("markerWidth"), QStringLiteral("7"));
        xml.writeAttribute(QStringLiteral("markerHeight"), QStringLiteral("7"));
        xml.writeAttribute(QStringLiteral("orient"), QStringLiteral("auto"));
        xml.writeEmptyElement(QStringLiteral("path"));
        xml.writeAttribute(QStringLiteral("d"), QStringLiteral("M0,0 L10,5 L0,10 z"));
        xml.writeAttribute(QStringLiteral("fill"), hollow ? QStringLiteral("#ffffff") : color);
        if (hollow) {
            xml.writeAttribute(QStringLiteral("stroke"), color);
            xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.5"));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // defs

    // Where the reader prefers a dark scheme the page around the boxes turns
    // dark; the boxes keep their colours (dark text on a light fill either way).
    xml.writeTextElement(QStringLiteral("style"),
        QStringLiteral("@media (prefers-color-scheme: dark) { .background { fill: #1e1f22; } "
                       ".title, .legend text { fill: #e6e6e6; } }"));
    writeRect(xml, QRectF(QPointF(0, 0), frame.size), 0, QStringLiteral("#ffffff"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("background"));
    if (!diagram.title.isEmpty()) {
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("title"));
        xml.writeAttribute(QStringLiteral("x"), num(frame.titleBaseline.x()));
        xml.writeAttribute(QStringLiteral("y"), num(frame.titleBaseline.y()));
        xml.writeAttribute(QStringLiteral("font-size"), num(diagramstyle::titleFontSize));
        xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        writeRuns(xml, diagram.title); // closes the element
    }

    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edges"));
    for (const DiagramEdge &edge : diagram.edges) {
        const QString d = pathData(edge.points, offset);
        if (d.isEmpty())
            continue;
        xml.writeEmptyElement(QStringLiteral("path"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("d"), d);
        xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("stroke"), edge.color);
        xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.2"));
        if (const QString dashes = dashArray(edge, 1.2); !dashes.isEmpty())
            xml.writeAttribute(QStringLiteral("stroke-dasharray"), dashes);
        xml.writeAttribute(
            QStringLiteral("marker-end"), QStringLiteral("url(#%1)").arg(markerId(edge.color, edge.hollowArrow)));
    }
    xml.writeEndElement(); // g.edges

    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("nodes"));
    for (const DiagramNode &source : diagram.nodes) {
        DiagramNode node = source;
        node.rect.translate(offset);
        const NodeGeometry geometry = nodeGeometry(node);
        if (!node.href.isEmpty()) {
            xml.writeStartElement(QStringLiteral("a"));
            xml.writeAttribute(QStringLiteral("href"), node.href);
            xml.writeAttribute(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href"), node.href);
        }
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node ") + node.styleClass);
        xml.writeTextElement(QStringLiteral("title"), node.label.value(0));
        writeRect(xml, node.rect, node.rounded ? 6.0 : 0.0, node.colors.fill, node.colors.stroke);
        for (qsizetype i = 0; i < node.label.size() && i < geometry.baselines.size(); ++i)
            writeText(xml, geometry.baselines.at(i), node.label.at(i), node.colors.text, i == 0);
        if (node.progress) {
            writeRect(xml, geometry.progressBar, 2.0, QStringLiteral("#ffffff"), node.colors.stroke);
            QRectF done = geometry.progressBar;
            done.setWidth(done.width() * std::clamp(*node.progress, 0.0, 1.0));
            if (done.width() > 0)
                writeRect(xml, done, 2.0, node.colors.stroke, QStringLiteral("none"));
        }
        xml.writeEndElement(); // g.node
        if (!node.href.isEmpty())
            xml.writeEndElement(); // a
    }
    xml.writeEndElement(); // g.nodes

    if (!diagram.legend.empty()) {
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("legend"));
        for (std::size_t i = 0; i < diagram.legend.size(); ++i) {
            const DiagramLegendEntry &entry = diagram.legend[i];
            const QRectF swatch = frame.legendSwatches.at(qsizetype(i));
            writeRect(xml, swatch, 2.0, entry.colors.fill, entry.colors.stroke);
            writeText(xml, QPointF(swatch.right() + 6.0, swatch.bottom() - 2.0), entry.label, QStringLiteral("#1a1a1a"),
                false, QStringLiteral("start"));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // svg
    xml.writeEndDocument();
    return bytes;
}

} // namespace storyloom
