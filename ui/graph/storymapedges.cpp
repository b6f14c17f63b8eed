// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/storymapedges.h"

#include "ui/graph/graphstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace storyloom {

StoryMapEdges::StoryMapEdges(const StoryMap &map)
    : m_edges(map.edges)
{
    setZValue(-1);
    setFlag(ItemUsesExtendedStyleOption);
    m_paths.reserve(m_edges.size());
    for (const StoryMapEdge &edge : m_edges) {
        const bool sameColumn = map.items[size_t(edge.from)].column == map.items[size_t(edge.to)].column;
        m_paths.push_back(curve(edge, sameColumn));
        m_bounds |= m_paths.back().boundingRect();
    }
    m_bounds.adjust(-4, -4, 4, 4);
}

QPainterPath StoryMapEdges::curve(const StoryMapEdge &edge, bool sameColumn)
{
    QPainterPath path;
    if (edge.points.size() < 2)
        return path;
    const QPointF first = edge.points.front();
    path.moveTo(first);
    if (sameColumn) {
        const QPointF last = edge.points.back();
        const double bow = 24.0 + std::min(80.0, std::abs(last.y() - first.y()) / 4.0);
        path.cubicTo(first + QPointF(bow, 0), last + QPointF(bow, 0), last);
        return path;
    }
    for (size_t i = 1; i < edge.points.size(); ++i) {
        const QPointF from = edge.points[i - 1], to = edge.points[i];
        if (std::abs(from.y() - to.y()) < 1e-6) {
            path.lineTo(to);
            continue;
        }
        const double middle = (from.x() + to.x()) / 2.0;
        path.cubicTo(QPointF(middle, from.y()), QPointF(middle, to.y()), to);
    }
    return path;
}

void StoryMapEdges::setFocus(const QSet<int> &items)
{
    m_focus = items;
    update();
}

void StoryMapEdges::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed = option->exposedRect;
    // Faded lines first, so the selection's are drawn over them.
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t i = 0; i < m_edges.size(); ++i) {
            const StoryMapEdge &edge = m_edges[i];
            const bool touches = m_focus.contains(edge.from) && m_focus.contains(edge.to);
            const bool strong = !m_focus.isEmpty() && touches;
            if ((pass == 1) != strong)
                continue;
            if (!exposed.intersects(m_paths[i].controlPointRect()))
                continue;
            QPen pen = GraphStyle::edgePen(edge.kind, edge.provenance,
                strong                               ? GraphStyle::Emphasis::Selected
                    : !m_focus.isEmpty() && !touches ? GraphStyle::Emphasis::Dimmed
                                                     : GraphStyle::Emphasis::Normal);
            pen.setWidthF(pen.widthF() * (1.0 + std::log2(double(std::max(edge.count, 1))) / 2.0));
            painter->setPen(pen);
            painter->drawPath(m_paths[i]);
        }
    }
}

} // namespace storyloom
