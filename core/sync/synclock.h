// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyloom {

/**
 * Tells a stale `index.lock` left by an interrupted sync of ours from the
 * live lock of another program. While a sync runs, a marker in the `.git`
 * folder (never in the content folder) names our process and the git process
 * it runs; if the app is killed, the next sync finds the marker with both
 * processes gone and a lock no younger than the marker, and removes the lock.
 * A lock without our marker is never touched.
 */
class SyncLock
{
public:
    enum class LockState { Free, RemovedStale, HeldByOther };

    SyncLock() = default;
    /** Removes the marker: the sync ended (well or not) without being killed. */
    ~SyncLock();
    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    void setGitDir(const QString &gitDir) { m_gitDir = gitDir; }
    [[nodiscard]] QString indexLockPath() const;
    [[nodiscard]] QString markerPath() const;

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

    /** True when a process with this id runs (zombies count as gone). */
    [[nodiscard]] static bool isAlive(qint64 pid);

private:
    void writeMarker(qint64 gitPid);

    QString m_gitDir;
    bool m_owned = false;
};

} // namespace storyloom
