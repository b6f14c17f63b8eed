// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

class QGraphicsView;

namespace storyloom {

class GraphKeyModel;

/**
 * A map view (free graph or story map) as assistive technology sees it: a
 * list whose items are the view's items (name: the title; description: type
 * and relation counts, or what a group holds), the current one focused while
 * the view has the focus. Screen readers then follow the keyboard walk of
 * GraphKeyNavigator as they follow a list. Views with a GraphKeyModel get it.
 */
class GraphAccessible : public QAccessibleWidget
{
public:
    explicit GraphAccessible(QGraphicsView *view);
    ~GraphAccessible() override;

    /** Makes Qt use this interface for every view with a GraphKeyModel (once per process). */
    static void install();
    /** Tells assistive technology that the view's focus is on item `id` (when the view has the focus). */
    static void notifyFocus(QGraphicsView *view, const QString &id);

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface *child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override;
    [[nodiscard]] QAccessibleInterface *childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface *focusChild() const override;

    /** The interface of item `id`, made on first use and kept while the view lives. */
    [[nodiscard]] QAccessibleInterface *nodeInterface(const QString &id) const;
    [[nodiscard]] QGraphicsView *view() const;
    [[nodiscard]] GraphKeyModel *model() const;

private:
    mutable QHash<QString, QAccessible::Id> m_nodes;
};

} // namespace storyloom
