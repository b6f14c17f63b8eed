// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphkeynavigator.h"

#include "ui/graph/graphaccessible.h"
#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphrelationslist.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"

#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QFocusFrame>
#include <QKeyEvent>
#include <QMenu>
#include <cmath>

namespace storyloom {

GraphKeyNavigator::GraphKeyNavigator(GraphView *view, GraphScene *scene)
    : QObject(view)
    , m_view(view)
    , m_scene(scene)
    , m_frame(new QFocusFrame(view))
{
    setObjectName(QStringLiteral("graphKeyNavigator"));
    m_frame->hide();
    view->installEventFilter(this);
    connect(scene, &GraphScene::entitySelected, this, [this] {
        if (m_view->hasFocus())
            reportFocus();
    });
}

QString GraphKeyNavigator::neighbourTowards(const GraphScene &scene, const QString &from, QPointF direction)
{
    const GraphNodeItem *current = scene.node(from);
    if (!current)
        return {};
    QString best;
    double bestScore = 0;
    for (const QString &id : scene.neighbours(from)) {
        const GraphNodeItem *n = scene.node(id);
        const QPointF d = n->pos() - current->pos();
        const double length = std::hypot(d.x(), d.y());
        if (length <= 0)
            continue;
        // Within about 70 degrees of the arrow's direction; nearer and straighter wins.
        const double cosine = QPointF::dotProduct(d / length, direction);
        if (cosine < 0.3)
            continue;
        const double score = cosine * 1000.0 / (1.0 + length);
        if (score > bestScore) {
            bestScore = score;
            best = id;
        }
    }
    return best;
}

bool GraphKeyNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn: {
        m_frame->setWidget(m_view);
        m_frame->show();
        // A click selects what it hits; the keyboard needs somewhere to start.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::MouseFocusReason && reason != Qt::PopupFocusReason)
            focusStart();
        reportFocus();
        break;
    }
    case QEvent::FocusOut:
        m_frame->setWidget(nullptr);
        m_frame->hide();
        break;
    case QEvent::ContextMenu:
        if (static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
            showRelationsMenu();
            return true;
        }
        break;
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers != Qt::NoModifier)
            break;
        switch (key->key()) {
        case Qt::Key_Left:
            step({ -1, 0 });
            return true;
        case Qt::Key_Right:
            step({ 1, 0 });
            return true;
        case Qt::Key_Up:
            step({ 0, -1 });
            return true;
        case Qt::Key_Down:
            step({ 0, 1 });
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!m_scene->selectedEntity().isEmpty())
                Q_EMIT m_view->activated(m_scene->selectedEntity());
            return true;
        case Qt::Key_R:
        case Qt::Key_Menu:
            showRelationsMenu();
            return true;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void GraphKeyNavigator::step(QPointF direction)
{
    const QString current = m_scene->selectedEntity();
    if (current.isEmpty()) {
        focusStart();
        return;
    }
    const QString next = neighbourTowards(*m_scene, current, direction);
    if (!next.isEmpty())
        moveTo(next);
}

void GraphKeyNavigator::moveTo(const QString &id)
{
    m_scene->selectEntity(id);
    m_view->centreOn(id);
}

void GraphKeyNavigator::focusStart()
{
    if (!m_scene->selectedEntity().isEmpty() || m_scene->nodeCount() == 0)
        return;
    QString start;
    qsizetype most = -1;
    for (int i = 0; i < m_scene->nodeCount(); ++i) {
        const QString &id = m_scene->nodeAt(i)->id();
        const qsizetype degree = m_scene->neighbours(id).size();
        if (degree > most) {
            most = degree;
            start = id;
        }
    }
    moveTo(start);
}

void GraphKeyNavigator::showRelationsMenu()
{
    const QString current = m_scene->selectedEntity();
    GraphNodeItem *node = m_scene->node(current);
    if (!node)
        return;
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("graphRelationsMenu"));
    menu.setTitle(tr("Relations of %1").arg(node->title()));
    menu.setAccessibleName(menu.title());
    const QList<GraphRelationEntry> entries = GraphRelationsList::entries(*m_scene, current);
    for (const GraphRelationEntry &entry : entries)
        menu.addAction(entry.text, this, [this, id = entry.otherId] { moveTo(id); });
    if (entries.isEmpty())
        menu.addAction(tr("No relations shown"))->setEnabled(false);
    menu.addSeparator();
    menu.addAction(tr("Open %1").arg(node->title()), this, [this, current] { Q_EMIT m_view->activated(current); });
    const QPoint at = m_view->viewport()->mapToGlobal(m_view->mapFromScene(node->pos()));
    menu.exec(at);
}

void GraphKeyNavigator::reportFocus()
{
    GraphAccessible::notifyFocus(m_view, m_scene->selectedEntity());
}

} // namespace storyloom
