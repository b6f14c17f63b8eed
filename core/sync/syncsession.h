// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/sync/syncerror.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace storyloom {

/** The steps of a sync, in order. */
enum class SyncStep { Prepare, Save, Commit, Fetch, Merge, Push, Done };

/** The step's name for the status bar ("Fetching…"). */
[[nodiscard]] QString displayName(SyncStep step);
/** A stable machine name (`commit`, `fetch`...). */
[[nodiscard]] QString stepName(SyncStep step);

/** What one sync should do. */
struct SyncOptions
{
    [[nodiscard]] static constexpr std::chrono::seconds defaultNetworkTimeout() { return std::chrono::seconds(60); }

    /** Used instead of the generated commit message when not empty. */
    QString message;
    /** False: commit and merge, but do not push. */
    bool push = true;
    /** Merge a remote whose history shares no commit with ours (the user agreed; both sides' files are kept). */
    bool mergeUnrelatedHistories = false;
    /** Push the commits to this new branch of the remote instead of the branch's own (after the remote refused a
     * push): no fetch, no merge, the upstream stays. */
    QString pushBranch;
    /** A fetch or push from which nothing arrives for this long is stopped and reported offline (time in the
     * password prompt does not count). */
    std::chrono::milliseconds networkTimeout = defaultNetworkTimeout();
    /** How long to wait for another sync of the same repository (another window or instance) before giving up. */
    std::chrono::milliseconds turnTimeout = std::chrono::minutes(10);
    /** The current snapshot, to name changes in the story's own terms (optional). */
    Snapshot snapshot;
    /** Saves all open buffers; called first, on the thread that starts the sync. False stops the sync. */
    std::function<bool()> save;
};

/** How a sync ended. */
struct SyncResult
{
    enum class Outcome { Synced, Conflicts, Failed, Cancelled };

    Outcome outcome = Outcome::Failed;
    /** The step that failed or stopped (Done when the sync completed). */
    SyncStep step = SyncStep::Prepare;
    SyncError error;
    /** The message of the commit this sync made, empty when there was nothing to commit. */
    QString commitMessage;
    bool committed = false;
    bool merged = false;
    bool pushed = false;
    /** Someone rewrote the remote branch's history (a force-push); the merge kept every commit of ours. */
    bool remoteRewritten = false;
    /** Conflicted paths, relative to the repository's top level. */
    QStringList conflicts;
    /** Files both sides changed that were merged without the author (front matter key by key). */
    QStringList autoMerged;
    /** Things worth telling: a stale lock removed, an unfinished merge completed, no remote. */
    QStringList notes;
};

/** What the next start should offer: finishing or aborting a merge, removing a stale lock. */
struct RepositoryHealth
{
    bool repository = false;
    bool merging = false;
    QStringList conflicts;
    /** `index.lock` or `HEAD.lock` exists. */
    bool locked = false;
    /** The lock was left by a sync of ours whose processes are gone, or is old and no git process works on the
     * repository: safe to remove. */
    bool staleLock = false;
    QString lockPath;
};

/**
 * One sync of a project folder: save, stage the content folder, commit with
 * a message in the story's terms, fetch, fast-forward or merge (never
 * rebase), push (setting the upstream on the first push). A failed step
 * stops the sequence with an actionable error and leaves everything
 * committed locally. Never resets, forces, cleans or force-pushes.
 *
 * `run` blocks (CLI, benchmarks, tests); `start` runs the same steps on a
 * worker thread and reports through signals (GUI).
 */
class SyncSession : public QObject
{
    Q_OBJECT
public:
    explicit SyncSession(QString projectRoot, QObject *parent = nullptr);
    ~SyncSession() override;

    [[nodiscard]] const QString &projectRoot() const { return m_projectRoot; }

    /** Runs the whole sync in this thread. */
    SyncResult run(const SyncOptions &options);
    /** Calls `options.save` here, then runs the sync on a worker thread; `finished` follows. Ignored while running. */
    void start(const SyncOptions &options);
    /** Stops at the next step boundary (fetch and push are interrupted). */
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running.load(); }

    /** Looks for an unfinished merge and a lock (cheap, read-only). */
    [[nodiscard]] static RepositoryHealth inspect(const QString &projectRoot);
    /** Removes `index.lock`; only call when inspect() says it is stale or the user confirmed no Git program runs. */
    static bool removeLock(const QString &projectRoot);

Q_SIGNALS:
    void progress(storyloom::SyncStep step, const QString &message);
    void finished(const storyloom::SyncResult &result);

private:
    /** The save step both run() and start() take first: a failed result when a file could not be saved. */
    std::optional<SyncResult> saveOpenFiles(const SyncOptions &options);
    SyncResult runSteps(const SyncOptions &options);

    QString m_projectRoot;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_running = false;
    QThreadPool m_pool;
};

} // namespace storyloom
