// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/syncerror.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>

namespace storyloom {

/** How setting a remote ended. */
struct RemoteResult
{
    SyncError error;
    /** The address now in `.git/config`, its secret (if any) masked. */
    QString address;
    /** A credential typed into the address went to Git's credential helper. */
    bool credentialStored = false;
    /** Worth telling: no credential helper was there to keep the password. */
    QStringList notes;
};

/**
 * Sync > Remote…: adds or changes the address of `origin` after checking it
 * with `git ls-remote`. A `user:token@` in an HTTPS address goes to Git's
 * credential helper (`git credential approve`), never into `.git/config`.
 *
 * `run` blocks (CLI, tests); `start` runs the same steps on a worker thread
 * and reports through `finished` (GUI). Credentials Git asks for while
 * checking come through the askpass program, as in a sync.
 */
class RemoteSetup : public QObject
{
    Q_OBJECT
public:
    explicit RemoteSetup(QString projectRoot, QObject *parent = nullptr);
    ~RemoteSetup() override;

    /** The remote's name: the one a sync pushes to when the branch has no upstream. */
    [[nodiscard]] static QString remoteName() { return QStringLiteral("origin"); }
    /** The address of `origin` without any secret in it, empty when there is none. */
    [[nodiscard]] QString currentAddress() const;

    /** Checks `typed`, stores its credential and points `origin` at it, in this thread. */
    [[nodiscard]] RemoteResult run(const QString &typed);
    /** The same on a worker thread; `finished` follows. Ignored while running. */
    void start(const QString &typed);
    /** Stops the check (the remote stays as it was). */
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    void finished(const storyloom::RemoteResult &result);

private:
    RemoteResult execute(const QString &typed);
    /** A failed check in words about the address, with git's output (secrets masked) as detail. */
    [[nodiscard]] static SyncError checkFailed(const GitResult &result, const QString &address);

    QString m_projectRoot;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_running = false;
    QThreadPool m_pool;
};

} // namespace storyloom
