// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/remotesetup.h"

#include "core/sync/gitrepository.h"
#include "core/sync/remoteurl.h"

#include <tuple>

namespace storyloom {

SyncError RemoteSetup::checkFailed(const GitResult &result, const QString &address)
{
    SyncError error = SyncError::fromGit(result);
    error.detail = RemoteUrl::masked(error.detail);
    switch (error.code) {
    case SyncError::Code::Cancelled:
    case SyncError::Code::GitMissing:
        return error;
    case SyncError::Code::AuthenticationFailed:
        error.message = tr("The repository at %1 refused the credentials. Check the user name and the password or "
                           "token; the remote was not changed.")
                            .arg(address);
        return error;
    case SyncError::Code::Offline:
        error.message = tr("No Git repository could be reached at %1. Check the address and that you are online; the "
                           "remote was not changed.")
                            .arg(address);
        return error;
    default:
        error.message = tr("Git could not read a repository at %1; the remote was not changed.").arg(address);
        return error;
    }
}

RemoteSetup::RemoteSetup(QString projectRoot, QObject *parent)
    : QObject(parent)
    , m_projectRoot(std::move(projectRoot))
{
    m_pool.setMaxThreadCount(1);
}

RemoteSetup::~RemoteSetup()
{
    cancel();
    m_pool.waitForDone();
}

QString RemoteSetup::currentAddress() const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult r = GitRepository(m_projectRoot)
                            .run({ QStringLiteral("remote"), QStringLiteral("get-url"), remoteName() }, options);
    return r.ok() ? RemoteUrl::parse(r.outputText()).address() : QString();
}

RemoteResult RemoteSetup::run(const QString &typed)
{
    m_running = true;
    m_cancel = false;
    return execute(typed);
}

RemoteResult RemoteSetup::execute(const QString &typed)
{
    RemoteResult result;
    const auto done = [this, &result]() -> RemoteResult {
        m_running = false;
        return result;
    };
    const RemoteUrl url = RemoteUrl::parse(typed);
    const QString shown = RemoteUrl::masked(url.address());
    result.address = shown;
    if (GitRepository::gitProgram().isEmpty()) {
        result.error = SyncError::make(SyncError::Code::GitMissing);
        return done();
    }
    // An address starting with '-' would be read as an option by git.
    if (url.address().isEmpty() || url.address().startsWith(u'-') || url.address().contains(u'\n')) {
        result.error = SyncError::make(SyncError::Code::Other);
        result.error.message = tr("\"%1\" is no repository address. Give one such as "
                                  "https://example.org/team/vision.git or git@example.org:team/vision.git.")
                                   .arg(RemoteUrl::masked(typed.trimmed()));
        return done();
    }
    GitRepository git(m_projectRoot);
    GitRunOptions quiet;
    quiet.readOnly = true;
    const QByteArray credential = url.hasCredential() ? url.credentialInput() : QByteArray();
    if (url.hasCredential() && (!url.credentialSupported() || credential.isEmpty())) {
        result.error = SyncError::make(SyncError::Code::Other);
        result.error.message = tr("A password or token in the address works only with https:// addresses. Remove "
                                  "it from %1; Git will ask for it when it needs it.")
                                   .arg(shown);
        return done();
    }
    if (!credential.isEmpty()) {
        const GitResult helper = git.run({ QStringLiteral("config"), QStringLiteral("--get-urlmatch"),
                                             QStringLiteral("credential.helper"), url.address() },
            quiet);
        if (helper.ok() && !helper.outputText().trimmed().isEmpty()) {
            GitRunOptions approve;
            approve.input = credential;
            const GitResult stored = git.run({ QStringLiteral("credential"), QStringLiteral("approve") }, approve);
            if (!stored.ok()) {
                result.error = checkFailed(stored, shown);
                result.error.message = tr("Git's credential helper did not take the password; the remote was not "
                                          "changed.");
                return done();
            }
            result.credentialStored = true;
        } else {
            // Without a helper nothing may keep the secret; Git asks through the password dialog instead.
            result.notes.append(tr("Git has no credential helper to keep the password or token, so it was not "
                                   "saved: Git will ask for it when it needs it."));
        }
    }

    GitRunOptions check;
    check.readOnly = true;
    check.cancel = &m_cancel;
    const GitResult listed = git.run({ QStringLiteral("ls-remote"), QStringLiteral("--heads"), url.address() }, check);
    if (!listed.ok()) {
        if (result.credentialStored) {
            // A secret for an address that does not work is not kept.
            GitRunOptions reject;
            reject.input = credential;
            std::ignore = git.run({ QStringLiteral("credential"), QStringLiteral("reject") }, reject);
            result.credentialStored = false;
        }
        result.error = checkFailed(listed, shown);
        return done();
    }

    const bool exists = git.run({ QStringLiteral("remote"), QStringLiteral("get-url"), remoteName() }, quiet).ok();
    const GitResult set = git.run({ QStringLiteral("remote"),
        exists ? QStringLiteral("set-url") : QStringLiteral("add"), remoteName(), url.address() });
    if (!set.ok()) {
        result.error = SyncError::fromGit(set);
        result.error.detail = RemoteUrl::masked(result.error.detail);
        return done();
    }
    return done();
}

void RemoteSetup::start(const QString &typed)
{
    if (m_running.exchange(true))
        return;
    m_cancel = false;
    m_pool.start([this, typed] {
        const RemoteResult result = execute(typed);
        Q_EMIT finished(result);
    });
}

void RemoteSetup::cancel()
{
    m_cancel = true;
}

} // namespace storyloom
