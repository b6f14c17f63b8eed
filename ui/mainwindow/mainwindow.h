// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QMenu;
class QTreeView;

namespace storyloom {

class DocumentTabs;
class EditActions;
class EditorSession;
class FocusMode;
class GraphWidget;
class Project;
class ProblemsPanel;
class ProjectAssistant;
class ProjectHistory;
class ProjectTreeModel;
class RoadmapView;
class SearchTools;
class SyncController;
class VisionHistory;

/**
 * The main window: project tree on the left, tabs in the middle (one per
 * open entity, plus the Graph and Roadmap views), status bar below. It wires
 * views together; each view is its own class. The controllers (edit actions,
 * search, sync, the editor session, help) make their own menus and actions,
 * and the window alone puts them into its menu bar, in one place.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** The central tabs that are views rather than entities, for `--view`; Focus is the editor in focus mode. */
    enum class View { Editor, Graph, Roadmap, Focus };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Project *project() const { return m_project; }
    /** The central tabs: the open pages and the Graph and Roadmap views. */
    [[nodiscard]] DocumentTabs *documentTabs() const { return m_tabs; }
    /** The undo history of project operations (rename, move, trash, new pages). */
    [[nodiscard]] ProjectHistory *projectHistory() const { return m_history; }
    /** Opens a project folder, remembers it in Recent Projects, and loads it in the background. */
    void openProject(const QString &path);
    /** Opens (or switches to) the entity's tab and puts the cursor on `line` when given. */
    void openEntity(const QString &id, int line = 0);
    void showView(View view);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /** The menu bar, in its fixed order: File, Edit, View, Search, Sync, Help. */
    void createMenuBar();
    void createDocks();
    void updateRecentMenu();
    void onSnapshotChanged(const Snapshot &snapshot);
    /** The vision's timeline under the Graph and the Roadmap, and what it shows there. */
    void createHistoryPanels();
    /** Tells the screen reader when the current page has more errors than in the previous snapshot. */
    void announceNewErrors(const Snapshot &snapshot);
    void chooseProject();
    /** Opens the page holding `path` (relative) at `line`. */
    void openFileAt(const QString &path, int line);
    /** Shows the Problems panel and puts the focus in its list. */
    void showProblems();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Project *m_project;
    ProjectTreeModel *m_treeModel;
    QTreeView *m_tree = nullptr;
    DocumentTabs *m_tabs = nullptr;
    GraphWidget *m_graphView = nullptr;
    RoadmapView *m_roadmapView = nullptr;
    VisionHistory *m_visionHistory = nullptr;
    QMenu *m_recentMenu = nullptr;
    EditActions *m_editActions = nullptr;
    SearchTools *m_searchTools = nullptr;
    EditorSession *m_session = nullptr;
    SyncController *m_sync = nullptr;
    ProjectHistory *m_history = nullptr;
    FocusMode *m_focusMode = nullptr;
    ProjectAssistant *m_assistant = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    ProblemsPanel *m_problems = nullptr;
    /** Errors per file in the previous snapshot of m_errorsRoot, to announce new ones. */
    QHash<QString, int> m_errorsByPath;
    QString m_errorsRoot;
    /**
     * True while a project is being opened: only then do "Loading…" and "Loaded"
     * take the status bar. Background refreshes (the file watcher, after a sync)
     * show in the progress bar and counts alone, so they never hide a message
     * that matters, such as a failed automatic sync.
     */
    bool m_opening = false;
};

} // namespace storyloom
