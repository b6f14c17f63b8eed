// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace storyloom {

class GraphScene;

/**
 * Looks at a GraphScene: wheel and pinch zoom about the cursor, drag on the
 * background pans, fit-to-view, arrow keys walk to the neighbour in that
 * direction (Tab cycles neighbours), hovering an edge names its relation.
 */
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);

    void fitAll();
    void zoomBy(double factor);
    void centreOn(const QString &id);
    [[nodiscard]] double zoom() const;

Q_SIGNALS:
    void activated(const QString &id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /** Switches the scene to its overview below GraphNodeItem::overviewZoom. */
    void updateOverview();

    GraphScene *m_scene;
    double m_pinchStart = 1.0;
};

} // namespace storyloom
