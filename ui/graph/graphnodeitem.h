// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace storyloom {

/**
 * One entity in the graph view: its type's shape and colour, sized by degree,
 * with an elided title underneath that is hidden when zoomed out. Draggable;
 * the scene pins it where it is dropped.
 */
class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(QString id, QString title, EntityType type, StoryKind kind, double size);

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] EntityType entityType() const { return m_type; }
    [[nodiscard]] double size() const { return m_size; }
    /** Index in the scene's node list (for the edge layer). */
    int index = -1;

    /** Dimmed nodes are outside the current selection's neighbourhood. */
    void setDimmed(bool dimmed);
    [[nodiscard]] bool isDimmed() const { return m_dimmed; }
    /** Marked nodes (gap analysis results) get a halo. */
    void setMarked(bool marked);
    void setPinned(bool pinned) { m_pinned = pinned; }
    [[nodiscard]] bool isPinned() const { return m_pinned; }

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /** Below this zoom titles are not drawn; below a quarter of it nodes become plain squares. */
    static constexpr double labelZoom = 0.55;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString m_id;
    QString m_title;
    QString m_elided;
    EntityType m_type;
    StoryKind m_kind;
    double m_size;
    QPainterPath m_path;
    QRectF m_labelRect;
    QPointF m_pressPos;
    bool m_dimmed = false;
    bool m_marked = false;
    bool m_pinned = false;
};

} // namespace storyloom
