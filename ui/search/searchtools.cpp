// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/searchtools.h"

#include "core/project/project.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/search/backlinkspanel.h"
#include "ui/search/quickopendialog.h"
#include "ui/search/searchpanel.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

namespace storyloom {

SearchTools::SearchTools(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_search(new SearchPanel)
    , m_backlinks(new BacklinksPanel)
    , m_quickOpen(new QuickOpenDialog(window))
    , m_searchDock(new QDockWidget(tr("Search"), window))
    , m_backlinksDock(new QDockWidget(tr("Backlinks"), window))
    , m_menu(new QMenu(tr("&Search"), window))
{
    setObjectName(QStringLiteral("searchTools"));
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    m_backlinksDock->setObjectName(QStringLiteral("backlinksDock"));
    m_backlinksDock->setWidget(m_backlinks);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    window->addDockWidget(Qt::RightDockWidgetArea, m_backlinksDock);
    window->resizeDocks({ m_backlinksDock }, { 280 }, Qt::Horizontal);
    m_searchDock->hide();

    m_menu->setObjectName(QStringLiteral("searchMenu"));
    QAction *find = m_menu->addAction(tr("&Find in Project…"), this, &SearchTools::showSearch);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *quick = m_menu->addAction(tr("&Quick Open…"), this, &SearchTools::showQuickOpen);
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_menu->addSeparator();
    m_menu->addAction(m_searchDock->toggleViewAction());
    m_menu->addAction(m_backlinksDock->toggleViewAction());

    Project *project = window->project();
    // Results and lists of the previous project go at once; the query stays and runs on the new one.
    connect(project, &Project::opened, this, [this] {
        m_search->setProjectRoot(QString());
        m_backlinks->setEntity(QString());
        m_backlinks->setSnapshot(nullptr);
        m_quickOpen->setSnapshot(nullptr);
    });
    connect(project, &Project::snapshotChanged, this, [this, project](const Snapshot &snapshot) {
        m_search->setProjectRoot(project->rootPath());
        m_search->refresh();
        m_backlinks->setSnapshot(snapshot);
        m_quickOpen->setSnapshot(snapshot);
        followCurrentTab();
    });
    // An edit of prose alone keeps the snapshot, but the search text changed.
    connect(project, &Project::indexUpdated, m_search, &SearchPanel::refresh);
    auto open = [this](const QString &id, int line) { m_window->openEntity(id, line); };
    connect(m_search, &SearchPanel::openRequested, this, open);
    connect(m_backlinks, &BacklinksPanel::openRequested, this, open);
    connect(m_quickOpen, &QuickOpenDialog::entityChosen, this, [this](const QString &id) { m_window->openEntity(id); });
    // Long loads can be stopped; index notices (rebuilt, not updated) go to the status bar.
    auto *stop = new QToolButton(window);
    stop->setText(tr("Stop"));
    stop->setAccessibleName(tr("Stop reading the project"));
    stop->setToolTip(tr("Stop reading the project (what is shown stays)"));
    stop->setAutoRaise(true);
    stop->setVisible(false);
    window->statusBar()->addPermanentWidget(stop);
    connect(stop, &QToolButton::clicked, project, &Project::cancelLoad);
    connect(project, &Project::loadingChanged, stop, &QWidget::setVisible);
    connect(project, &Project::indexNotice, this,
        [this](const QString &message) { m_window->statusBar()->showMessage(message, 10000); });
    connect(window->documentTabs(), &DocumentTabs::currentEntityChanged, this, &SearchTools::followCurrentTab);
}

void SearchTools::showSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_search->focusQuery();
}

void SearchTools::showQuickOpen()
{
    m_quickOpen->setSnapshot(m_window->project()->snapshot());
    m_quickOpen->popup();
}

void SearchTools::followCurrentTab()
{
    if (const QString id = m_window->documentTabs()->currentEntityId(); !id.isEmpty())
        m_backlinks->setEntity(id);
}

} // namespace storyloom
