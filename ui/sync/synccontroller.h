// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/sync/filemarks.h"
#include "core/sync/porcelainparser.h"
#include "core/sync/syncsession.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class QToolButton;

namespace storyloom {

class AutoSync;
class ConflictDialog;
class GitRepository;
class MainWindow;

/**
 * Git in the main window: the branch and ahead/behind in the status bar,
 * Sync (Ctrl+Shift+S) with its progress, conflicts, the current entity's
 * history, "Start versioning" and File > Clone…. On opening a project it
 * looks for an unfinished sync or a stale lock and offers to finish or
 * abort. Everything slow runs off the GUI thread.
 */
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(MainWindow *window);
    ~SyncController() override;

    /** How Sync saves the open editors first (the editor's "save all"); without one nothing is saved. */
    void setSaveHandler(std::function<bool()> handler) { m_saveHandler = std::move(handler); }

    void sync();
    void showConflicts();
    void showHistory();
    void startVersioning();
    void cloneRepository();
    void editRemote();

    /** The Sync menu, for the menu bar. */
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    /** Clone…, for the File menu as well, where people look for it. */
    [[nodiscard]] QAction *cloneAction() const { return m_cloneAction; }

Q_SIGNALS:
    /** The project's changed files after each status read (empty when the project is not versioned). */
    void fileMarksChanged(const storyloom::FileMarks &marks);

private:
    void createActions();
    [[nodiscard]] QMenu *createAutoSyncMenu();
    /** A timed sync may start: no sync running, no conflict pending, every open buffer saved. */
    [[nodiscard]] bool canAutoSync() const;
    void onSnapshotChanged(const Snapshot &snapshot);
    void setProjectRoot(const QString &root);
    void refreshStatus();
    void showStatus(const RepositoryStatus &status);
    void onProgress(SyncStep step, const QString &message);
    void onFinished(const SyncResult &result);
    void checkHealth();
    bool askForAuthor();
    struct EntityFile
    {
        QString path;
        QString title;
    };
    /** The file of the entity in the current tab, if any. */
    [[nodiscard]] std::optional<EntityFile> currentEntityFile() const;

    MainWindow *m_window;
    QString m_root;
    QString m_topLevel;
    GitRepository *m_git = nullptr;
    SyncSession *m_session = nullptr;
    QPointer<ConflictDialog> m_conflicts;
    QLabel *m_branchLabel;
    QProgressBar *m_progress;
    QToolButton *m_syncButton;
    QAction *m_syncAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_remoteAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QMenu *m_menu = nullptr;
    QTimer *m_refreshTimer;
    AutoSync *m_autoSync;
    /** The running sync was started by AutoSync: its failure goes to the status bar only. */
    bool m_automatic = false;
    /** The next sync may merge a remote with a history of its own (the user agreed). */
    bool m_mergeUnrelated = false;
    /** The next sync pushes to this new branch of the remote (the remote refused the last push). */
    QString m_pushBranch;
    std::function<bool()> m_saveHandler;
};

} // namespace storyloom
