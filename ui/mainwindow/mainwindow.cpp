// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/project/project.h"
#include "core/project/writer.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/markdowneditor.h"
#include "ui/export/exportrunner.h"
#include "ui/graph/graphwidget.h"
#include "ui/graph/historypanel.h"
#include "ui/graph/suggestionspanel.h"
#include "ui/graph/visionhistory.h"
#include "ui/mainwindow/announcer.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/editactions.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/focusmode.h"
#include "ui/mainwindow/helpmenu.h"
#include "ui/mainwindow/problemspanel.h"
#include "ui/mainwindow/projectassistant.h"
#include "ui/mainwindow/projecthistory.h"
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
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
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
    m_tabs = new DocumentTabs(this);
    setCentralWidget(m_tabs);
    m_graphView = new GraphWidget(this);
    GraphWidget *graph = m_graphView;
    connect(m_project, &Project::snapshotChanged, graph, &GraphWidget::setSnapshot);
    m_visionHistory = new VisionHistory(this);
    connect(m_project, &Project::snapshotChanged, m_visionHistory, &VisionHistory::setLiveSnapshot);
    // An old revision is read-only: its entities are not opened for editing.
    connect(graph, &GraphWidget::openRequested, this, [this](const QString &id) {
        if (!m_visionHistory->shown())
            openEntity(id);
    });
    m_roadmapView = new RoadmapView(m_project, this);
    connect(m_roadmapView, &RoadmapView::openEntityRequested, this, [this](const QString &id) {
        if (!m_visionHistory->shown())
            openEntity(id);
    });
    createHistoryPanels();
    // Exports of either view: "Exported to …" in the status bar, with a link to the folder.
    const auto announce = [this](const QString &path) { ExportRunner::announce(statusBar(), path); };
    connect(m_graphView, &GraphWidget::exported, this, announce);
    connect(m_graphView, &GraphWidget::viewSaved, this, [this] { m_treeModel->refreshViews(); });
    connect(m_roadmapView, &RoadmapView::exported, this, announce);
    m_tabs->addView(m_graphView, tr("Graph"));
    m_tabs->addView(m_roadmapView, tr("Roadmap"));
    connect(m_tabs, &DocumentTabs::pageOpened, this, [this](EntityPage *page) {
        connect(page, &EntityPage::openEntityRequested, this, &MainWindow::openEntity);
        connect(page, &EntityPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        connect(page, &EntityPage::projectEditRequested, this, [this](const ProjectEdit &edit) {
            const WriteResult result = m_history->perform(edit);
            statusBar()->showMessage(
                result.ok ? tr("%1: Edit › Undo in the project tree takes it back").arg(edit.text()) : result.error,
                5000);
        });
    });

    createDocks();
    // The graph's selection follows the project tree and the current entity tab, and leads the tree.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, graph,
        [graph](const QModelIndex &index) { graph->selectEntity(index.data(ProjectTreeModel::IdRole).toString()); });
    connect(graph, &GraphWidget::entitySelected, this, [this](const QString &id) {
        if (const QModelIndex index = m_treeModel->indexForId(id); index.isValid())
            m_tree->setCurrentIndex(index);
    });
    connect(m_tabs, &DocumentTabs::currentEntityChanged, graph, [graph](const QString &id) {
        if (!id.isEmpty())
            graph->selectEntity(id);
    });
    // File › Save and Save All, the Edit menu, the page's panels in View.
    m_editActions = new EditActions(this, m_tabs, m_roadmapView);
    m_searchTools = new SearchTools(this); // Search menu: find in project, quick open, backlinks
    m_session = new EditorSession(this); // File › New and Settings, tab restore, crash recovery
    m_history = new ProjectHistory(this); // undo of project operations, from the project tree
    m_focusMode = new FocusMode(this, m_tabs); // F11: the editor alone, full screen
    m_editActions->setProjectHistory(m_history, m_tree);
    new ProjectTreeActions(this, m_tree); // the tree's context menu and drops: rename, move, trash
    // Suggested relations share Backlinks' place; they are worked out only while shown.
    auto *suggestionsDock = new QDockWidget(tr("Suggestions"), this);
    suggestionsDock->setObjectName(QStringLiteral("suggestionsDock"));
    auto *suggestions = new SuggestionsPanel(m_project, suggestionsDock);
    suggestions->setObjectName(QStringLiteral("suggestionsPanel"));
    suggestionsDock->setWidget(suggestions);
    addDockWidget(Qt::RightDockWidgetArea, suggestionsDock);
    if (auto *backlinks = findChild<QDockWidget *>(QStringLiteral("backlinksDock"))) {
        tabifyDockWidget(backlinks, suggestionsDock);
        backlinks->raise();
    }
    // The check's problems, below the pages; opened from the status bar's counts or the View menu.
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problems = new ProblemsPanel(problemsDock);
    m_problems->setObjectName(QStringLiteral("problemsPanel"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_project, &Project::snapshotChanged, m_problems, &ProblemsPanel::setSnapshot);
    connect(m_problems, &ProblemsPanel::jumpRequested, this, &MainWindow::openFileAt);
    connect(m_problems, &ProblemsPanel::quickFixRequested, this, [this](const QString &path, int line) {
        openFileAt(path, line);
        if (EntityPage *page = m_tabs->currentPage(); page && page->filePath().endsWith(path))
            page->showQuickFixes();
    });
    connect(m_tabs, &DocumentTabs::currentEntityChanged, m_problems, [this](const QString &id) {
        const Snapshot snapshot = m_project->snapshot();
        const Entity *entity = snapshot ? snapshot->entity(id) : nullptr;
        m_problems->setCurrentPath(entity ? entity->source.path : QString());
    });
    m_assistant = new ProjectAssistant(this); // "Describe this project" when few pages are typed

    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Project size"));
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problems"));
    m_problemsLabel->setAccessibleName(tr("Problems"));
    m_problemsLabel->setToolTip(tr("Show the Problems panel"));
    m_problemsLabel->setCursor(Qt::PointingHandCursor);
    m_problemsLabel->installEventFilter(this);
    auto *progress = new QProgressBar(this);
    progress->setAccessibleName(tr("Loading the project"));
    progress->setMaximumWidth(180);
    progress->setVisible(false);
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(new HistoryStatus(m_visionHistory, this)); // loading a revision, cancellable
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(new WordCountLabel(m_tabs, this)); // words and reading time of the current tab

    m_sync = new SyncController(this); // Git: branch in the status bar, Sync menu, conflicts, history, clone
    connect(m_sync, &SyncController::fileMarksChanged, m_treeModel, &ProjectTreeModel::setFileMarks);
    // A sync commits what is on disk: every open buffer is saved first, or the sync does not start.
    m_sync->setSaveHandler([this] { return m_tabs->saveAll(); });
    createMenuBar();
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
    if (auto *problemsDock = findChild<QDockWidget *>(QStringLiteral("problemsDock")); !restored && problemsDock)
        problemsDock->hide();
    // Suggestions read the whole project again after each change: shown when asked for (View menu).
    if (auto *suggestionsDock = findChild<QDockWidget *>(QStringLiteral("suggestionsDock"));
        !restored && suggestionsDock)
        suggestionsDock->hide();
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
    m_tree->setAccessibleName(tr("Project"));
    m_tree->setAccessibleDescription(tr("The project's entities by type; Enter opens one."));
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ProjectTreeModel::IdRole).toString();
        const QString view = index.data(ProjectTreeModel::ViewPathRole).toString();
        if (!view.isEmpty()) {
            m_tabs->setCurrentWidget(m_graphView);
            if (auto problem = m_graphView->openViewFile(view))
                QMessageBox::warning(this, tr("Open View"), *problem);
        } else if (!id.isEmpty())
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

void MainWindow::createMenuBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addMenu(m_session->newMenu());
    file->addAction(m_sync->cloneAction());
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    file->addActions(m_editActions->fileActions());
    file->addSeparator();
    QAction *reload = file->addAction(tr("Re&load Project"), m_project, &Project::reload);
    reload->setShortcut(QKeySequence::Refresh);
    file->addAction(m_assistant->action());
    file->addAction(tr("E&xport Roadmap…"), m_roadmapView, &RoadmapView::exportRoadmap);
    file->addSeparator();
    file->addAction(m_session->settingsAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions(m_editActions->editActions());
    connect(edit, &QMenu::aboutToShow, m_editActions, &EditActions::refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *graph = view->addAction(tr("&Graph"), this, [this] { showView(View::Graph); });
    graph->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction *roadmap = view->addAction(tr("&Roadmap"), this, [this] { showView(View::Roadmap); });
    roadmap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *tree = view->addAction(tr("Project &Tree"), this, [this] { m_tree->setFocus(); });
    tree->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("suggestionsDock")))
        view->addAction(dock->toggleViewAction());
    QAction *problems = view->addAction(tr("Pro&blems"), this, &MainWindow::showProblems);
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addSeparator();
    view->addActions(m_editActions->viewActions());
    view->addSeparator();
    view->addActions(m_focusMode->actions());

    menuBar()->addMenu(m_searchTools->menu());
    menuBar()->addMenu(m_sync->menu());
    menuBar()->addMenu(createHelpMenu(this));
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

    m_tabs->closeAll();
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

void MainWindow::createHistoryPanels()
{
    // The timeline under the Graph and the Roadmap: both follow one history.
    for (int i = 0; i < 2; ++i) {
        auto *panel = new HistoryPanel(m_visionHistory);
        if (i == 0)
            m_graphView->setTimeline(panel);
        else
            m_roadmapView->setTimeline(panel);
        connect(panel, &HistoryPanel::entityChosen, m_graphView, &GraphWidget::selectEntity);
    }
    connect(m_visionHistory, &VisionHistory::viewChanged, this, [this, shownBefore = Snapshot()]() mutable {
        const Snapshot &shown = m_visionHistory->shown();
        if (shown != shownBefore) {
            shownBefore = shown;
            m_graphView->setSnapshotOverride(shown);
            m_roadmapView->setSnapshotOverride(shown);
        }
        const std::optional<VisionChanges> &changes = m_visionHistory->changes();
        m_graphView->setChangeMarks(changes ? ChangeMarks::fromChanges(*changes) : ChangeMarks());
    });
    connect(m_visionHistory, &VisionHistory::busyChanged, this,
        [this, said = QString()](bool busy, const QString &what) mutable {
            if (busy) {
                said = what;
                statusBar()->showMessage(what);
            } else if (statusBar()->currentMessage() == said) {
                statusBar()->clearMessage(); // not a failure said since
            }
        });
    connect(m_visionHistory, &VisionHistory::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
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
    m_tabs->setSnapshot(snapshot);
    announceNewErrors(snapshot);
}

void MainWindow::announceNewErrors(const Snapshot &snapshot)
{
    QHash<QString, int> errors;
    for (const Diagnostic &d : snapshot->diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error)
            ++errors[d.location.path];
    }
    // Only changes of the same project count: opening one is not news.
    const bool sameProject = snapshot->rootPath() == m_errorsRoot;
    const EntityPage *page = m_tabs->currentPage();
    const Entity *entity = page ? snapshot->entity(page->entityId()) : nullptr;
    if (sameProject && entity) {
        const int added = errors.value(entity->source.path) - m_errorsByPath.value(entity->source.path);
        if (added > 0)
            Announcer::announce(
                m_problemsLabel, tr("%n new error(s) in this page", nullptr, added), Announcer::Urgency::Assertive);
    }
    m_errorsRoot = snapshot->rootPath();
    m_errorsByPath = std::move(errors);
}

void MainWindow::openEntity(const QString &id, int line)
{
    const Snapshot snapshot = m_project->snapshot();
    if (!snapshot || !snapshot->entity(id))
        return;
    EntityPage *page = m_tabs->open(snapshot, id);
    page->goToLine(line);
    // Opened from quick open, search, the tree or a link: typing goes into the page.
    m_tabs->activate(page);
}

void MainWindow::openFileAt(const QString &path, int line)
{
    const Snapshot snapshot = m_project->snapshot();
    if (!snapshot)
        return;
    // The page of the whole file when there is one, else the first entity in it.
    const std::vector<const Entity *> inFile = snapshot->entitiesInFile(path);
    const auto own = std::find_if(inFile.cbegin(), inFile.cend(), [](const Entity *e) { return e->ownFile; });
    const Entity *entity = own != inFile.cend() ? *own : (inFile.empty() ? nullptr : inFile.front());
    if (!entity) {
        statusBar()->showMessage(tr("%1 is no page of the project").arg(path), 5000);
        return;
    }
    openEntity(entity->id, std::max(line, 1));
}

void MainWindow::showProblems()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    dock->show();
    dock->raise();
    if (auto *list = dock->findChild<QWidget *>(QStringLiteral("problemsView")))
        list->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_problemsLabel && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        showProblems();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
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
    case View::Focus:
        showView(View::Editor);
        m_focusMode->setOn(true);
        break;
    case View::Editor:
        if (const QList<EntityPage *> pages = m_tabs->pages(); !pages.isEmpty()) {
            m_tabs->setCurrentWidget(pages.first());
            return;
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

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Tabbed docks: with a large font the titles outgrow a narrow dock; elided titles stay
    // readable where Qt's scroll buttons would be squeezed below their own size.
    for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->setUsesScrollButtons(false);
        bar->setElideMode(Qt::ElideRight);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The panels focus mode hid are the user's layout: it is saved as it was before.
    m_focusMode->setOn(false);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace storyloom
