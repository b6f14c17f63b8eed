// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/changemarks.h"

#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>

namespace storyloom {

namespace {

QString markBadge(ChangeMark mark)
{
    switch (mark) {
    case ChangeMark::Added:
        return QStringLiteral("+");
    case ChangeMark::Removed:
        return QStringLiteral("−");
    case ChangeMark::Changed:
        break;
    }
    return QStringLiteral("~");
}

/** A relation added or removed, drawn over the view's own relations. */
class RelationMarkItem : public QGraphicsLineItem
{
public:
    enum { Type = ChangeMarkItem::RelationType };
    using QGraphicsLineItem::QGraphicsLineItem;
    [[nodiscard]] int type() const override { return Type; }
};

constexpr double markMargin = 4.0;
constexpr double badgeSize = 16.0;

} // namespace

QColor ChangeMarkItem::colour(ChangeMark mark)
{
    switch (mark) {
    case ChangeMark::Added:
        return QColor(0x2e, 0x7d, 0x32);
    case ChangeMark::Removed:
        return QColor(0xc6, 0x28, 0x28);
    case ChangeMark::Changed:
        break;
    }
    return QColor(0xc7, 0x7c, 0x00);
}

ChangeMarks ChangeMarks::fromChanges(const VisionChanges &changes)
{
    ChangeMarks marks;
    for (const EntitySummary &entity : changes.added)
        marks.entities.insert(entity.id, ChangeMark::Added);
    for (const EntitySummary &entity : changes.removed)
        marks.entities.insert(entity.id, ChangeMark::Removed);
    for (const EntityRename &rename : changes.renamed)
        marks.entities.insert(rename.to, ChangeMark::Changed);
    for (const EntityChange &change : changes.changed)
        marks.entities.insert(change.id, ChangeMark::Changed);
    for (const RelationSummary &relation : changes.relationsAdded)
        marks.relations.push_back({ relation.source, relation.target, ChangeMark::Added });
    for (const RelationSummary &relation : changes.relationsRemoved)
        marks.relations.push_back({ relation.source, relation.target, ChangeMark::Removed });
    return marks;
}

ChangeMarkItem::ChangeMarkItem(ChangeMark mark, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_mark(mark)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void ChangeMarkItem::mark(QGraphicsItem *node, std::optional<ChangeMark> mark)
{
    if (!node)
        return;
    for (QGraphicsItem *child : node->childItems()) {
        if (child->type() == Type)
            delete child;
    }
    if (mark)
        new ChangeMarkItem(*mark, node);
}

void ChangeMarkItem::markRelations(QGraphicsScene *scene, const std::function<QGraphicsItem *(const QString &)> &itemOf,
    const std::vector<RelationMark> &relations)
{
    if (!scene)
        return;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == RelationMarkItem::Type)
            delete item;
    }
    for (const RelationMark &relation : relations) {
        QGraphicsItem *from = itemOf(relation.source);
        QGraphicsItem *to = itemOf(relation.target);
        if (!from || !to || from == to)
            continue;
        auto *line = new RelationMarkItem(QLineF(from->sceneBoundingRect().center(), to->sceneBoundingRect().center()));
        QPen pen(colour(relation.mark), 2.5);
        // Added: solid, removed: dashed, as on the entities.
        pen.setStyle(relation.mark == ChangeMark::Removed ? Qt::DashLine : Qt::SolidLine);
        line->setPen(pen);
        // Over the relations drawn by the view, under the entities' marks.
        line->setZValue(std::max(from->zValue(), to->zValue()) - 0.5);
        line->setAcceptedMouseButtons(Qt::NoButton);
        scene->addItem(line);
    }
}

QRectF ChangeMarkItem::boundingRect() const
{
    const QRectF node = parentItem() ? parentItem()->boundingRect() : QRectF();
    return node.adjusted(-markMargin - badgeSize / 2, -markMargin - badgeSize / 2, markMargin + badgeSize / 2,
        markMargin + badgeSize / 2);
}

void ChangeMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF node = parentItem()->boundingRect().adjusted(-markMargin, -markMargin, markMargin, markMargin);
    const QColor markColour = colour(m_mark);
    painter->setRenderHint(QPainter::Antialiasing);
    // Added: a solid outline, removed: dashed, changed: dotted, so the marks differ without colour too.
    QPen pen(markColour, 2.5);
    pen.setStyle(
        m_mark == ChangeMark::Added ? Qt::SolidLine : (m_mark == ChangeMark::Removed ? Qt::DashLine : Qt::DotLine));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(node, 6, 6);
    const QRectF badge(node.right() - badgeSize / 2, node.top() - badgeSize / 2, badgeSize, badgeSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(markColour);
    painter->drawEllipse(badge);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(badgeSize) - 3);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, markBadge(m_mark));
}

} // namespace storyloom
