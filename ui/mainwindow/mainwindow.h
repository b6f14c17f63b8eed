// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;

namespace storyloom {

class EditActions;
class Project;
class ProjectTreeModel;

/**
 * The main window: project tree on the left, tabs in the middle (one per
 * open entity, plus the Graph and Roadmap views), status bar below. It wires
 * views together; each view is its own class.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** The central tabs that are views rather than entities, for `--view`. */
    enum class View { Editor, Graph, Roadmap };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Project *project() const { return m_project; }
    /** Opens a project folder, remembers it in Recent Projects, and loads it in the background. */
    void openProject(const QString &path);
    /** Opens (or switches to) the entity's tab and puts the cursor on `line` when given. */
    void openEntity(const QString &id, int line = 0);
    void showView(View view);
    /** Saves every modified entity tab (File > Save All, and before a sync); false when one could not be saved. */
    bool saveAll();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void updateRecentMenu();
    void onSnapshotChanged(const Snapshot &snapshot);
    void chooseProject();
    /** Closes every entity tab now: typing is saved (or journaled) while its project is still the open one. */
    void closeEntityTabs();

    Project *m_project;
    ProjectTreeModel *m_treeModel;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_graphView = nullptr;
    QWidget *m_roadmapView = nullptr;
    QMenu *m_recentMenu = nullptr;
    EditActions *m_editActions = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    /**
     * True while a project is being opened: only then do "Loading…" and "Loaded"
     * take the status bar. Background refreshes (the file watcher, after a sync)
     * show in the progress bar and counts alone, so they never hide a message
     * that matters, such as a failed automatic sync.
     */
    bool m_opening = false;
};

} // namespace storyloom
