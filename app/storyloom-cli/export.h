// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/export/diagramexporter.h"

#include <QCommandLineParser>

namespace storyloom::cli {

/** Where and how `storyloom-cli export` writes. */
struct ExportTarget
{
    ExportFormat format = ExportFormat::Svg;
    /** PNG pixels: --scale, --width, --height, or a long side fit for a page or a slide. */
    PngSize png;
    /** A file path, or `-` for stdout. */
    QString output;
    DiagramDirection direction = DiagramDirection::LeftToRight;
};

/** Adds the options every export shares: --format, --scale, --width, --height, -o, --direction. */
void addCommonExportOptions(QCommandLineParser &parser);
/** Reads the shared options; prints the problem and returns nothing when they do not fit together. */
[[nodiscard]] std::optional<ExportTarget> readExportTarget(const QCommandLineParser &parser);
/** Lays out and writes a diagram (or, for Markdown, `markdown`) to the target; returns the exit code. */
[[nodiscard]] int writeExport(const ExportTarget &target, Diagram diagram, const QString &markdown = {});

/**
 * `storyloom-cli export --graph ...`, the graph view's export: lives in
 * exportgraph.cpp (the graph view's owners), called by runExport when
 * `--graph` is given, and reuses the three functions above.
 */
int runExportGraph(const QStringList &arguments);

/** `storyloom-cli export --matrix ROWS,COLS ...`, the coverage matrix (exportmatrix.cpp). */
int runExportMatrix(const QStringList &arguments);

/** `storyloom-cli export --view NAME|--tour FILE.yml ...`, saved views (exportview.cpp). */
int runExportView(const QStringList &arguments);

} // namespace storyloom::cli
