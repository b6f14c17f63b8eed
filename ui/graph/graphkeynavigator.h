// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>

class QFocusFrame;
class QGraphicsView;

namespace storyloom {

class GraphKeyModel;

/**
 * A map without a mouse, in the free graph and the story map alike: Tab and
 * Shift+Tab enter and leave the view (the most connected item is focused
 * when none is current), arrow keys walk along relations to the neighbour in
 * that direction, Enter opens an entity or unfolds/folds a group, R, the Menu
 * key or Shift+F10 list the current item's relations to jump to. The current
 * item is reported to assistive technology (GraphAccessible) and the view framed.
 */
class GraphKeyNavigator : public QObject
{
    Q_OBJECT
public:
    /** Walks `model`'s view; also makes Qt give such views a GraphAccessible. */
    explicit GraphKeyNavigator(GraphKeyModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(QPointF direction);
    void showRelationsMenu();
    /** When the view gets the focus with nothing current: the item with most neighbours. */
    void focusStart();
    void reportFocus();

    GraphKeyModel *m_model;
    QGraphicsView *m_view;
    QFocusFrame *m_frame;
};

} // namespace storyloom
