// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace storyloom {

/** One running process as `/proc` shows it. */
struct ProcessInfo
{
    qint64 pid = 0;
    qint64 parentPid = 0;
    /** The kernel's short name (`git`, `ssh`, `git-remote-http`). */
    QString name;
    /** The first word of its command line, as it was started. */
    QString program;
    /** The kernel's state letter: `R`, `S`, `Z` for a process that ended and was not reaped yet... */
    char state = '?';
};

/**
 * A snapshot of the running processes read from `/proc`: which processes a
 * git command started (to stop them with it, and to recognise a password
 * prompt it waits on), and which git programs work on a repository (before a
 * lock of theirs is called stale). Empty where there is no `/proc`.
 */
class ProcessTable
{
public:
    /** Reads `/proc` now. */
    [[nodiscard]] static ProcessTable read();

    /** False where `/proc` could not be read: nothing can then be said about other processes. */
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] const QList<ProcessInfo> &processes() const { return m_processes; }
    /** Children, grandchildren... of `pid`, parents before their children (none for pid 0 or 1). */
    [[nodiscard]] QList<ProcessInfo> descendantsOf(qint64 pid) const;
    /**
     * Git programs whose working directory or GIT_DIR lies inside one of `folders` (a working tree and its Git
     * folder). Processes of other users, which cannot be looked into, count when they are git.
     */
    [[nodiscard]] QList<ProcessInfo> gitProcessesIn(const QStringList &folders) const;

    /** Sends SIGKILL to every descendant of `pid`, deepest first (a killed git leaves no ssh or helper behind);
     * nothing for pid 0 or 1. */
    static void killDescendants(qint64 pid);

private:
    bool m_available = false;
    QList<ProcessInfo> m_processes;
};

} // namespace storyloom
