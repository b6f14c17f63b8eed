// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/editorsession.h"

#include "core/journal/recoveryjournal.h"
#include "core/project/pageplanner.h"
#include "core/project/project.h"
#include "core/project/writer.h"
#include "core/util/logging.h"
#include "core/util/projectkey.h"
#include "ui/editor/bufferkeeper.h"
#include "ui/editor/entitytemplates.h"
#include "ui/editor/recoverydialog.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projecthistory.h"
#include "ui/settings/settingsdialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

namespace storyloom {

EditorSession::EditorSession(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_newMenu(new QMenu(tr("&New"), window))
    , m_settingsAction(new QAction(tr("&Settings…"), this))
{
    for (const EntityTemplate &entityTemplate : EntityTemplates::all())
        m_newMenu->addAction(entityTemplate.label, this, [this, entityTemplate] { createEntity(entityTemplate); });
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_window);
        dialog.exec();
    });
    connect(window->project(), &Project::snapshotChanged, this, &EditorSession::onSnapshotChanged);
    window->installEventFilter(this);
}

QString EditorSession::settingsKey(const QString &projectRoot)
{
    return QStringLiteral("session/") + projectKey(projectRoot);
}

void EditorSession::saveTabs()
{
    if (m_loadedRoot.isEmpty())
        return;
    QStringList ids;
    QList<QVariant> cursors;
    const DocumentTabs *tabs = m_window->documentTabs();
    for (const EntityPage *page : tabs->pages()) {
        ids.append(page->entityId());
        cursors.append(page->cursorPosition());
    }
    const QString current = tabs->currentEntityId();
    QSettings settings;
    const QString key = settingsKey(m_loadedRoot);
    settings.setValue(key + QStringLiteral("/tabs"), ids);
    settings.setValue(key + QStringLiteral("/cursors"), cursors);
    settings.setValue(key + QStringLiteral("/current"), current);
}

void EditorSession::restoreTabs()
{
    QSettings settings;
    const QString key = settingsKey(m_loadedRoot);
    const QStringList ids = settings.value(key + QStringLiteral("/tabs")).toStringList();
    const QList<QVariant> cursors = settings.value(key + QStringLiteral("/cursors")).toList();
    const QString current = settings.value(key + QStringLiteral("/current")).toString();
    DocumentTabs *tabs = m_window->documentTabs();
    QWidget *currentPage = nullptr;
    QWidget *shown = tabs->currentWidget();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_window->openEntity(ids[i]);
        EntityPage *page = tabs->page(ids[i]);
        if (!page)
            continue;
        page->setCursorPosition(cursors.value(i).toInt());
        if (ids[i] == current)
            currentPage = page;
    }
    if (currentPage || shown)
        tabs->setCurrentWidget(currentPage ? currentPage : shown);
}

void EditorSession::onSnapshotChanged(const Snapshot &snapshot)
{
    if (!snapshot)
        return;
    const QString root = QDir::cleanPath(snapshot->rootPath());
    if (root != m_loadedRoot) {
        m_loadedRoot = root;
        restoreTabs();
        offerRecovery();
    }
    if (!m_pendingOpenPath.isEmpty()) {
        if (const Entity *entity = snapshot->entityForPath(QDir(root).relativeFilePath(m_pendingOpenPath)))
            m_window->openEntity(entity->id);
        m_pendingOpenPath.clear();
    }
}

void EditorSession::offerRecovery()
{
    const QList<JournalEntry> entries = RecoveryJournal().entries(m_loadedRoot);
    if (entries.isEmpty())
        return;
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        m_window->statusBar()->showMessage(
            tr("%n file(s) with unsaved changes can be recovered", nullptr, int(entries.size())));
        return; // nobody to ask (screenshots, tests)
    }
    auto *dialog = new RecoveryDialog(
        entries,
        [this](const JournalEntry &entry) {
            const Snapshot snapshot = m_window->project()->snapshot();
            const Entity *entity
                = snapshot ? snapshot->entityForPath(QDir(m_loadedRoot).relativeFilePath(entry.filePath)) : nullptr;
            if (!entity) {
                const QString path
                    = QFileDialog::getSaveFileName(m_window, tr("Save Recovered Text As"), entry.filePath);
                if (path.isEmpty())
                    return false;
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(entry.contents) != entry.contents.size()
                    || !file.commit()) {
                    qCWarning(lcUiEditor).noquote()
                        << "recovered text not saved to" << path << ':' << file.errorString();
                    return false;
                }
                RecoveryJournal().discard(entry.filePath);
                return true;
            }
            m_window->openEntity(entity->id);
            EntityPage *page = m_window->documentTabs()->page(entity->id);
            if (!page || !page->keeper())
                return false;
            page->keeper()->restore(entry.contents);
            return true;
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void EditorSession::createEntity(const EntityTemplate &entityTemplate)
{
    const Snapshot snapshot = m_window->project()->snapshot();
    if (!snapshot)
        return;
    const QString caption = tr("New %1").arg(entityTemplate.label);
    bool ok = false;
    const QString title
        = QInputDialog::getText(m_window, caption, tr("Title:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || title.isEmpty())
        return;
    // The project decides the place, name and text (an mdBook: beside the type's pages, listed in SUMMARY.md).
    const PagePlanner planner(snapshot);
    PagePlan plan = planner.plan(entityTemplate.type, entityTemplate.kind, title);
    if (!plan.isValid()) {
        QMessageBox::warning(m_window, caption, plan.error);
        return;
    }
    const QDir root(snapshot->rootPath());
    const QString suggested = root.filePath(plan.path);
    QDir().mkpath(QFileInfo(suggested).absolutePath());
    const QString path = QFileDialog::getSaveFileName(m_window, caption, suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const QString chosen = root.relativeFilePath(QFileInfo(path).absoluteFilePath());
    if (chosen != plan.path)
        plan = planner.planAt(entityTemplate.type, entityTemplate.kind, title, chosen);
    // One step of the project's history: Edit › Undo in the project tree takes the page and its entry back.
    const WriteResult result = plan.isValid() ? m_window->projectHistory()->perform(Writer(snapshot).planCreate(plan))
                                              : WriteResult::failure(plan.error);
    if (!result.ok) {
        QMessageBox::warning(m_window, caption, tr("Nothing was written: %1").arg(result.error));
        return;
    }
    m_window->statusBar()->showMessage(plan.summaryPath.isEmpty()
            ? tr("Created %1").arg(result.path)
            : tr("Created %1 and listed it in %2").arg(result.path, plan.summaryPath),
        5000);
    m_pendingOpenPath = root.filePath(result.path);
}

bool EditorSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        saveTabs();
    return QObject::eventFilter(watched, event);
}

} // namespace storyloom
