// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/focusmode.h"

#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>

namespace storyloom {

namespace {
const QString typewriterKey = QStringLiteral("focus/typewriter");
const QString dimmingKey = QStringLiteral("focus/dimming");

/** Every action of a menu and its submenus. */
void collectActions(const QMenu *menu, QList<QAction *> &out)
{
    for (QAction *action : menu->actions()) {
        if (QMenu *sub = action->menu())
            collectActions(sub, out);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            out.append(action);
    }
}
} // namespace

FocusMode::FocusMode(QMainWindow *window, DocumentTabs *tabs)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_action(new QAction(tr("&Focus Mode"), this))
    , m_typewriter(new QAction(tr("T&ypewriter Scrolling"), this))
    , m_dimming(new QAction(tr("&Dim Other Paragraphs"), this))
{
    setObjectName(QStringLiteral("focusMode"));
    m_action->setObjectName(QStringLiteral("focusModeAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setToolTip(tr("Write with nothing but the text in view (Esc leaves)"));
    connect(m_action, &QAction::triggered, this, &FocusMode::setOn);

    const QSettings settings;
    m_typewriter->setObjectName(QStringLiteral("typewriterAction"));
    m_typewriter->setCheckable(true);
    m_typewriter->setChecked(settings.value(typewriterKey, true).toBool());
    m_dimming->setObjectName(QStringLiteral("dimmingAction"));
    m_dimming->setCheckable(true);
    m_dimming->setChecked(settings.value(dimmingKey, true).toBool());
    connect(m_typewriter, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(typewriterKey, on);
        applyLook();
    });
    connect(m_dimming, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(dimmingKey, on);
        applyLook();
    });
    connect(m_tabs, &DocumentTabs::currentPageChanged, this, [this](EntityPage *page) {
        if (m_on)
            follow(page);
    });
}

FocusMode::~FocusMode()
{
    if (m_on)
        qApp->removeEventFilter(this);
}

QList<QAction *> FocusMode::actions() const
{
    return { m_action, m_typewriter, m_dimming };
}

void FocusMode::setOn(bool on)
{
    if (on == m_on) {
        m_action->setChecked(on);
        return;
    }
    if (on)
        enter();
    else
        leave();
    m_action->setChecked(m_on);
}

void FocusMode::enter()
{
    EntityPage *page = m_tabs->currentPage();
    if (!page)
        return; // the graph or the roadmap: nothing to write in
    m_on = true;
    m_hidden.clear();
    const auto hide = [this](QWidget *widget) {
        if (widget && widget->isVisible()) {
            m_hidden.append(widget);
            widget->hide();
        }
    };
    // The keys of the menus work through their menu bar only while it shows: the window takes them meanwhile.
    m_borrowed.clear();
    for (QAction *top : m_window->menuBar()->actions()) {
        if (const QMenu *menu = top->menu())
            collectActions(menu, m_borrowed);
    }
    m_window->addActions(m_borrowed);
    m_dockState = m_window->saveState();
    hide(m_window->menuBar());
    hide(m_window->statusBar());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        hide(dock);
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        hide(bar);
    hide(m_tabs->tabBar());
    m_windowState = m_window->windowState();
    // Offscreen (tests, --screenshot) has no screen to fill: the window keeps its size there.
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    qApp->installEventFilter(this);
    follow(page);
}

void FocusMode::leave()
{
    m_on = false;
    qApp->removeEventFilter(this);
    follow(nullptr);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        m_window->setWindowState(m_windowState);
    for (const QPointer<QWidget> &widget : std::as_const(m_hidden)) {
        if (widget)
            widget->show();
    }
    m_hidden.clear();
    // Which of the tabified panels was in front: showing them again would bring the last one forward.
    m_window->restoreState(m_dockState);
    for (QAction *action : std::as_const(m_borrowed))
        m_window->removeAction(action);
    m_borrowed.clear();
    if (EntityPage *page = m_tabs->currentPage())
        page->editor()->setFocus(Qt::OtherFocusReason);
}

void FocusMode::follow(EntityPage *page)
{
    if (m_page && m_page != page)
        m_page->setFocusMode(FocusLook {});
    m_page = page;
    applyLook();
    if (m_page)
        m_page->editor()->setFocus(Qt::OtherFocusReason);
}

void FocusMode::applyLook()
{
    if (!m_page || !m_on)
        return;
    FocusLook look;
    look.on = true;
    look.typewriter = m_typewriter->isChecked();
    look.dimming = m_dimming->isChecked();
    m_page->setFocusMode(look, { m_typewriter, m_dimming });
}

bool FocusMode::eventFilter(QObject *watched, QEvent *event)
{
    // Esc leaves when the text has the focus; in the find bar, a completion list or a menu it does their work.
    if (event->type() == QEvent::KeyPress && m_on && m_page) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && watched == m_page->editor()
            && !QApplication::activePopupWidget() && !QApplication::activeModalWidget()) {
            setOn(false);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace storyloom
