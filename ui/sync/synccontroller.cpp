// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/synccontroller.h"

#include "core/project/project.h"
#include "core/sync/gitrepository.h"
#include "core/sync/repositorysetup.h"
#include "ui/mainwindow/announcer.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sync/autosync.h"
#include "ui/sync/clonedialog.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/historydialog.h"
#include "ui/sync/remotedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <utility>

namespace storyloom {

SyncController::SyncController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_branchLabel(new QLabel(window))
    , m_progress(new QProgressBar(window))
    , m_syncButton(new QToolButton(window))
    , m_refreshTimer(new QTimer(this))
    , m_autoSync(new AutoSync(this))
{
    m_autoSync->setCondition([this] { return canAutoSync(); });
    connect(m_autoSync, &AutoSync::due, this, [this] {
        if (m_session && m_session->isRunning())
            return;
        m_automatic = true;
        sync();
    });
    GitRepository::setAskPassProgram(QCoreApplication::applicationFilePath());
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_branchLabel->setToolTip(tr("Branch, and commits to push (↑) and to merge (↓)"));
    m_branchLabel->setObjectName(QStringLiteral("syncStatus"));
    m_branchLabel->setAccessibleName(tr("Sync status"));
    m_progress->setAccessibleName(tr("Sync in progress"));
    createActions();
    m_syncButton->setDefaultAction(m_syncAction);
    m_syncButton->setAutoRaise(true);
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_branchLabel);
    window->statusBar()->addPermanentWidget(m_syncButton);

    // Refreshed after every change the project notices (saves, git operations, other programs) and now and then.
    m_refreshTimer->setInterval(30000);
    connect(m_refreshTimer, &QTimer::timeout, this, &SyncController::refreshStatus);
    m_refreshTimer->start();
    // At once, not at the first snapshot: a sync due in between works on the project now open.
    connect(window->project(), &Project::opened, this, &SyncController::setProjectRoot);
    connect(window->project(), &Project::snapshotChanged, this, &SyncController::onSnapshotChanged);
}

SyncController::~SyncController() = default;

void SyncController::createActions()
{
    m_syncAction = new QAction(tr("&Sync"), this);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncAction->setToolTip(tr("Commit your changes, merge what others pushed, and push (Ctrl+Shift+S)"));
    m_syncAction->setEnabled(false);
    connect(m_syncAction, &QAction::triggered, this, &SyncController::sync);
    m_cancelAction = new QAction(tr("Cancel S&ync"), this);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    m_conflictsAction = new QAction(tr("Resolve C&onflicts…"), this);
    m_conflictsAction->setEnabled(false);
    connect(m_conflictsAction, &QAction::triggered, this, &SyncController::showConflicts);
    m_historyAction = new QAction(tr("&History of This Entity…"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, &SyncController::showHistory);
    m_startAction = new QAction(tr("Start &Versioning"), this);
    m_startAction->setToolTip(tr("Put this folder under version control with Git"));
    m_startAction->setVisible(false);
    connect(m_startAction, &QAction::triggered, this, &SyncController::startVersioning);
    m_remoteAction = new QAction(tr("&Remote…"), this);
    m_remoteAction->setToolTip(tr("Set the address of the repository syncs push to and fetch from"));
    m_remoteAction->setEnabled(false);
    connect(m_remoteAction, &QAction::triggered, this, &SyncController::editRemote);
    m_cloneAction = new QAction(tr("&Clone…"), this);
    connect(m_cloneAction, &QAction::triggered, this, &SyncController::cloneRepository);

    m_menu = new QMenu(tr("&Sync"), m_window);
    m_menu->setObjectName(QStringLiteral("syncMenu"));
    m_menu->addAction(m_syncAction);
    m_menu->addAction(m_cancelAction);
    m_menu->addAction(m_conflictsAction);
    m_menu->addMenu(createAutoSyncMenu());
    m_menu->addSeparator();
    m_menu->addAction(m_historyAction);
    m_menu->addSeparator();
    m_menu->addAction(m_startAction);
    m_menu->addAction(m_remoteAction);
    m_menu->addAction(m_cloneAction);
}

QMenu *SyncController::createAutoSyncMenu()
{
    auto *menu = new QMenu(tr("&Automatic Sync"), m_window);
    auto *every = new QActionGroup(menu);
    const auto addEvery = [&](int minutes, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(AutoSync::everyMinutes() == minutes);
        every->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] {
            AutoSync::setMinutes(minutes, AutoSync::idleMinutes());
            m_autoSync->reload();
        });
    };
    addEvery(0, tr("Off"));
    for (int minutes : { 5, 15, 30 })
        addEvery(minutes, tr("Every %n Minute(s)", nullptr, minutes));
    if (!every->checkedAction())
        every->actions().first()->setChecked(true);
    menu->addSeparator();
    QAction *idle = menu->addAction(tr("After %n Idle Minute(s)", nullptr, 5));
    idle->setCheckable(true);
    idle->setChecked(AutoSync::idleMinutes() > 0);
    idle->setToolTip(tr("Sync once you have not typed or clicked for a while"));
    connect(idle, &QAction::toggled, this, [this](bool on) {
        AutoSync::setMinutes(AutoSync::everyMinutes(), on ? 5 : 0);
        m_autoSync->reload();
    });
    return menu;
}

bool SyncController::canAutoSync() const
{
    if (!m_session || m_session->isRunning() || m_conflictsAction->isEnabled() || m_conflicts)
        return false;
    if (QFile::exists(QDir(m_topLevel).filePath(QStringLiteral(".git/MERGE_HEAD"))))
        return false;
    const QList<EntityPage *> pages = m_window->documentTabs()->pages();
    return std::none_of(pages.begin(), pages.end(), [](const EntityPage *page) { return page->isModified(); });
}

void SyncController::onSnapshotChanged(const Snapshot &snapshot)
{
    if (snapshot && snapshot->rootPath() != m_root)
        setProjectRoot(snapshot->rootPath());
    else
        refreshStatus();
}

void SyncController::setProjectRoot(const QString &root)
{
    m_root = root;
    delete m_git;
    delete m_session;
    m_git = nullptr;
    m_session = nullptr;
    m_topLevel = GitRepository(root).topLevel();
    const bool versioned = !m_topLevel.isEmpty();
    m_startAction->setVisible(!versioned && !GitRepository::gitProgram().isEmpty());
    m_syncAction->setEnabled(versioned);
    m_historyAction->setEnabled(versioned);
    m_remoteAction->setEnabled(versioned);
    if (!versioned) {
        Q_EMIT fileMarksChanged({});
        m_branchLabel->setText(GitRepository::gitProgram().isEmpty() ? tr("Git not installed") : tr("Not versioned"));
        m_conflictsAction->setEnabled(false);
        return;
    }
    m_git = new GitRepository(root, this);
    connect(m_git, &GitRepository::statusChanged, this, &SyncController::showStatus);
    m_session = new SyncSession(root, this);
    connect(m_session, &SyncSession::progress, this, &SyncController::onProgress);
    connect(m_session, &SyncSession::finished, this, &SyncController::onFinished);
    refreshStatus();
    checkHealth();
}

void SyncController::refreshStatus()
{
    if (m_git && !(m_session && m_session->isRunning()))
        m_git->refreshStatus();
}

void SyncController::showStatus(const RepositoryStatus &status)
{
    QString text = status.detached ? tr("detached") : status.branch;
    if (status.hasUpstream()) {
        if (status.ahead > 0)
            text += QStringLiteral(" ↑%1").arg(status.ahead);
        if (status.behind > 0)
            text += QStringLiteral(" ↓%1").arg(status.behind);
    } else {
        text += QStringLiteral(" ") + tr("(not shared yet)");
    }
    int changed = 0;
    for (const StatusEntry &entry : status.entries) {
        if (entry.kind != StatusEntry::Kind::Ignored)
            ++changed;
    }
    const auto conflicts = status.conflicts();
    if (!conflicts.empty())
        text += QStringLiteral(" · ") + tr("%n conflicted", nullptr, int(conflicts.size()));
    else if (changed > 0)
        text += QStringLiteral(" · ") + tr("%n changed", nullptr, changed);
    m_branchLabel->setText(QStringLiteral("⎇ ") + text);
    m_conflictsAction->setEnabled(!conflicts.empty());
    Q_EMIT fileMarksChanged(fileMarks(status, m_topLevel, m_root));
}

void SyncController::sync()
{
    if (!m_session || m_session->isRunning())
        return;
    m_syncAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    m_progress->setVisible(true);
    SyncOptions options;
    options.snapshot = m_window->project()->snapshot();
    options.save = m_saveHandler;
    options.mergeUnrelatedHistories = std::exchange(m_mergeUnrelated, false);
    options.pushBranch = std::exchange(m_pushBranch, QString());
    m_session->start(options);
}

void SyncController::onProgress(SyncStep step, const QString &message)
{
    m_window->statusBar()->showMessage(displayName(step) + QStringLiteral(": ") + message);
}

void SyncController::onFinished(const SyncResult &result)
{
    const bool automatic = std::exchange(m_automatic, false);
    m_progress->setVisible(false);
    m_syncAction->setEnabled(true);
    m_cancelAction->setEnabled(false);
    if (result.merged || result.committed)
        m_window->project()->reload();
    refreshStatus();

    switch (result.outcome) {
    case SyncResult::Outcome::Synced: {
        // What the sync did on its own (a rewritten remote merged, a stale lock removed) is said, not hidden.
        QString text = result.pushed ? tr("Synced and pushed.") : tr("Synced.");
        if (!result.notes.isEmpty())
            text += QLatin1Char(' ') + result.notes.join(QLatin1Char(' '));
        m_window->statusBar()->showMessage(text, result.notes.isEmpty() ? 6000 : 30000);
        Announcer::announce(m_branchLabel, text);
        return;
    }
    case SyncResult::Outcome::Conflicts:
        m_window->statusBar()->showMessage(
            tr("Sync stopped: %n file(s) need you to choose.", nullptr, int(result.conflicts.size())));
        Announcer::announce(m_branchLabel, m_window->statusBar()->currentMessage(), Announcer::Urgency::Assertive);
        showConflicts();
        return;
    case SyncResult::Outcome::Cancelled:
        m_window->statusBar()->showMessage(result.error.message, 6000);
        return;
    case SyncResult::Outcome::Failed:
        break;
    }
    if (automatic) {
        // Nobody asked for this turn: an offline laptop must not get a message box every few minutes.
        m_window->statusBar()->showMessage(tr("Automatic sync failed: %1").arg(result.error.message));
        Announcer::announce(m_branchLabel, m_window->statusBar()->currentMessage());
        return;
    }
    m_window->statusBar()->showMessage(tr("Sync failed: %1").arg(result.error.message), 10000);
    Announcer::announce(m_branchLabel, m_window->statusBar()->currentMessage(), Announcer::Urgency::Assertive);
    if (result.error.code == SyncError::Code::AuthorMissing) {
        if (askForAuthor())
            sync();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sync"), result.error.message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(result.error.detail);
    if (result.error.code == SyncError::Code::UnrelatedHistories) {
        box->setStandardButtons(QMessageBox::Cancel);
        QPushButton *merge = box->addButton(tr("Merge Both Histories"), QMessageBox::AcceptRole);
        box->setDefaultButton(merge);
        connect(merge, &QPushButton::clicked, this, [this] {
            m_mergeUnrelated = true;
            sync();
        });
    }
    if (result.error.code == SyncError::Code::PushRefused) {
        QPushButton *branch = box->addButton(tr("Push to a New Branch…"), QMessageBox::ActionRole);
        branch->setObjectName(QStringLiteral("pushToBranchButton"));
        connect(branch, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(m_window, tr("Push to a New Branch"),
                tr("Name of the new branch on the remote:"), QLineEdit::Normal,
                QStringLiteral("storyloom/") + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")),
                &ok)
                                     .trimmed();
            if (!ok || name.isEmpty())
                return;
            m_pushBranch = name;
            sync();
        });
    }
    if (result.error.code == SyncError::Code::Locked) {
        QPushButton *remove = box->addButton(tr("Remove the Lock and Sync"), QMessageBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            SyncSession::removeLock(m_root);
            sync();
        });
    }
    box->open();
}

bool SyncController::askForAuthor()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Who Are You?"));
    auto *name = new QLineEdit(&dialog);
    auto *email = new QLineEdit(&dialog);
    const auto [knownName, knownEmail] = RepositorySetup::author(m_root);
    name->setText(knownName);
    email->setText(knownEmail);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Commits name their author. This is saved for this repository only.")));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&E-mail:"), email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty() || email->text().trimmed().isEmpty())
        return false;
    return !RepositorySetup::setAuthor(m_root, name->text().trimmed(), email->text().trimmed()).isError();
}

void SyncController::checkHealth()
{
    const RepositoryHealth health = SyncSession::inspect(m_root);
    if (health.merging && !health.conflicts.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("An earlier sync stopped with conflicts: resolve them or abort the sync."));
        Announcer::announce(m_branchLabel, m_window->statusBar()->currentMessage(), Announcer::Urgency::Assertive);
        QTimer::singleShot(0, this, &SyncController::showConflicts);
    } else if (health.merging) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Unfinished Sync"),
            tr("An earlier sync was interrupted after merging. Finish it now?"), QMessageBox::NoButton, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *finish = box->addButton(tr("Finish Sync"), QMessageBox::AcceptRole);
        box->addButton(tr("Later"), QMessageBox::RejectRole);
        connect(finish, &QPushButton::clicked, this, &SyncController::sync);
        box->open();
    } else if (health.staleLock) {
        // Ours, and its processes are gone: the next sync removes it; say so rather than ask.
        m_window->statusBar()->showMessage(
            tr("An earlier sync was interrupted; the next sync cleans up after it."), 10000);
    }
}

void SyncController::showConflicts()
{
    if (m_topLevel.isEmpty())
        return;
    if (!m_conflicts) {
        m_conflicts = new ConflictDialog(m_topLevel, m_window);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictDialog::filesChanged, this, [this] {
            m_window->project()->reload();
            refreshStatus();
        });
        connect(m_conflicts, &ConflictDialog::finishRequested, this, &SyncController::sync);
    }
    m_conflicts->show();
    m_conflicts->raise();
}

std::optional<SyncController::EntityFile> SyncController::currentEntityFile() const
{
    const QString id = m_window->documentTabs()->currentEntityId();
    if (id.isEmpty())
        return std::nullopt;
    const Snapshot snapshot = m_window->project()->snapshot();
    const Entity *entity = snapshot ? snapshot->entity(id) : nullptr;
    if (!entity || entity->source.path.isEmpty())
        return std::nullopt;
    return EntityFile { QDir(snapshot->rootPath()).filePath(entity->source.path), entity->title };
}

void SyncController::showHistory()
{
    const auto file = currentEntityFile();
    if (!file) {
        m_window->statusBar()->showMessage(tr("Open an entity first to see its history."), 5000);
        return;
    }
    auto *dialog = new HistoryDialog(file->path, file->title, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::restored, this, [this] {
        m_window->project()->reload();
        m_window->statusBar()->showMessage(tr("Restored the old version as a new change; sync to share it."), 6000);
    });
    dialog->open();
}

void SyncController::startVersioning()
{
    if (m_root.isEmpty())
        return;
    const SyncError error = RepositorySetup::startVersioning(m_root);
    if (error.code == SyncError::Code::AuthorMissing && askForAuthor()) {
        // init and add are done; the author was missing for the first commit.
        startVersioning();
        return;
    }
    if (error.isError()) {
        QMessageBox::warning(m_window, tr("Start Versioning"), error.fullText());
        return;
    }
    setProjectRoot(m_root);
    m_window->statusBar()->showMessage(tr("Versioning started: every sync now records a version."), 6000);
}

void SyncController::editRemote()
{
    if (m_topLevel.isEmpty())
        return;
    auto *dialog = new RemoteDialog(m_root, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString message
            = tr("Remote set to %1: the next sync shares this project there.").arg(dialog->result().address);
        for (const QString &note : dialog->result().notes)
            message += QStringLiteral(" ") + note;
        m_window->statusBar()->showMessage(message, 10000);
        refreshStatus();
    });
    dialog->open();
}

void SyncController::cloneRepository()
{
    auto *dialog = new CloneDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_window->openProject(dialog->folder()); });
    dialog->open();
}

} // namespace storyloom
