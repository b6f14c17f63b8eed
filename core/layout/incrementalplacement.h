// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/graphlayout.h"

#include <QHash>
#include <QPointF>
#include <optional>

namespace storyloom {

/**
 * Keeps a cached layout when the graph changed a little: nodes that already
 * have a place keep it, and the few new ones are put beside their placed
 * neighbours (or in a row under the drawing when they have none), on free
 * spots. A full Graphviz layout is only needed when much of the graph is new.
 */
class IncrementalPlacement
{
public:
    /**
     * Positions for every node of `request`: `known` for the nodes it has,
     * new places for the others. Nothing when `known` covers no node of the
     * request or more than `maxNewFraction` of its nodes are missing (lay the
     * graph out again instead).
     */
    [[nodiscard]] static std::optional<QHash<QString, QPointF>> place(
        const LayoutRequest &request, const QHash<QString, QPointF> &known, double maxNewFraction = 0.25);
};

} // namespace storyloom
