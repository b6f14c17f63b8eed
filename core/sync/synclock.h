// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace storyloom {

/**
 * Tells a stale `index.lock` left by an interrupted sync of ours from the
 * live lock of another program. While a sync runs, a marker in the `.git`
 * folder (never in the content folder) names our process and the git process
 * it runs; if the app is killed, the next sync finds the marker with both
 * processes gone and a lock no younger than the marker, and removes the lock.
 * Any other lock (`index.lock`, `HEAD.lock`) is removed only when it is
 * older than `staleAge()` and no git process works on the repository
 * (checked in `/proc`); where `/proc` cannot be read, never.
 *
 * Two syncs of one repository (two windows, two instances, the app and the
 * command line) take turns: takeTurn() holds a lock file in the `.git`
 * folder for the whole sync, and a second sync waits for it.
 */
class SyncLock
{
public:
    enum class LockState { Free, RemovedStale, HeldByOther };
    /** How waiting for another sync of the same repository ended. */
    enum class Turn { Taken, TakenAfterWaiting, TimedOut, Cancelled };

    /** A lock of another program no younger than this, with no git process left on the repository, is stale. */
    [[nodiscard]] static constexpr qint64 staleAgeSeconds() { return 5 * 60; }

    SyncLock() = default;
    /** Removes the marker: the sync ended (well or not) without being killed. */
    ~SyncLock();
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    void setGitDir(const QString &gitDir) { m_gitDir = gitDir; }
    /** The working tree's top folder: git processes working there hold its locks. */
    void setWorkTree(const QString &topLevel) { m_workTree = topLevel; }
    [[nodiscard]] QString indexLockPath() const;
    /** The lock files a crashed git may leave: `index.lock`, `HEAD.lock`. */
    [[nodiscard]] QStringList lockPaths() const;
    [[nodiscard]] QString markerPath() const;
    /** The lock file a sync holds from start to end, so that another waits. */
    [[nodiscard]] QString turnPath() const;

    /**
     * Waits until no other sync works on the repository (one whose process died no longer counts), then holds
     * the turn until this object is destroyed. `waiting` is called once when the turn is taken by another.
     */
    [[nodiscard]] Turn takeTurn(
        std::chrono::milliseconds timeout, const std::atomic_bool &cancel, const std::function<void()> &waiting = {});

    /**
     * Checks `index.lock` before a sync: removes it when stale, waits a
     * little for a git process of ours still finishing, and then writes our
     * marker.
     */
    [[nodiscard]] LockState acquire();
    /** Notes the git process now running (so its lock is recognised if we die). */
    void recordGitProcess(qint64 pid);
    /** True when `index.lock` exists and was left by a sync whose processes are gone. */
    [[nodiscard]] bool isStale() const;
    /** Lock files of other programs that are stale: old enough, and no git process on the repository. */
    [[nodiscard]] QStringList staleForeignLocks() const;
    /** The locks of other programs acquire() removed, each with a sentence saying why (for the sync's notes). */
    [[nodiscard]] const QStringList &removalNotes() const { return m_removalNotes; }

    /** True when a process with this id runs (zombies count as gone). */
    [[nodiscard]] static bool isAlive(qint64 pid);

private:
    void writeMarker(qint64 gitPid);

    QString m_gitDir;
    QString m_workTree;
    QStringList m_removalNotes;
    std::unique_ptr<QLockFile> m_turn;
    bool m_owned = false;
};

} // namespace storyloom
