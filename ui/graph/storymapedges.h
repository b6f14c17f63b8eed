// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/storymaplayout.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QSet>
#include <vector>

namespace storyloom {

/**
 * Every line of the story map in one item (hundreds of items would each be
 * hit-tested and sorted): curves that leave and arrive horizontally, in the
 * relation kind's colour and style (derived relations in their own), wider
 * for bundles of several relations; the selection's lines stand out.
 */
class StoryMapEdges : public QGraphicsItem
{
public:
    explicit StoryMapEdges(const StoryMap &map);

    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** Lines between two of these boxes are drawn strong, the others faded; empty: all normal. */
    void setFocus(const QSet<int> &items);
    /** The curve a line is drawn along (tests, hit-testing). */
    [[nodiscard]] const QPainterPath &path(int edge) const { return m_paths[size_t(edge)]; }
    [[nodiscard]] int count() const { return int(m_paths.size()); }

    [[nodiscard]] static QPainterPath curve(const StoryMapEdge &edge, bool sameColumn);

private:
    std::vector<StoryMapEdge> m_edges;
    std::vector<QPainterPath> m_paths;
    QRectF m_bounds;
    QSet<int> m_focus;
};

} // namespace storyloom
