// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace storyloom {

class GraphScene;
class GraphView;

/**
 * The graph view as assistive technology sees it: a list whose items are the
 * shown entities (name: the title; description: type and relation counts),
 * the selected one focused while the view has the focus. Screen readers then
 * follow the keyboard walk of GraphKeyNavigator as they follow a list.
 */
class GraphAccessible : public QAccessibleWidget
{
public:
    explicit GraphAccessible(GraphView *view);
    ~GraphAccessible() override;

    /** Makes Qt use this interface for every GraphView (once per process). */
    static void install();
    /** Tells assistive technology that the view's focus is on entity `id` (when the view has the focus). */
    static void notifyFocus(GraphView *view, const QString &id);

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface *child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override;
    [[nodiscard]] QAccessibleInterface *childAt(int x, int y) const override;
    [[nodiscard]] QAccessibleInterface *focusChild() const override;

    /** The interface of the entity `id`'s node, made on first use and kept while the view lives. */
    [[nodiscard]] QAccessibleInterface *nodeInterface(const QString &id) const;
    [[nodiscard]] GraphView *view() const;
    [[nodiscard]] GraphScene *scene() const;

private:
    mutable QHash<QString, QAccessible::Id> m_nodes;
};

} // namespace storyloom
