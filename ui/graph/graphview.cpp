// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphview.h"

#include "ui/graph/graphedgelayer.h"
#include "ui/graph/graphkeynavigator.h"
#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphscenekeymodel.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace storyloom {

GraphView::GraphView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setBackgroundBrush(palette().base());
    // Keyboard walk and screen readers: their own classes, so the view stays about drawing.
    new GraphKeyNavigator(new GraphSceneKeyModel(this, scene));
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.02, 8.0);
    scale(target / zoom(), target / zoom());
    updateOverview();
}

void GraphView::updateOverview()
{
    m_scene->setOverview(zoom() < GraphNodeItem::overviewZoom);
}

void GraphView::fitAll()
{
    if (m_scene->nodeCount() == 0)
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom());
    // Titles before margins: when the fit lands below the zoom titles are drawn at but every
    // node still fits at that zoom, take it (the sample project's graph, on a laptop screen,
    // fitted just below it and showed no titles at all).
    // (A hair above it: items measure the zoom from their own transforms, and rounding put
    // some just below it, their titles missing.)
    const double titled = GraphNodeItem::labelZoom * 1.01;
    if (zoom() < titled) {
        const QRectF nodes = m_scene->nodeShapesRect();
        const QSizeF room = QSizeF(viewport()->size()) / titled;
        if (nodes.width() <= room.width() && nodes.height() <= room.height()) {
            zoomBy(titled / zoom());
            centerOn(nodes.center());
        }
    }
    updateOverview();
}

void GraphView::centreOn(const QString &id)
{
    if (GraphNodeItem *node = m_scene->node(id)) {
        if (!viewport()->rect().contains(mapFromScene(node->pos())))
            centerOn(node);
    }
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = zoom();
            const double target = m_pinchStart * pinch->totalScaleFactor();
            zoomBy(target / zoom());
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    auto *node = dynamic_cast<GraphNodeItem *>(itemAt(event->position().toPoint()));
    if (!node && m_scene->isOverview())
        node = m_scene->nodeNear(mapToScene(event->position().toPoint()), 3.0 / zoom());
    if (node) {
        Q_EMIT activated(node->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton || !m_scene->edgeLayer() || m_scene->edgeLayer()->edges().size() > 20000)
        return;
    if (dynamic_cast<GraphNodeItem *>(itemAt(event->position().toPoint())))
        return;
    const QPointF at = mapToScene(event->position().toPoint());
    const auto edge = m_scene->edgeLayer()->edgeAt(at, 4.0 / zoom());
    if (!edge) {
        QToolTip::hideText();
        return;
    }
    const GraphEdgeLayer::Edge &e = m_scene->edgeLayer()->edges()[size_t(*edge)];
    const QString from = m_scene->nodeAt(e.from)->title();
    const QString to = m_scene->nodeAt(e.to)->title();
    QToolTip::showText(
        event->globalPosition().toPoint(), tr("%1 — %2 → %3").arg(displayName(e.kind), from, to), viewport());
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        m_scene->selectEntity({});
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace storyloom
