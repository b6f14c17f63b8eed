// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

class QFocusFrame;

namespace storyloom {

class GraphScene;
class GraphView;

/**
 * The graph without a mouse: Tab and Shift+Tab enter and leave the view (the
 * most connected entity is focused when none is selected), arrow keys walk
 * along relations to the neighbour in that direction, Enter opens, R, the Menu
 * key or Shift+F10 list the focused entity's relations to jump to. The focused
 * entity is reported to assistive technology (GraphAccessible) and framed.
 */
class GraphKeyNavigator : public QObject
{
    Q_OBJECT
public:
    GraphKeyNavigator(GraphView *view, GraphScene *scene);

    /** The neighbour of `from` (along shown relations) lying most nearly in `direction`, or empty. */
    [[nodiscard]] static QString neighbourTowards(const GraphScene &scene, const QString &from, QPointF direction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveTo(const QString &id);
    void step(QPointF direction);
    void showRelationsMenu();
    /** When the view gets the focus with nothing selected: the entity with most relations. */
    void focusStart();
    void reportFocus();

    GraphView *m_view;
    GraphScene *m_scene;
    QFocusFrame *m_frame;
};

} // namespace storyloom
