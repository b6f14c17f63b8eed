// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QMenu;

namespace storyloom {

class BacklinksPanel;
class MainWindow;
class QuickOpenDialog;
class SearchPanel;

/**
 * Puts search into a main window: the Search dock (Ctrl+Shift+F), Quick
 * Open (Ctrl+P) and the Backlinks dock that follows the current entity tab,
 * with a Search menu for all three, which the window puts in its menu bar.
 * One object per window, owned by it.
 */
class SearchTools : public QObject
{
    Q_OBJECT
public:
    explicit SearchTools(MainWindow *window);

    /** Shows the search dock and focuses its query field. */
    void showSearch();
    void showQuickOpen();
    /** The Search menu. */
    [[nodiscard]] QMenu *menu() const { return m_menu; }

private:
    void followCurrentTab();

    MainWindow *m_window;
    SearchPanel *m_search;
    BacklinksPanel *m_backlinks;
    QuickOpenDialog *m_quickOpen;
    QDockWidget *m_searchDock;
    QDockWidget *m_backlinksDock;
    QMenu *m_menu;
};

} // namespace storyloom
