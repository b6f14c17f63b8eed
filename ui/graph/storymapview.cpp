// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/storymapview.h"

#include "ui/graph/storymapbox.h"
#include "ui/graph/storymapedges.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFocusEvent>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace storyloom {

StoryMapView::StoryMapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    m_scene->setObjectName(QStringLiteral("storyMapScene"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(palette().base());
    // A map smaller than the view starts at its top left, headings at the top.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_pool.setMaxThreadCount(1);
}

StoryMapView::~StoryMapView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void StoryMapView::setContent(
    const Snapshot &snapshot, const std::optional<QSet<QString>> &visible, const QSet<RelationKind> &kinds)
{
    if (!snapshot || !m_snapshot || snapshot->rootPath() != m_snapshot->rootPath()) {
        m_options.expanded.clear();
        m_fitPending = true;
    }
    m_snapshot = snapshot;
    m_route.clear();
    m_options.visible = visible;
    m_options.relationKinds = kinds;
    start();
}

void StoryMapView::toggleGroup(const QString &groupId)
{
    if (!m_options.expanded.remove(groupId))
        m_options.expanded.insert(groupId);
    if (StoryMapBox *box = m_boxes.value(groupId)) {
        m_anchor = groupId;
        m_anchorPos = mapFromScene(box->item().rect.topLeft());
    }
    start();
}

void StoryMapView::setUnfoldedGroups(const QSet<QString> &groups)
{
    if (groups == m_options.expanded)
        return;
    m_options.expanded = groups;
    start();
}

void StoryMapView::setZoom(double zoom)
{
    const double target = std::clamp(zoom, 0.05, 4.0);
    resetTransform();
    scale(target, target);
    m_keepFitted = false;
    m_fitPending = false;
}

void StoryMapView::start()
{
    if (m_cancel)
        m_cancel->store(true);
    const quint64 generation = ++m_generation;
    if (!m_snapshot) {
        finish(generation, {});
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    StoryMapOptions options = m_options;
    options.cancel = m_cancel.get();
    m_running = true;
    m_pool.start([this, generation, options, snapshot = m_snapshot, keepAlive = m_cancel] {
        StoryMap map = StoryMapLayout::compute(*snapshot, options);
        QMetaObject::invokeMethod(
            this, [this, generation, map = std::move(map)] { finish(generation, map); }, Qt::QueuedConnection);
    });
}

void StoryMapView::waitForLayout()
{
    while (m_running) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this);
    }
}

void StoryMapView::finish(quint64 generation, const StoryMap &map)
{
    if (generation != m_generation)
        return;
    m_running = false;
    if (map.cancelled)
        return;
    m_scene->clear();
    m_boxes.clear();
    m_edges = nullptr;
    m_map = map;
    QFont headingFont = StoryMapBox::labelFont();
    headingFont.setPixelSize(StoryMapBox::labelPixelSize + 2);
    headingFont.setBold(true);
    const QFontMetricsF headingMetrics(headingFont);
    for (const StoryMapColumnBox &column : m_map.columns) {
        const QString heading = QStringLiteral("%1 · %2").arg(column.title).arg(column.entities);
        auto *text = m_scene->addSimpleText(
            headingMetrics.elidedText(heading, Qt::ElideRight, column.rect.width()), headingFont);
        text->setBrush(palette().color(QPalette::Text));
        text->setPos(column.rect.left(), column.rect.top() + 8);
        text->setToolTip(heading);
    }
    m_edges = new StoryMapEdges(m_map);
    m_scene->addItem(m_edges);
    for (const StoryMapItem &item : m_map.items) {
        auto *box = new StoryMapBox(item);
        m_scene->addItem(box);
        m_boxes.insert(item.id, box);
    }
    m_scene->setSceneRect(m_map.bounds.adjusted(-40, -20, 160, 40));
    // The keyboard stays on its box (an unfolded group keeps its id), else on the selection's box.
    if (m_map.indexOf(m_current) < 0) {
        const int box = m_map.itemOfEntity.value(m_selected, -1);
        m_current = box >= 0 ? m_map.items[size_t(box)].id : QString();
    }
    applyFocus();
    if (m_fitPending) {
        fitAll();
        m_fitPending = false;
        m_keepFitted = true;
    } else if (StoryMapBox *anchor = m_boxes.value(m_anchor)) {
        // Keep the clicked group where it was on screen.
        const QPoint now = mapFromScene(anchor->item().rect.topLeft());
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + now.x() - m_anchorPos.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() + now.y() - m_anchorPos.y());
    }
    m_anchor.clear();
    Q_EMIT laidOut();
    Q_EMIT currentItemChanged(m_current);
}

void StoryMapView::selectEntity(const QString &id)
{
    const int box = m_map.itemOfEntity.value(id, -1);
    const QString current = box >= 0 ? m_map.items[size_t(box)].id : QString();
    if (id == m_selected && current == m_current && m_route.isEmpty())
        return;
    m_selected = id;
    m_current = current;
    m_route.clear();
    applyFocus();
    Q_EMIT entitySelected(id);
    Q_EMIT currentItemChanged(m_current);
}

void StoryMapView::setCurrentItem(const QString &itemId)
{
    const int index = m_map.indexOf(itemId);
    if (index < 0)
        return;
    const StoryMapItem &item = m_map.items[size_t(index)];
    ensureVisible(item.rect, 40, 40);
    if (item.kind == StoryMapItemKind::Entity) {
        selectEntity(item.id);
        return;
    }
    if (itemId == m_current)
        return;
    m_current = itemId;
    applyFocus();
    Q_EMIT currentItemChanged(m_current);
}

void StoryMapView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    applyFocus();
}

void StoryMapView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    applyFocus();
}

void StoryMapView::setFocusOptions(const FocusOptions &options)
{
    m_focus = options;
    m_focus.chain = m_options.columns;
    applyFocus();
}

void StoryMapView::showRoute(const QSet<QString> &entities)
{
    m_route = entities;
    applyFocus();
}

void StoryMapView::applyFocus()
{
    // Kumu's showcase: what the focus does not reach fades, nothing is hidden.
    QSet<QString> reached = m_route;
    if (reached.isEmpty() && !m_selected.isEmpty() && m_snapshot)
        reached = StoryFocus::reach(*m_snapshot, m_selected, m_focus);
    QSet<int> focus;
    for (const QString &id : std::as_const(reached)) {
        if (const int box = m_map.itemOfEntity.value(id, -1); box >= 0)
            focus.insert(box);
    }
    // An unfolded group's heading stays lit while one of its members is.
    for (size_t i = 0; i < m_map.items.size(); ++i) {
        const StoryMapItem &item = m_map.items[i];
        if (item.kind == StoryMapItemKind::GroupHeader
            && std::any_of(
                item.members.cbegin(), item.members.cend(), [&](const QString &id) { return reached.contains(id); }))
            focus.insert(int(i));
    }
    const int selected = m_selected.isEmpty() ? -1 : m_map.itemOfEntity.value(m_selected, -1);
    for (size_t i = 0; i < m_map.items.size(); ++i) {
        if (StoryMapBox *box = m_boxes.value(m_map.items[i].id)) {
            box->setHighlight(int(i) == selected, !focus.isEmpty() && !focus.contains(int(i)));
            box->setKeyboardFocus(hasFocus() && m_map.items[i].id == m_current);
        }
    }
    if (m_edges)
        m_edges->setFocus(focus);
}

double StoryMapView::zoom() const
{
    return transform().m11();
}

void StoryMapView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.05, 4.0);
    scale(target / zoom(), target / zoom());
}

void StoryMapView::fitAll()
{
    const QRectF bounds = m_map.bounds.adjusted(-20, -10, 20, 10);
    if (bounds.isEmpty())
        return;
    const QRect port = viewport()->rect();
    const double fit = std::min(port.width() / bounds.width(), port.height() / bounds.height());
    const double chosen = std::clamp(fit, minimumDefaultZoom, 1.25);
    resetTransform();
    scale(chosen, chosen);
    if (chosen <= fit + 1e-9)
        centerOn(bounds.center());
    else
        centerOn(bounds.topLeft() + QPointF(port.width() / (2 * chosen), port.height() / (2 * chosen)));
}

StoryMapBox *StoryMapView::boxAt(QPoint viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos)) {
        if (auto *box = qgraphicsitem_cast<StoryMapBox *>(item);
            box && box->item().rect.contains(mapToScene(viewportPos)))
            return box;
    }
    return nullptr;
}

void StoryMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressOnBackground = false;
    if (event->button() == Qt::LeftButton) {
        if (StoryMapBox *box = boxAt(event->position().toPoint())) {
            const bool connect
                = event->modifiers().testFlag(Qt::ControlModifier) && !m_selected.isEmpty() && m_selected != box->id();
            if (box->kind() == StoryMapItemKind::Entity && connect)
                Q_EMIT connectionRequested(m_selected, box->id());
            else if (box->kind() == StoryMapItemKind::Entity)
                selectEntity(box->id());
            else
                toggleGroup(box->id());
            event->accept();
            return;
        }
        m_pressOnBackground = true;
        m_keepFitted = false;
        m_pressPos = event->position().toPoint();
    }
    QGraphicsView::mousePressEvent(event);
}

void StoryMapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click on the background (not a drag) clears the selection.
    if (m_pressOnBackground && (event->position().toPoint() - m_pressPos).manhattanLength() < 4)
        selectEntity(QString());
    m_pressOnBackground = false;
}

void StoryMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (StoryMapBox *box = boxAt(event->position().toPoint()); box && box->kind() == StoryMapItemKind::Entity) {
        Q_EMIT activated(box->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void StoryMapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    m_keepFitted = false;
    event->accept();
}

void StoryMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted)
        fitAll();
}

} // namespace storyloom
