// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace storyloom {

class DocumentTabs;
class EntityPage;

/**
 * Distraction-free writing: View › Focus Mode (F11) shows the current page's
 * editor alone, full screen, in a centred column; the menu bar, panels, tab
 * bar, toolbars and status bar are hidden (their keys keep working) and come
 * back as they were when F11 or Esc ends it. Typewriter scrolling and the
 * dimming of other paragraphs are toggles of their own; all three choices are
 * kept in the user's settings.
 */
class FocusMode : public QObject
{
    Q_OBJECT
public:
    FocusMode(QMainWindow *window, DocumentTabs *tabs);
    ~FocusMode() override;

    /** Focus Mode, Typewriter Scrolling and Dim Other Paragraphs, for the View menu. */
    [[nodiscard]] QList<QAction *> actions() const;
    [[nodiscard]] bool isOn() const { return m_on; }
    void setOn(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    /** The page focus mode shows (the current one), the previous one back to normal. */
    void follow(EntityPage *page);
    void applyLook();

    QMainWindow *m_window;
    DocumentTabs *m_tabs;
    QAction *m_action;
    QAction *m_typewriter;
    QAction *m_dimming;
    bool m_on = false;
    QPointer<EntityPage> m_page;
    /** What entering hid, to show again. */
    QList<QPointer<QWidget>> m_hidden;
    /** Menu actions added to the window while its menu bar is hidden, so their keys still work. */
    QList<QAction *> m_borrowed;
    Qt::WindowStates m_windowState;
    /** The docks and toolbars as they were (QMainWindow::saveState()). */
    QByteArray m_dockState;
};

} // namespace storyloom
