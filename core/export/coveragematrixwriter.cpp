// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/coveragematrixwriter.h"

#include "core/export/diagram.h"
#include "core/export/diagramlayout.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <numeric>

namespace storyloom {

namespace {

struct Order
{
    std::vector<int> rows;
    std::vector<int> columns;
};

Order orderOf(const CoverageMatrix &matrix, MatrixOrder order)
{
    Order result;
    if (order == MatrixOrder::ByTotal)
        return { matrix.rowsByTotal(), matrix.columnsByTotal() };
    result.rows.resize(matrix.rows().size());
    result.columns.resize(matrix.columns().size());
    std::iota(result.rows.begin(), result.rows.end(), 0);
    std::iota(result.columns.begin(), result.columns.end(), 0);
    return result;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')
        && text.trimmed() == text)
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString cellText(const QString &text)
{
    return QString(text).replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

QString num(double value)
{
    return QString::number(value, 'f', 1).remove(QStringLiteral(".0"));
}

/** `text` cut to `width` points at `fontSize`, with an ellipsis when cut. */
QString fitted(const QString &text, double width, double fontSize)
{
    if (estimateTextWidth(text, fontSize) <= width)
        return text;
    QString cut = text;
    while (!cut.isEmpty() && estimateTextWidth(QString(cut + u'…'), fontSize) > width)
        cut.chop(1);
    return cut.trimmed() + u'…';
}

} // namespace

std::optional<MatrixFormat> CoverageMatrixWriter::formatFromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return MatrixFormat::Csv;
    if (name.compare(u"svg", Qt::CaseInsensitive) == 0)
        return MatrixFormat::Svg;
    if (name.compare(u"md", Qt::CaseInsensitive) == 0 || name.compare(u"markdown", Qt::CaseInsensitive) == 0)
        return MatrixFormat::Markdown;
    return std::nullopt;
}

QByteArray CoverageMatrixWriter::write(const CoverageMatrix &matrix, MatrixFormat format, MatrixOrder order)
{
    switch (format) {
    case MatrixFormat::Csv:
        return csv(matrix, order);
    case MatrixFormat::Svg:
        return svg(matrix, order);
    case MatrixFormat::Markdown:
        return markdown(matrix, order);
    }
    return {};
}

QByteArray CoverageMatrixWriter::csv(const CoverageMatrix &matrix, MatrixOrder order)
{
    const Order o = orderOf(matrix, order);
    QString text = QStringLiteral("id,title");
    for (int c : o.columns)
        text += u',' + csvField(matrix.columns()[size_t(c)]->title);
    text += u'\n';
    for (int r : o.rows) {
        const Entity *row = matrix.rows()[size_t(r)];
        text += csvField(row->id) + u',' + csvField(row->title);
        for (int c : o.columns)
            text += u',' + QString::number(matrix.count(r, c));
        text += u'\n';
    }
    return text.toUtf8();
}

QByteArray CoverageMatrixWriter::markdown(const CoverageMatrix &matrix, MatrixOrder order)
{
    const Order o = orderOf(matrix, order);
    QString text
        = u"| " + cellText(matrix.options().rows.title()) + u" \\ " + cellText(matrix.options().columns.title());
    QString rule = QStringLiteral("| ---");
    for (int c : o.columns) {
        text += u" | " + cellText(matrix.columns()[size_t(c)]->title);
        rule += QStringLiteral(" | ---:");
    }
    text += u" |\n" + rule + u" |\n";
    for (int r : o.rows) {
        text += u"| " + cellText(matrix.rows()[size_t(r)]->title);
        for (int c : o.columns)
            text += u" | " + QString::number(matrix.count(r, c));
        text += u" |\n";
    }
    return text.toUtf8();
}

QByteArray CoverageMatrixWriter::svg(const CoverageMatrix &matrix, MatrixOrder order)
{
    const Order o = orderOf(matrix, order);
    constexpr double cell = 28.0, margin = 16.0, titleBand = 32.0, labelWidth = 220.0, headerHeight = 170.0;
    const double fontSize = diagramstyle::fontSize;
    const double gridLeft = margin + labelWidth + 8.0;
    const double gridTop = margin + titleBand + headerHeight;
    const double width = gridLeft + double(o.columns.size()) * cell + margin + headerHeight * 0.6;
    const double height = gridTop + double(o.rows.size()) * cell + margin;
    int maximum = 1;
    for (int r : o.rows) {
        for (int c : o.columns)
            maximum = std::max(maximum, matrix.count(r, c));
    }
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    xml.writeAttribute(QStringLiteral("width"), num(width));
    xml.writeAttribute(QStringLiteral("height"), num(height));
    xml.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(num(width), num(height)));
    xml.writeAttribute(QStringLiteral("font-family"), diagramstyle::fontFamily());
    xml.writeAttribute(QStringLiteral("font-size"), num(fontSize));
    const QString title = QCoreApplication::translate("CoverageMatrixWriter", "%1 × %2")
                              .arg(matrix.options().rows.title(), matrix.options().columns.title());
    xml.writeTextElement(QStringLiteral("title"), title);
    // Light by default; the reader's dark preference swaps the palette.
    xml.writeTextElement(QStringLiteral("style"),
        QStringLiteral(".bg{fill:#ffffff}.ink{fill:#1a1a1a}.line{stroke:#d0d0d0}.gap{fill:#fde2e2}"
                       ".hit{fill:#2f6fb3}.count{fill:#1a1a1a}.strong{fill:#ffffff}"
                       "@media (prefers-color-scheme: dark){.bg{fill:#1e1e1e}.ink{fill:#e8e8e8}"
                       ".line{stroke:#444444}.gap{fill:#4a2626}.hit{fill:#5b9bd5}.count{fill:#e8e8e8}"
                       ".strong{fill:#101010}}"));
    const auto rect = [&xml](double x, double y, double w, double h, const QString &cls, double opacity = 1.0) {
        xml.writeEmptyElement(QStringLiteral("rect"));
        xml.writeAttribute(QStringLiteral("x"), num(x));
        xml.writeAttribute(QStringLiteral("y"), num(y));
        xml.writeAttribute(QStringLiteral("width"), num(w));
        xml.writeAttribute(QStringLiteral("height"), num(h));
        xml.writeAttribute(QStringLiteral("class"), cls);
        if (opacity < 1.0)
            xml.writeAttribute(QStringLiteral("fill-opacity"), QString::number(opacity, 'f', 2));
    };
    const auto text = [&xml](double x, double y, const QString &content, const QString &cls, const QString &anchor,
                          const QString &transform = {}) {
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("x"), num(x));
        xml.writeAttribute(QStringLiteral("y"), num(y));
        xml.writeAttribute(QStringLiteral("class"), cls);
        xml.writeAttribute(QStringLiteral("text-anchor"), anchor);
        if (!transform.isEmpty())
            xml.writeAttribute(QStringLiteral("transform"), transform);
        xml.writeCharacters(content);
        xml.writeEndElement();
    };
    rect(0, 0, width, height, QStringLiteral("bg"));
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("x"), num(margin));
    xml.writeAttribute(QStringLiteral("y"), num(margin + diagramstyle::titleFontSize));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("ink"));
    xml.writeAttribute(QStringLiteral("font-size"), num(diagramstyle::titleFontSize));
    xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeCharacters(title);
    xml.writeEndElement();

    // Gaps first, under everything: rows and columns without a single path.
    for (size_t k = 0; k < o.rows.size(); ++k) {
        if (matrix.rowTotal(o.rows[k]) == 0)
            rect(margin, gridTop + double(k) * cell, gridLeft - margin + double(o.columns.size()) * cell, cell,
                QStringLiteral("gap"));
    }
    for (size_t k = 0; k < o.columns.size(); ++k) {
        if (matrix.columnTotal(o.columns[k]) == 0)
            rect(gridLeft + double(k) * cell, margin + titleBand, cell, headerHeight + double(o.rows.size()) * cell,
                QStringLiteral("gap"));
    }
    for (size_t k = 0; k < o.columns.size(); ++k) {
        const Entity *e = matrix.columns()[size_t(o.columns[k])];
        const double x = gridLeft + double(k) * cell + cell / 2.0 + fontSize / 3.0;
        const double y = gridTop - 6.0;
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeTextElement(QStringLiteral("title"), e->title);
        text(x, y, fitted(e->title, headerHeight / 0.87 - 12.0, fontSize), QStringLiteral("ink"),
            QStringLiteral("start"), QStringLiteral("rotate(-60 %1 %2)").arg(num(x), num(y)));
        xml.writeEndElement();
    }
    for (size_t k = 0; k < o.rows.size(); ++k) {
        const int r = o.rows[k];
        const Entity *e = matrix.rows()[size_t(r)];
        const double y = gridTop + double(k) * cell;
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeTextElement(QStringLiteral("title"), e->title);
        text(gridLeft - 8.0, y + cell / 2.0 + fontSize / 3.0, fitted(e->title, labelWidth - 8.0, fontSize),
            QStringLiteral("ink"), QStringLiteral("end"));
        xml.writeEndElement();
        for (size_t j = 0; j < o.columns.size(); ++j) {
            const int n = matrix.count(r, o.columns[j]);
            if (n == 0)
                continue;
            const double x = gridLeft + double(j) * cell;
            const double strength = 0.2 + 0.8 * double(n) / double(maximum);
            rect(x + 1, y + 1, cell - 2, cell - 2, QStringLiteral("hit"), strength);
            text(x + cell / 2.0, y + cell / 2.0 + fontSize / 3.0, QString::number(n),
                strength > 0.6 ? QStringLiteral("strong") : QStringLiteral("count"), QStringLiteral("middle"));
        }
    }
    // The grid's lines.
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("line"));
    xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1"));
    const double gridRight = gridLeft + double(o.columns.size()) * cell;
    const double gridBottom = gridTop + double(o.rows.size()) * cell;
    for (size_t k = 0; k <= o.rows.size(); ++k) {
        xml.writeEmptyElement(QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("x1"), num(margin));
        xml.writeAttribute(QStringLiteral("y1"), num(gridTop + double(k) * cell));
        xml.writeAttribute(QStringLiteral("x2"), num(gridRight));
        xml.writeAttribute(QStringLiteral("y2"), num(gridTop + double(k) * cell));
    }
    for (size_t k = 0; k <= o.columns.size(); ++k) {
        xml.writeEmptyElement(QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("x1"), num(gridLeft + double(k) * cell));
        xml.writeAttribute(QStringLiteral("y1"), num(gridTop));
        xml.writeAttribute(QStringLiteral("x2"), num(gridLeft + double(k) * cell));
        xml.writeAttribute(QStringLiteral("y2"), num(gridBottom));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace storyloom
