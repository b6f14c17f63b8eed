// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/diagramexporter.h"

#include "core/export/dotwriter.h"
#include "core/export/mermaidwriter.h"
#include "core/export/svgwriter.h"
#include "ui/export/diagrampainter.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace storyloom {

std::optional<ExportFormat> DiagramExporter::formatFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == u"svg")
        return ExportFormat::Svg;
    if (lower == u"png")
        return ExportFormat::Png;
    if (lower == u"pdf")
        return ExportFormat::Pdf;
    if (lower == u"dot" || lower == u"gv")
        return ExportFormat::Dot;
    if (lower == u"mermaid" || lower == u"mmd")
        return ExportFormat::Mermaid;
    if (lower == u"md" || lower == u"markdown")
        return ExportFormat::Markdown;
    return std::nullopt;
}

QString DiagramExporter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Dot:
        return QStringLiteral("dot");
    case ExportFormat::Mermaid:
        return QStringLiteral("mermaid");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

QString DiagramExporter::suffix(ExportFormat format)
{
    return format == ExportFormat::Mermaid ? QStringLiteral("mmd") : formatName(format);
}

bool DiagramExporter::isText(ExportFormat format)
{
    return format == ExportFormat::Svg || format == ExportFormat::Dot || format == ExportFormat::Mermaid
        || format == ExportFormat::Markdown;
}

double DiagramExporter::pngScale(const Diagram &diagram, const PngSize &size)
{
    if (size.scale > 0)
        return size.scale;
    const QSizeF points = diagramFrame(diagram).size;
    if (points.isEmpty())
        return 1.0;
    if (size.width > 0 || size.height > 0) {
        const double byWidth = size.width > 0 ? size.width / points.width() : std::numeric_limits<double>::max();
        const double byHeight = size.height > 0 ? size.height / points.height() : std::numeric_limits<double>::max();
        return std::min(byWidth, byHeight);
    }
    const double longSide = std::max(points.width(), points.height());
    if (size.longSide > 0)
        return size.longSide / longSide;
    return std::min(PngSize::defaultLongSide / longSide, PngSize::maxDefaultScale);
}

ExportResult DiagramExporter::write(const Diagram &diagram, ExportFormat format, double scale)
{
    switch (format) {
    case ExportFormat::Svg:
        return { SvgWriter::write(diagram), std::nullopt };
    case ExportFormat::Png:
        return { DiagramPainter::toPng(diagram, scale), std::nullopt };
    case ExportFormat::Pdf:
        return { DiagramPainter::toPdf(diagram), std::nullopt };
    case ExportFormat::Dot:
        return { DotWriter::write(diagram).toUtf8(), std::nullopt };
    case ExportFormat::Mermaid:
        return { MermaidWriter::write(diagram).toUtf8(), std::nullopt };
    case ExportFormat::Markdown:
        break;
    }
    return { {}, Diagnostic::error({}, QCoreApplication::translate("storyloom", "this diagram has no Markdown form")) };
}

} // namespace storyloom
