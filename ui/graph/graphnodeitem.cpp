// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphnodeitem.h"

#include "ui/graph/graphscene.h"
#include "ui/graph/graphstyle.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace storyloom {

namespace {
const QFont &labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPointSizeF(9.0);
        return f;
    }();
    return font;
}
constexpr double labelWidth = 150.0;
} // namespace

GraphNodeItem::GraphNodeItem(QString id, QString title, EntityType type, StoryKind kind, double size)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_type(type)
    , m_kind(kind)
    , m_size(size)
    , m_path(GraphStyle::nodePath(type, size))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsScenePositionChanges | ItemIsFocusable);
    setAcceptHoverEvents(false);
    const QFontMetricsF metrics(labelFont());
    m_elided = metrics.elidedText(m_title, Qt::ElideRight, labelWidth);
    const double w = metrics.horizontalAdvance(m_elided) + 4;
    m_labelRect = QRectF(-w / 2, size / 2 + 2, w, metrics.height() + 2);
    setToolTip(m_title);
}

const QBrush &GraphNodeItem::brush() const
{
    return GraphStyle::nodeBrush(
        m_type, m_kind, m_dimmed ? GraphStyle::Emphasis::Dimmed : GraphStyle::Emphasis::Normal);
}

void GraphNodeItem::setDimmed(bool dimmed)
{
    if (dimmed != m_dimmed) {
        m_dimmed = dimmed;
        update();
    }
}

void GraphNodeItem::setMarked(bool marked)
{
    if (marked != m_marked) {
        prepareGeometryChange();
        m_marked = marked;
        update();
    }
}

QRectF GraphNodeItem::boundingRect() const
{
    const double halo = m_marked ? 8.0 : 3.0;
    return m_path.boundingRect().adjusted(-halo, -halo, halo, halo) | m_labelRect;
}

QPainterPath GraphNodeItem::shape() const
{
    return m_path;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const QBrush &brush
        = GraphStyle::nodeBrush(m_type, m_kind, m_dimmed ? GraphStyle::Emphasis::Dimmed : GraphStyle::Emphasis::Normal);
    if (zoom < overviewZoom) {
        // Far out, thousands of nodes: a filled square is all the eye can see.
        painter->fillRect(m_path.boundingRect(), brush);
        return;
    }
    if (m_marked) {
        static const QPen halo(QColor(255, 140, 0, 200), 5.0);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    painter->setPen(GraphStyle::nodePen(isSelected() ? GraphStyle::Emphasis::Selected
            : m_dimmed                               ? GraphStyle::Emphasis::Dimmed
                                                     : GraphStyle::Emphasis::Normal));
    painter->setBrush(brush);
    painter->drawPath(m_path);
    if (m_pinned) {
        painter->setBrush(Qt::black);
        painter->drawEllipse(QPointF(0, -m_size / 2 + 4), 2.0, 2.0);
    }
    if (zoom >= labelZoom && !m_dimmed) {
        painter->setFont(labelFont());
        painter->setPen(option->palette.color(QPalette::Text));
        painter->drawText(m_labelRect, Qt::AlignCenter, m_elided);
    }
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged) {
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->nodeMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void GraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void GraphNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressPos) {
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->nodeDropped(this);
    }
}

} // namespace storyloom
