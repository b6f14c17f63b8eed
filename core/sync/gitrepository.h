// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/porcelainparser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace storyloom {

/** How one `git` run ended: exit code and both output streams. */
struct GitResult
{
    bool started = false;
    bool crashed = false;
    bool cancelled = false;
    /** Stopped because the remote sent nothing for `GitRunOptions::silenceTimeoutMs`. */
    bool timedOut = false;
    int exitCode = -1;
    QByteArray output;
    QByteArray errorOutput;

    [[nodiscard]] bool ok() const { return started && !crashed && !cancelled && !timedOut && exitCode == 0; }
    /** The error output as text, trimmed (for messages and logs). */
    [[nodiscard]] QString errorText() const { return QString::fromUtf8(errorOutput).trimmed(); }
    [[nodiscard]] QString outputText() const { return QString::fromUtf8(output); }
};

/** How to run one `git` command. */
struct GitRunOptions
{
    /** A query that must not take optional locks (GIT_OPTIONAL_LOCKS=0), so it never disturbs another program. */
    bool readOnly = false;
    /** Bytes written to git's standard input. */
    QByteArray input;
    /** Set from another thread to stop the command (the process is killed). */
    const std::atomic_bool *cancel = nullptr;
    /** Called with each progress line git writes to stderr (`Receiving objects:  45% ...`). */
    std::function<void(const QString &line)> progress;
    /** Stops the command when it writes nothing for this long (0: never): a server that accepts a connection and then
     * says nothing must not hang a sync. Time spent in the password prompt does not count. */
    int silenceTimeoutMs = 0;
    /** Called with the process id once git has started (to recognise its lock if the app dies). */
    std::function<void(qint64 pid)> startedProcess;
};

/**
 * A running asynchronous `git` command: reports progress lines and finishes
 * once. Deletes itself after `finished`.
 */
class GitJob : public QObject
{
    Q_OBJECT
public:
    explicit GitJob(QObject *parent = nullptr);
    /** Kills the command; `finished` follows with `cancelled` set. */
    void cancel();

Q_SIGNALS:
    void progress(const QString &line);
    void finished(const storyloom::GitResult &result);

private:
    friend class GitRepository;
    QProcess *m_process = nullptr;
    QByteArray m_pendingError;
    GitResult m_result;
};

/**
 * A Git working tree, driven through the `git` program so the user's own
 * configuration, hooks, signing and credential helpers apply as in a
 * terminal. Blocking calls (`run`, `status`) are safe from any thread (each
 * makes its own process): the sync runs them on a worker thread and the CLI
 * directly; the GUI uses the asynchronous `start` and `refreshStatus`.
 */
class GitRepository : public QObject
{
    Q_OBJECT
public:
    /** `workingDirectory` may be any folder inside the working tree. */
    explicit GitRepository(QString workingDirectory, QObject *parent = nullptr);

    [[nodiscard]] const QString &workingDirectory() const { return m_workingDirectory; }

    /** Runs git to the end in this thread. */
    [[nodiscard]] GitResult run(const QStringList &arguments, const GitRunOptions &options = {}) const;
    /** Starts git without blocking; connect to the job's signals. */
    GitJob *start(const QStringList &arguments, const GitRunOptions &options = {});

    /** Reads branch, upstream, ahead/behind and changed paths (blocking, read-only). */
    [[nodiscard]] std::optional<RepositoryStatus> status() const;
    /** Reads the status without blocking; `statusChanged` follows. Overlapping requests collapse into one more run. */
    void refreshStatus();
    [[nodiscard]] const std::optional<RepositoryStatus> &lastStatus() const { return m_lastStatus; }

    /** The working tree's top folder, or empty when `workingDirectory` is not inside one. */
    [[nodiscard]] QString topLevel() const;
    /** The absolute `.git` folder. */
    [[nodiscard]] QString gitDir() const;
    /** The working directory relative to the top level, ending with '/' (empty at the top). */
    [[nodiscard]] QString prefix() const;

    /** True when `path` is inside a Git working tree. */
    [[nodiscard]] static bool isRepository(const QString &path);
    /** The `git` program to run (from PATH); empty when Git is not installed. */
    [[nodiscard]] static QString gitProgram();
    /** A program git and ssh ask for passwords (GIT_ASKPASS, SSH_ASKPASS, with STORYLOOM_ASKPASS=1 set); the GUI names
     * its own binary. */
    static void setAskPassProgram(const QString &program);
    [[nodiscard]] static QString askPassProgram();
    /** The line the askpass program writes to its error output when the user cancels its prompt: git and ssh pass
     * it on, and the sync tells a cancelled prompt from a refused password. */
    [[nodiscard]] static QLatin1StringView askPassCancelledLine()
    {
        return QLatin1StringView("storyloom: the credential prompt was cancelled");
    }
    /** The environment every git run gets: no terminal prompts, C messages, optional locks off when read-only. */
    [[nodiscard]] static QProcessEnvironment environment(bool readOnly);

Q_SIGNALS:
    void statusChanged(const storyloom::RepositoryStatus &status);

private:
    QString m_workingDirectory;
    std::optional<RepositoryStatus> m_lastStatus;
    QPointer<GitJob> m_statusJob;
    bool m_statusStale = false;
};

} // namespace storyloom
