// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;
class QWidget;

namespace storyloom {

class DocumentTabs;
class EntityPage;
class MainWindow;
class ProjectHistory;
class RoadmapView;

/**
 * The window's actions that act on the view being worked in: File › Save and
 * Save All, the Edit menu (Undo, Redo, Cut, Copy, Paste, Find, Replace, Go to
 * Line) and the page's panels in View. The window holds their keys, so a key
 * works wherever the focus is and no two tabs claim it; each acts on the text
 * field with the focus, else on the current tab: an entity page (its editor)
 * or the roadmap (its edit stack).
 */
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(MainWindow *window, DocumentTabs *tabs, RoadmapView *roadmap);

    /** Save and Save All, for the File menu. */
    [[nodiscard]] QList<QAction *> fileActions() const { return m_fileActions; }
    /** Undo to Go to Line, with their separators: the whole Edit menu. */
    [[nodiscard]] QList<QAction *> editActions() const { return m_editActions; }
    /** The page's panels (Properties, Outline, Preview), for the View menu. */
    [[nodiscard]] QList<QAction *> viewActions() const { return m_viewActions; }

    /** Enables and names the actions for what has the focus now (also before a menu opens). */
    void refresh();
    /** Undo and Redo act on the project's history while the focus is in `owner` (the project tree). */
    void setProjectHistory(ProjectHistory *history, QWidget *owner);

private:
    enum class Command { Undo, Redo, Cut, Copy, Paste };

    [[nodiscard]] EntityPage *currentPage() const;
    /** The widget the user works in: the focus, or where it was while the menus have it. */
    [[nodiscard]] QWidget *workingWidget() const;
    /** The focused text field of this window (a line edit, the editor), or null. */
    [[nodiscard]] QWidget *focusedText() const;
    /** The roadmap's edit stack when the roadmap is the focused view, else null. */
    [[nodiscard]] QUndoStack *focusedStack() const;
    /** The project's history when the project tree has the focus, else null. */
    [[nodiscard]] ProjectHistory *focusedHistory() const;
    void run(Command command);
    void followCurrentPage();

    MainWindow *m_window;
    DocumentTabs *m_tabs;
    RoadmapView *m_roadmap;
    QPointer<EntityPage> m_followed;
    QPointer<QWidget> m_lastFocus;
    ProjectHistory *m_history = nullptr;
    QPointer<QWidget> m_historyOwner;
    QAction *m_save;
    QAction *m_saveAll;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QList<QAction *> m_pageActions;
    QList<QAction *> m_fileActions;
    QList<QAction *> m_editActions;
    QList<QAction *> m_viewActions;
    QAction *m_preview = nullptr;
};

} // namespace storyloom
