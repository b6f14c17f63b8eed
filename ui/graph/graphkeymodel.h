// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/graph/graphrelationslist.h"

#include <QObject>
#include <QPointF>
#include <QRectF>

class QGraphicsView;

namespace storyloom {

/**
 * What the keyboard walk (GraphKeyNavigator) and the accessibility tree
 * (GraphAccessible) need from a map view, whichever view it is: its items
 * (entities, and in the story map also groups) by id, the current one, where
 * each is drawn, which items a step can reach, and their words. One subclass
 * per view; both share the walk and the screen-reader interface.
 */
class GraphKeyModel : public QObject
{
    Q_OBJECT
public:
    /** Whether an item is a group, and whether it is unfolded. */
    enum class Fold { None, Folded, Unfolded };

    explicit GraphKeyModel(QGraphicsView *view);

    /** The model of a view (its direct child), or null. */
    [[nodiscard]] static GraphKeyModel *of(const QObject *view);
    [[nodiscard]] QGraphicsView *view() const { return m_view; }

    [[nodiscard]] virtual int count() const = 0;
    [[nodiscard]] virtual QString idAt(int index) const = 0;
    [[nodiscard]] virtual int indexOf(const QString &id) const = 0;
    /** The item the keyboard is on (empty: none). */
    [[nodiscard]] virtual QString current() const = 0;
    /** Moves the keyboard to an item (or an entity's item) and brings it into view. */
    virtual void setCurrent(const QString &id) = 0;
    /** Items an arrow key may step to from `id`. */
    [[nodiscard]] virtual QStringList walkTargets(const QString &id) const = 0;
    /** Where the item is drawn, in scene coordinates (empty: not drawn). */
    [[nodiscard]] virtual QRectF sceneRect(const QString &id) const = 0;
    [[nodiscard]] virtual QString title(const QString &id) const = 0;
    /** For screen readers: the type and the relation counts, or what a group holds. */
    [[nodiscard]] virtual QString description(const QString &id) const = 0;
    /** The item's relations in words, to jump to. */
    [[nodiscard]] virtual QList<GraphRelationEntry> relations(const QString &id) const = 0;
    /** Enter: opens an entity, unfolds or folds a group. */
    virtual void activate(const QString &id) = 0;
    [[nodiscard]] virtual Fold fold(const QString &) const { return Fold::None; }

    /** The walk target of `from` lying most nearly in `direction` (screen axes), or empty. */
    [[nodiscard]] QString neighbourTowards(const QString &from, QPointF direction) const;
    /** The item with most walk targets: where the keyboard starts. */
    [[nodiscard]] QString mostConnected() const;

protected:
    /** "Character; links to 2 entities, linked from 1 entity". */
    [[nodiscard]] static QString describeEntity(const QString &typeName, const QList<GraphRelationEntry> &relations);

Q_SIGNALS:
    /** The current item changed, or its state did (a group unfolded). */
    void currentChanged(const QString &id);

private:
    QGraphicsView *m_view;
};

} // namespace storyloom
