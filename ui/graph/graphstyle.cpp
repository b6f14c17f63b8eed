// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphstyle.h"

#include <QHash>
#include <cmath>
#include <numbers>

namespace storyloom {

namespace {

QPolygonF regular(int corners, double radius, double rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = rotation + 2 * std::numbers::pi * i / corners;
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    polygon << polygon.first();
    return polygon;
}

} // namespace

const QBrush &GraphStyle::nodeBrush(EntityType type, StoryKind kind, Emphasis emphasis)
{
    const bool dimmed = emphasis == Emphasis::Dimmed;
    static QHash<int, QBrush> cache;
    const int key = int(type) * 16 + int(kind) * 2 + (dimmed ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QColor color(GraphPalette::nodeColor(type, kind));
        if (dimmed)
            color.setAlphaF(0.18f);
        it = cache.insert(key, QBrush(color));
    }
    return *it;
}

const QPen &GraphStyle::nodePen(Emphasis emphasis)
{
    static const QPen normal(QColor(40, 40, 40), 1.0);
    static const QPen selectedPen(QColor(20, 110, 230), 3.0);
    static const QPen dimmedPen(QColor(40, 40, 40, 50), 1.0);
    switch (emphasis) {
    case Emphasis::Dimmed:
        return dimmedPen;
    case Emphasis::Selected:
        return selectedPen;
    case Emphasis::Normal:
        break;
    }
    return normal;
}

const QPen &GraphStyle::edgePen(RelationKind kind, Provenance provenance, Emphasis emphasis)
{
    const bool emphasised = emphasis == Emphasis::Selected;
    const bool dimmed = emphasis == Emphasis::Dimmed;
    static QHash<int, QPen> cache;
    const int key = (int(kind) * 3 + int(provenance)) * 4 + (emphasised ? 2 : 0) + (dimmed ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end()) {
        QColor color(GraphPalette::relationColor(kind));
        if (dimmed)
            color.setAlphaF(0.12f);
        // Cosmetic (the same width at every zoom: readable when zoomed out) and,
        // but for emphasised edges, exactly one pixel wide: the raster engine
        // draws those with its fast line stroker; any other width goes through
        // the general path stroker, several times slower on thousands of edges.
        // Every kind its own dash pattern, so kinds stay apart without colour; a derived
        // relation keeps its kind's and is marked by its hollow arrowhead (GraphEdgeLayer).
        QPen pen(color, emphasised ? 2.5 : 1.0);
        if (const QList<double> dashes = GraphPalette::relationDashes(kind); !dashes.isEmpty())
            pen.setDashPattern(dashes);
        pen.setCosmetic(true);
        it = cache.insert(key, pen);
    }
    return *it;
}

QPainterPath GraphStyle::nodePath(EntityType type, double size)
{
    const double r = size / 2;
    QPainterPath path;
    switch (GraphPalette::nodeShape(type)) {
    case NodeShape::Circle:
        path.addEllipse(QPointF(), r, r);
        break;
    case NodeShape::Ellipse:
        path.addEllipse(QPointF(), r, r * 0.7);
        break;
    case NodeShape::Diamond:
        path.addPolygon(regular(4, r, -std::numbers::pi / 2));
        break;
    case NodeShape::Hexagon:
        path.addPolygon(regular(6, r, 0));
        break;
    case NodeShape::Triangle:
        path.addPolygon(regular(3, r * 1.1, -std::numbers::pi / 2));
        break;
    case NodeShape::RoundedBox:
        path.addRoundedRect(QRectF(-r, -r * 0.75, size, size * 0.75), r * 0.3, r * 0.3);
        break;
    case NodeShape::Box:
        path.addRect(QRectF(-r, -r * 0.8, size, size * 0.8));
        break;
    }
    return path;
}

} // namespace storyloom
