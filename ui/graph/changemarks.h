// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/visiondiff.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <functional>
#include <optional>
#include <vector>

namespace storyloom {

/** How a comparison with an earlier revision found an entity. */
enum class ChangeMark { Added, Removed, Changed };

/** A relation a comparison found added or removed. */
struct RelationMark
{
    QString source;
    QString target;
    ChangeMark mark = ChangeMark::Added;
};

/** The marks a comparison puts on entities, by id, and on relations. */
struct ChangeMarks
{
    QHash<QString, ChangeMark> entities;
    std::vector<RelationMark> relations;

    /** Added, removed and changed entities of `changes` (a renamed one counts as changed, under its new id). */
    [[nodiscard]] static ChangeMarks fromChanges(const VisionChanges &changes);
};

/**
 * A change mark drawn over a node of the story map or the graph: an outline
 * in the mark's colour (green, red, amber) whose line style and badge (+, −,
 * ~) tell the marks apart without colour. A child of the node, so it moves
 * and goes with it.
 */
class ChangeMarkItem : public QGraphicsItem
{
public:
    /** The item's type, and that of the lines markRelations() draws. */
    enum { Type = UserType + 28, RelationType = UserType + 29 };

    ChangeMarkItem(ChangeMark mark, QGraphicsItem *parent);

    /** Puts `mark` on `node` (replacing one there), or takes it off when unset. */
    static void mark(QGraphicsItem *node, std::optional<ChangeMark> mark);
    /**
     * Draws each of `relations` whose two ends `itemOf` finds as a line between them in the
     * mark's colour and style (the lines drawn before are taken off first).
     */
    static void markRelations(QGraphicsScene *scene, const std::function<QGraphicsItem *(const QString &)> &itemOf,
        const std::vector<RelationMark> &relations);

    /** The mark's colour: green, red or amber. */
    [[nodiscard]] static QColor colour(ChangeMark mark);

    [[nodiscard]] ChangeMark changeMark() const { return m_mark; }
    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ChangeMark m_mark;
};

} // namespace storyloom
