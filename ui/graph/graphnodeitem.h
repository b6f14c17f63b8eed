// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"

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
    /** The fill of the node as it is now (type, story kind, dimmed). */
    [[nodiscard]] const QBrush &brush() const;
    /** The node's shape box around its centre, in scene units (no label, no halo). */
    [[nodiscard]] QRectF shapeBox() const { return m_path.boundingRect().translated(pos()); }
    [[nodiscard]] bool isMarked() const { return m_marked; }
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

    /** Below this zoom titles are not drawn. */
    static constexpr double labelZoom = 0.55;
    /**
     * Below this zoom nodes are specks (a few pixels: shapes cannot be told
     * apart) and become plain squares, drawn by the scene's overview
     * (GraphScene::setOverview) when a view shows them.
     */
    static constexpr double overviewZoom = 0.2;

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
