// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"
#include "core/model/diagnostic.h"

#include <QByteArray>
#include <optional>

namespace storyloom {

/** The file formats a diagram exports to (Markdown is the roadmap's overview table, not a picture). */
enum class ExportFormat { Svg, Png, Pdf, Dot, Mermaid, Markdown };

/**
 * How many pixels a PNG gets. Nothing set: the long side is defaultLongSide
 * pixels (a page or a slide), never more than maxDefaultScale pixels per point.
 * A width or height (or both: the picture fits in them) in pixels, or an
 * explicit scale, override that.
 */
struct PngSize
{
    double scale = 0.0;
    int width = 0;
    int height = 0;
    /** The longer of width and height, whichever way round the picture is. */
    int longSide = 0;
    static constexpr int defaultLongSide = 3000;
    static constexpr double maxDefaultScale = 4.0;
};

/** The bytes of an export, or why there are none. */
struct ExportResult
{
    QByteArray bytes;
    std::optional<Diagnostic> error;
};

/**
 * One entry point for every diagram export, shared by the roadmap, the graph
 * view, the Export dialog and `storyloom-cli export`: text formats come from
 * core's writers, pictures from DiagramPainter.
 */
class DiagramExporter
{
public:
    /** `svg`, `png`, `pdf`, `dot` (or `gv`), `mermaid` (or `mmd`), `md` (or `markdown`). */
    [[nodiscard]] static std::optional<ExportFormat> formatFromName(QStringView name);
    [[nodiscard]] static QString formatName(ExportFormat format);
    /** The usual file suffix, without the dot. */
    [[nodiscard]] static QString suffix(ExportFormat format);
    /** True for formats that can go to a terminal (`-o -`). */
    [[nodiscard]] static bool isText(ExportFormat format);
    /** Pixels per point for a PNG of `diagram` (laid out) at `size`. */
    [[nodiscard]] static double pngScale(const Diagram &diagram, const PngSize &size);
    /** Writes a laid-out diagram (Markdown is not a diagram format: the caller provides it). */
    [[nodiscard]] static ExportResult write(const Diagram &diagram, ExportFormat format, double scale = 1.0);
};

} // namespace storyloom
