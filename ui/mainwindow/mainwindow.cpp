// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/project/project.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/markdowneditor.h"
#include "ui/graph/graphwidget.h"
#include "ui/mainwindow/editactions.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/helpmenu.h"
#include "ui/mainwindow/projecttreeactions.h"
#include "ui/mainwindow/projecttreemodel.h"
#include "ui/mainwindow/wordcountlabel.h"
#include "ui/roadmap/roadmapview.h"
#include "ui/search/searchtools.h"
#include "ui/sync/synccontroller.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>

namespace storyloom {

namespace {
constexpr int maxRecentProjects = 10;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_project(new Project(this))
    , m_treeModel(new ProjectTreeModel(this))
{
    setWindowTitle(QStringLiteral("Storyloom"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);
    auto *graph = new GraphWidget(this);
    connect(m_project, &Project::snapshotChanged, graph, &GraphWidget::setSnapshot);
    connect(graph, &GraphWidget::openRequested, this, [this](const QString &id) { openEntity(id); });
    m_graphView = graph;
    auto *roadmap = new RoadmapView(m_project, this);
    connect(roadmap, &RoadmapView::openEntityRequested, this, [this](const QString &id) { openEntity(id); });
    m_roadmapView = roadmap;
    m_tabs->addTab(m_graphView, tr("Graph"));
    m_tabs->addTab(m_roadmapView, tr("Roadmap"));
    // The two views are always there: only entity tabs close.
    for (int i = 0; i < 2; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (page == m_graphView || page == m_roadmapView)
            return;
        m_tabs->removeTab(index);
        page->deleteLater();
    });

    createDocks();
    // The graph's selection follows the project tree and the current entity tab, and leads the tree.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, graph,
        [graph](const QModelIndex &index) { graph->selectEntity(index.data(ProjectTreeModel::IdRole).toString()); });
    connect(graph, &GraphWidget::entitySelected, this, [this](const QString &id) {
        if (const QModelIndex index = m_treeModel->indexForId(id); index.isValid())
            m_tree->setCurrentIndex(index);
    });
    connect(m_tabs, &QTabWidget::currentChanged, graph, [this, graph] {
        if (auto *page = qobject_cast<EntityPage *>(m_tabs->currentWidget()))
            graph->selectEntity(page->entityId());
    });
    createActions();
    new SearchTools(this); // Search menu: find in project, quick open, backlinks
    new EditorSession(this); // File > New and Settings, tab restore, crash recovery
    new ProjectTreeActions(this, m_tree); // the tree's context menu: rename, move to trash
    addHelpMenu(this); // keep last: Help is the rightmost menu

    m_countsLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    auto *progress = new QProgressBar(this);
    progress->setMaximumWidth(180);
    progress->setVisible(false);
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(new WordCountLabel(m_tabs, this)); // words and reading time of the current tab

    auto *sync = new SyncController(this); // Git: branch in the status bar, Sync menu, conflicts, history, clone
    connect(sync, &SyncController::fileMarksChanged, m_treeModel, &ProjectTreeModel::setFileMarks);
    // A sync commits what is on disk: every open buffer is saved first, or the sync does not start.
    sync->setSaveHandler([this] { return saveAll(); });
    // What the views hold of the previous project goes before anything of the next one arrives.
    connect(m_project, &Project::opened, this, [this, graph] {
        m_treeModel->setSnapshot(nullptr);
        graph->setSnapshot(nullptr);
    });
    connect(m_project, &Project::snapshotChanged, this, &MainWindow::onSnapshotChanged);
    connect(m_project, &Project::loadProgress, this, [progress](int done, int total) {
        progress->setRange(0, total);
        progress->setValue(done);
        progress->setFormat(tr("Reading %v of %m files"));
        progress->setToolTip({});
    });
    // After reading, the rest has no counts: a busy bar, and what it is busy with (in the
    // status bar too while a project opens: a first build writes its index for seconds).
    connect(m_project, &Project::loadStage, this, [this, progress](LoadStage stage) {
        progress->setRange(0, 0);
        const QString doing = stage == LoadStage::Linking ? tr("Building the graph…") : tr("Writing the search index…");
        progress->setFormat(doing);
        progress->setToolTip(doing);
        if (m_opening)
            statusBar()->showMessage(doing);
    });
    connect(m_project, &Project::loadingChanged, this, [this, progress](bool loading) {
        progress->setVisible(loading);
        if (!loading && statusBar()->currentMessage() == progress->format())
            statusBar()->clearMessage(); // the stage the load was in
        if (loading && m_opening)
            statusBar()->showMessage(tr("Loading %1…").arg(QDir::toNativeSeparators(m_project->rootPath())));
        if (!loading && m_opening) {
            m_opening = false;
            statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(m_project->rootPath())), 4000);
        }
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    const bool restored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // First run on a window narrower than 1600 px: Backlinks shares Project's place. With a
    // panel on either side the graph had too little room to show its titles: the sample
    // project's graph fitted at a zoom below the one labels need.
    auto *projectDock = findChild<QDockWidget *>(QStringLiteral("projectDock"));
    auto *backlinksDock = findChild<QDockWidget *>(QStringLiteral("backlinksDock"));
    if (!restored && width() < 1600 && projectDock && backlinksDock) {
        tabifyDockWidget(projectDock, backlinksDock);
        projectDock->raise();
    }
}

MainWindow::~MainWindow()
{
    // The edit actions follow the focus: not while the window's widgets are taken down.
    delete m_editActions;
}

void MainWindow::createDocks()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ProjectTreeModel::IdRole).toString();
        if (!id.isEmpty())
            openEntity(id);
        else
            m_tree->setExpanded(index, !m_tree->isExpanded(index));
    });
    auto *dock = new QDockWidget(tr("Project"), this);
    dock->setObjectName(QStringLiteral("projectDock"));
    dock->setWidget(m_tree);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({ dock }, { 300 }, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QMenu *view = menuBar()->addMenu(tr("&View"));

    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();

    QAction *graph = view->addAction(tr("&Graph"), this, [this] { showView(View::Graph); });
    graph->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction *roadmap = view->addAction(tr("&Roadmap"), this, [this] { showView(View::Roadmap); });
    roadmap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *tree = view->addAction(tr("Project &Tree"), this, [this] { m_tree->setFocus(); });
    tree->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));

    // File > Save and Save All, the Edit menu, the page's panels in View.
    m_editActions = new EditActions(this, m_tabs, qobject_cast<RoadmapView *>(m_roadmapView), { file, edit, view });

    file->addSeparator();
    QAction *reload = file->addAction(tr("Re&load Project"), m_project, &Project::reload);
    reload->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("E&xport Roadmap…"), this, [this] {
        if (auto *roadmap = qobject_cast<RoadmapView *>(m_roadmapView))
            roadmap->exportRoadmap();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

bool MainWindow::saveAll()
{
    bool saved = true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<EntityPage *>(m_tabs->widget(i)))
            saved = (!page->isModified() || page->save()) && saved;
    }
    return saved;
}

void MainWindow::closeEntityTabs()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *page = m_tabs->widget(i);
        if (page == m_graphView || page == m_roadmapView)
            continue;
        m_tabs->removeTab(i);
        // At once, not later: its destructor saves or journals the buffer, and its timers die with it.
        delete page;
    }
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Project"), m_project->rootPath());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentProjects)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    settings.setValue(QStringLiteral("lastProject"), absolute);
    updateRecentMenu();

    closeEntityTabs();
    m_opening = true;
    m_project->open(absolute);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onSnapshotChanged(const Snapshot &snapshot)
{
    m_treeModel->setSnapshot(snapshot);
    m_tree->expandToDepth(0);
    setWindowTitle(QStringLiteral("%1 — Storyloom")
            .arg(snapshot->title().isEmpty() ? QFileInfo(snapshot->rootPath()).fileName() : snapshot->title()));
    m_countsLabel->setText(tr("%n entities", nullptr, int(snapshot->entities().size())) + QStringLiteral(" · ")
        + tr("%n relations", nullptr, int(snapshot->relations().size())));
    const int errors = snapshot->errorCount();
    const int warnings = snapshot->warningCount();
    m_problemsLabel->setText(errors + warnings == 0
            ? tr("No problems")
            : tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings));
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<EntityPage *>(m_tabs->widget(i)))
            page->setSnapshot(snapshot);
    }
}

void MainWindow::openEntity(const QString &id, int line)
{
    const Snapshot snapshot = m_project->snapshot();
    if (!snapshot || !snapshot->entity(id))
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<EntityPage *>(m_tabs->widget(i));
        if (page && page->entityId() == id) {
            m_tabs->setCurrentIndex(i);
            page->goToLine(line);
            page->editor()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    auto *page = new EntityPage(snapshot, id, m_tabs);
    connect(page, &EntityPage::openEntityRequested, this, &MainWindow::openEntity);
    connect(page, &EntityPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    const int index = m_tabs->addTab(page, snapshot->entity(id)->title);
    m_tabs->setTabToolTip(index, snapshot->entity(id)->source.path);
    m_tabs->setCurrentIndex(index);
    page->goToLine(line);
    // Opened from quick open, search, the tree or a link: typing goes into the page.
    page->editor()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Graph:
        m_tabs->setCurrentWidget(m_graphView);
        break;
    case View::Roadmap:
        m_tabs->setCurrentWidget(m_roadmapView);
        break;
    case View::Editor:
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (qobject_cast<EntityPage *>(m_tabs->widget(i))) {
                m_tabs->setCurrentIndex(i);
                return;
            }
        }
        // Nothing open yet: show the first story, the heart of a vision document.
        if (const Snapshot snapshot = m_project->snapshot()) {
            std::vector<const Entity *> stories = snapshot->entitiesOfType(EntityType::Story);
            std::sort(
                stories.begin(), stories.end(), [](const Entity *a, const Entity *b) { return a->order < b->order; });
            if (!stories.empty())
                openEntity(stories.front()->id);
        }
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace storyloom
