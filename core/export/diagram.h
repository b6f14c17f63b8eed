// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/graphpalette.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace storyloom {

/** Which way a hierarchy flows: left to right, or top down (Graphviz `rankdir`). */
enum class DiagramDirection { LeftToRight, TopDown };

/** Colours of a node or legend entry, as `#rrggbb` so core stays free of Qt Gui. */
struct DiagramColors
{
    QString fill = QStringLiteral("#ffffff");
    QString stroke = QStringLiteral("#555555");
    QString text = QStringLiteral("#1a1a1a");
};

/**
 * One box of a diagram. Generic on purpose: the roadmap, the graph view and
 * any later export fill the same fields, and every writer (DOT, Mermaid, SVG,
 * painter) draws them the same way.
 */
struct DiagramNode
{
    /** Stable id (usually the entity id); writers derive safe identifiers from it. */
    QString id;
    /** Text lines; the first is the title (drawn bold), the rest are details. */
    QStringList label;
    /** A machine name for styling (`done`, `in-progress`, `pain-point`…): classDef / CSS class. */
    QString styleClass;
    DiagramColors colors;
    /** Drawn as a bar under the title when set (0..1). */
    std::optional<double> progress;
    /** People shown on the last line, also kept separately for tooltips. */
    QStringList owners;
    /** Link to the node's page, relative to the content root (`vision/roadmap.md`); empty for none. */
    QString href;
    /** Rounded box (goals) or a plain one. */
    bool rounded = true;
    /** Position and size after layout, in points (1/72 in), y growing downwards. */
    QRectF rect;
};

/** How an edge is drawn. */
enum class DiagramEdgeStyle { Solid, Dashed, Dotted };

/** A directed edge; `points` is a cubic Bézier spline (start, then 3 points per segment) after layout. */
struct DiagramEdge
{
    QString from;
    QString to;
    QString label;
    DiagramEdgeStyle style = DiagramEdgeStyle::Solid;
    QString color = QStringLiteral("#666666");
    /**
     * Lay the edge out as if it pointed from `to` to `from` (the arrowhead
     * stays at `to`). Lets "initiative → goal" edges put goals first in the
     * hierarchy while keeping their meaning.
     */
    bool reversedRank = false;
    QList<QPointF> points;
    /**
     * The line's dash pattern in stroke widths, overriding `style` when set: the graph's
     * exports give every relation kind the view's own pattern (GraphPalette::relationDashes).
     */
    QList<double> dashes;
    /** Graphviz's stand-in for `dashes` (it has no dash patterns); unset: `style`. */
    std::optional<GraphvizLine> dotLine;
    /** A hollow arrowhead: how the graph marks derived relations. */
    bool hollowArrow = false;
};

/** One line of the legend: a swatch and what it means. */
struct DiagramLegendEntry
{
    QString label;
    DiagramColors colors;
};

/**
 * A diagram as plain geometry and text: what gets exported. Built from a
 * snapshot by a builder (e.g. buildRoadmapDiagram), laid out by
 * layoutDiagram, then written by the text writers in core or painted by
 * ui/export.
 */
struct Diagram
{
    QString title;
    DiagramDirection direction = DiagramDirection::LeftToRight;
    std::vector<DiagramNode> nodes;
    std::vector<DiagramEdge> edges;
    std::vector<DiagramLegendEntry> legend;
    /** Bounding box of nodes and edges after layout (title and legend are placed around it by the writers). */
    QSizeF size;
    bool laidOut = false;

    [[nodiscard]] const DiagramNode *node(const QString &id) const;
    [[nodiscard]] int indexOf(const QString &id) const;
};

/** A progress bar as text, `▰▰▱▱▱▱` with `cells` cells (the roadmap convention). */
[[nodiscard]] QString progressBarText(double progress, int cells = 6);

/** Where a node's parts go inside its rect: text baselines (centred), and the progress bar. */
struct NodeGeometry
{
    QList<QPointF> baselines;
    QRectF progressBar;
};
[[nodiscard]] NodeGeometry nodeGeometry(const DiagramNode &node);

/**
 * The whole picture around a laid-out diagram: a title band above, a legend
 * row below, margins. Shared by the SVG writer and the painter so both
 * produce the same picture.
 */
struct DiagramFrame
{
    QSizeF size;
    /** Added to node and edge coordinates. */
    QPointF offset;
    QPointF titleBaseline;
    /** One swatch rect per legend entry; its label starts right of the swatch. */
    QList<QRectF> legendSwatches;
};
[[nodiscard]] DiagramFrame diagramFrame(const Diagram &diagram);

/** Fonts all writers and painters use, so estimates and output agree. */
namespace diagramstyle {
inline constexpr double fontSize = 11.0;
inline constexpr double titleFontSize = 16.0;
inline constexpr double lineHeight = 15.0;
inline constexpr double padding = 8.0;
inline constexpr double progressHeight = 6.0;
inline constexpr double legendSwatch = 12.0;
/**
 * CSS font list for text: text families only. An emoji family here would draw
 * digits and `#` with emoji glyphs wherever the first family is missing.
 */
[[nodiscard]] QString fontFamily();
/** CSS font list for emoji runs (written as their own `tspan`). */
[[nodiscard]] QString emojiFontFamily();
/** The text family painters ask for (Qt falls back to the system's sans serif without it). */
[[nodiscard]] QString textFamily();
/** The emoji family painters use for emoji runs only. */
[[nodiscard]] QString emojiFamily();
} // namespace diagramstyle

/** A stretch of a label drawn with one font: emoji (with their modifiers and joiners) or text. */
struct TextRun
{
    QString text;
    bool emoji = false;
};
/** Splits `text` into text and emoji runs, in order; keycaps and `U+FE0F` sequences count as emoji. */
[[nodiscard]] QList<TextRun> splitEmojiRuns(const QString &text);

} // namespace storyloom
