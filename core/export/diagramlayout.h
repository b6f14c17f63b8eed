// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/diagram.h"

#include <functional>

namespace storyloom {

/** Measures a node's box (text plus padding); the GUI passes one based on real font metrics. */
using NodeMeasure = std::function<QSizeF(const DiagramNode &)>;

/**
 * Estimates a node's size without a font engine (core has no Qt Gui): ASCII
 * at about 0.6 em, wide characters (emoji, CJK) at 1.2 em. Generous on
 * purpose so text fits whatever font a browser picks for the SVG.
 */
[[nodiscard]] QSizeF estimateNodeSize(const DiagramNode &node);
/** How heavy a line of text is set: bold runs wider. */
enum class TextWeight { Regular, Bold };
/** Estimated width in points of one line of text at `fontSize`. */
[[nodiscard]] double estimateTextWidth(QStringView text, double fontSize, TextWeight weight = TextWeight::Regular);
/** `text` cut to an estimated `width` points at the diagrams' font size, with an ellipsis when cut. */
[[nodiscard]] QString elideText(const QString &text, double width, TextWeight weight = TextWeight::Regular);

/**
 * Gives every node a rect and every edge a spline, arranged as a hierarchy in
 * the diagram's direction (Graphviz `dot` semantics: edges point down the
 * ranks, `reversedRank` edges up). Pure and thread-safe.
 */
void layoutDiagram(Diagram &diagram, const NodeMeasure &measure = {});

} // namespace storyloom
