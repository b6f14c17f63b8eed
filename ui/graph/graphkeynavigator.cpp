// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphkeynavigator.h"

#include "ui/graph/graphaccessible.h"
#include "ui/graph/graphkeymodel.h"

#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QFocusFrame>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMenu>

namespace storyloom {

GraphKeyNavigator::GraphKeyNavigator(GraphKeyModel *model)
    : QObject(model)
    , m_model(model)
    , m_view(model->view())
    , m_frame(new QFocusFrame(model->view()))
{
    setObjectName(QStringLiteral("graphKeyNavigator"));
    GraphAccessible::install();
    m_frame->hide();
    m_view->installEventFilter(this);
    connect(model, &GraphKeyModel::currentChanged, this, [this] {
        if (m_view->hasFocus())
            reportFocus();
    });
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
            if (!m_model->current().isEmpty())
                m_model->activate(m_model->current());
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
    const QString current = m_model->current();
    if (current.isEmpty()) {
        focusStart();
        return;
    }
    const QString next = m_model->neighbourTowards(current, direction);
    if (!next.isEmpty())
        m_model->setCurrent(next);
}

void GraphKeyNavigator::focusStart()
{
    if (!m_model->current().isEmpty() || m_model->count() == 0)
        return;
    m_model->setCurrent(m_model->mostConnected());
}

void GraphKeyNavigator::showRelationsMenu()
{
    const QString current = m_model->current();
    if (current.isEmpty())
        return;
    const QString title = m_model->title(current);
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("graphRelationsMenu"));
    menu.setTitle(tr("Relations of %1").arg(title));
    menu.setAccessibleName(menu.title());
    const QList<GraphRelationEntry> entries = m_model->relations(current);
    for (const GraphRelationEntry &entry : entries)
        menu.addAction(entry.text, this, [this, id = entry.otherId] { m_model->setCurrent(id); });
    if (entries.isEmpty())
        menu.addAction(tr("No relations shown"))->setEnabled(false);
    menu.addSeparator();
    const GraphKeyModel::Fold fold = m_model->fold(current);
    const QString open = fold == GraphKeyModel::Fold::Folded ? tr("Unfold %1")
        : fold == GraphKeyModel::Fold::Unfolded              ? tr("Fold %1")
                                                             : tr("Open %1");
    menu.addAction(open.arg(title), this, [this, current] { m_model->activate(current); });
    const QPoint at = m_view->viewport()->mapToGlobal(m_view->mapFromScene(m_model->sceneRect(current).center()));
    menu.exec(at);
}

void GraphKeyNavigator::reportFocus()
{
    GraphAccessible::notifyFocus(m_view, m_model->current());
}

} // namespace storyloom
