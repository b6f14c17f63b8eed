// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncerror.h"

#include "core/sync/remoteurl.h"
#include "core/sync/synclock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace storyloom {

namespace {
bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1StringView(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QString SyncError::fullText() const
{
    if (detail.isEmpty())
        return message;
    QString indented = detail;
    indented.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return message + QStringLiteral("\n    ") + indented;
}

SyncError SyncError::make(Code code, const QString &detail)
{
    SyncError error;
    error.code = code;
    error.detail = detail;
    switch (code) {
    case Code::None:
        break;
    case Code::GitMissing:
        error.message = tr("Git is not installed. Install Git 2.39 or newer to version and share this project.");
        break;
    case Code::NotARepository:
        error.message = tr("This folder is not under version control yet. Use \"Start versioning\" first.");
        break;
    case Code::NotOnBranch:
        error.message = tr(
            "The repository is not on a branch (detached HEAD). Switch to a branch in a terminal, then sync again.");
        break;
    case Code::Locked:
        error.message
            = tr("The repository is locked by another program (a Git command or another editor is running). "
                 "Wait for it to finish and sync again; if no other Git program is running, remove the stale lock.");
        error.message += QLatin1Char(' ')
            + tr("A lock at least %n minute(s) old is removed by the next sync when no Git program works on the "
                 "repository.",
                nullptr, int(SyncLock::staleAgeSeconds() / 60));
        break;
    case Code::AuthorMissing:
        error.message
            = tr("Git does not know who you are. Set your name and e-mail for this repository, then sync again.");
        break;
    case Code::Offline:
        error.message = tr("The remote repository cannot be reached (offline, or its address is wrong). "
                           "Your changes are committed locally; sync again when you are back online.");
        break;
    case Code::AuthenticationFailed:
        error.message
            = tr("The remote refused your credentials. Check your password, token or SSH key, then sync again. "
                 "Your changes are committed locally.");
        break;
    case Code::Rejected:
        error.message
            = tr("The remote rejected the push (someone pushed at the same moment, or the branch is protected). "
                 "Your changes are committed locally; sync again to merge and retry.");
        break;
    case Code::PushRefused:
        error.message = tr("The remote refused the push. Your changes are committed locally; ask the remote's owner, "
                           "or push them to a new branch.");
        break;
    case Code::ReadOnlyRemote:
        error.message = tr("This remote address only allows reading, so the push was refused. Your changes are "
                           "committed locally; set an address you can push to (Sync > Remote…).");
        break;
    case Code::HostKeyUnknown:
        error.message
            = tr("The SSH server is not known yet and its host key was not confirmed, so nothing was sent. Compare "
                 "the key's fingerprint with the one the server's owner gives you, then sync again and accept it.");
        break;
    case Code::HostKeyChanged:
        error.message
            = tr("Warning: the SSH server's host key has changed. Someone may be intercepting the connection, or "
                 "the server was reinstalled. The sync stopped and sent nothing; ask the server's owner before you "
                 "remove the old key from your known_hosts file.");
        break;
    case Code::Conflicts:
        error.message = tr("Some files were changed on both sides. Resolve the conflicts, then sync again to finish, "
                           "or abort the sync.");
        break;
    case Code::UnrelatedHistories:
        error.message
            = tr("The remote's history has nothing in common with this project's: the two were started "
                 "separately. Merging them keeps the files of both sides. Your changes are committed locally.");
        break;
    case Code::Cancelled:
        error.message = tr("The sync was cancelled. Everything committed so far is kept locally.");
        break;
    case Code::CertificateUntrusted:
        error.message = tr("The server's certificate is not signed by a certificate authority Git trusts, so nothing "
                           "was sent. If the server uses your organisation's own authority, tell Git where its "
                           "certificate is (git config --global http.sslCAInfo /path/to/authority.pem) and sync "
                           "again. Your changes are committed locally.");
        break;
    case Code::DiskFull:
        error.message = tr("The disk is full: Git could not write to the repository. Nothing was lost: your files "
                           "are as you saved them and the repository is as it was before this step. Free some space "
                           "and sync again.");
        break;
    case Code::Other:
        error.message = tr("Git failed. Your files are unchanged; see the details below.");
        break;
    }
    return error;
}

SyncError SyncError::fromGit(const GitResult &result)
{
    if (result.ok())
        return {};
    if (!result.started)
        return make(Code::GitMissing);
    if (result.cancelled)
        return make(Code::Cancelled);
    const QString text = RemoteUrl::masked(result.errorText() + QLatin1Char('\n') + result.outputText()).trimmed();
    // The user closed the password or host key prompt: their choice, not a failure.
    if (text.contains(GitRepository::askPassCancelledLine()))
        return make(Code::Cancelled, text);
    if (result.timedOut)
        return make(Code::Offline, text);
    // Before the lock and network patterns: a full disk also fails to create locks and breaks pipes.
    // Git names the errno where it has one; a working-tree file it could not finish writing it names alone.
    if (containsAny(
            text, { "No space left on device", "Disk quota exceeded", "Out of diskspace", "unable to write file" }))
        return make(Code::DiskFull, text);
    // A lost race is reported by some servers as a refusal to lock the branch: merging and retrying helps.
    if (containsAny(text, { "[remote rejected]" })
        && !containsAny(text, { "cannot lock ref", "failed to update ref" })) {
        SyncError error = make(Code::PushRefused, text);
        const QString said = serverMessage(text);
        if (!said.isEmpty())
            error.message = tr("The remote refused the push. It said:\n\n%1\n\nYour changes are committed locally; "
                               "ask the remote's owner, or push them to a new branch.")
                                .arg(said);
        return error;
    }
    // A push that lost a race is rejected by the remote, whatever lock the remote mentions.
    if (containsAny(text, { "[rejected]", "non-fast-forward", "fetch first", "failed to push some refs" }))
        return make(Code::Rejected, text);
    if (containsAny(text,
            { "SSL certificate problem", "server certificate verification failed", "server verification failed",
                "certificate signer not trusted", "certificate verify failed" }))
        return make(Code::CertificateUntrusted, text);
    if (containsAny(text, { "REMOTE HOST IDENTIFICATION HAS CHANGED", "has changed and you have requested strict" }))
        return make(Code::HostKeyChanged, text);
    if (containsAny(text, { "Host key verification failed" }))
        return make(Code::HostKeyUnknown, text);
    if (containsAny(text, { "remote error: service not enabled" }))
        return make(Code::ReadOnlyRemote, text);
    if (containsAny(text, { "refusing to merge unrelated histories" }))
        return make(Code::UnrelatedHistories, text);
    if (containsAny(text, { ".lock': File exists", "Unable to create", "index.lock", "cannot lock ref" }))
        return make(Code::Locked, text);
    if (containsAny(text,
            { "Please tell me who you are", "empty ident name", "unable to auto-detect email address",
                "Author identity unknown" }))
        return make(Code::AuthorMissing, text);
    if (containsAny(text,
            { "Authentication failed", "Permission denied (publickey", "could not read Username",
                "could not read Password", "terminal prompts disabled", "HTTP Basic: Access denied",
                "returned error: 401", "returned error: 403" }))
        return make(Code::AuthenticationFailed, text);
    if (containsAny(text,
            { "Could not read from remote repository", "does not appear to be a git repository",
                "Could not resolve host", "unable to access", "Connection refused", "Network is unreachable",
                "Connection timed out", "Operation timed out", "No route to host", "repository not found",
                "Could not resolve hostname", "unable to look up", "Name or service not known",
                "Temporary failure in name resolution", "unable to connect", "the remote end hung up unexpectedly",
                "early EOF", "Connection reset by peer", "Connection closed by", "Broken pipe" }))
        return make(Code::Offline, text);
    if (containsAny(text, { "not a git repository" }))
        return make(Code::NotARepository, text);
    return make(Code::Other, text);
}

QString SyncError::serverMessage(const QString &gitOutput)
{
    static const QRegularExpression reason(QStringLiteral("\\[remote rejected\\][^(\\n]*\\((.*)\\)"));
    QStringList lines;
    for (const QString &line : gitOutput.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1StringView("remote: ")))
            lines.append(line.mid(8));
        else if (line == QLatin1StringView("remote:"))
            lines.append(QString());
    }
    // Git pads the server's lines to clear its progress display: only the trailing spaces go.
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QRegularExpressionMatch match = reason.match(gitOutput);
    if (match.hasMatch())
        lines.append(match.captured(1));
    return lines.join(QLatin1Char('\n'));
}

QString errorCodeName(SyncError::Code code)
{
    switch (code) {
    case SyncError::Code::None:
        return QStringLiteral("none");
    case SyncError::Code::GitMissing:
        return QStringLiteral("git-missing");
    case SyncError::Code::NotARepository:
        return QStringLiteral("not-a-repository");
    case SyncError::Code::NotOnBranch:
        return QStringLiteral("not-on-branch");
    case SyncError::Code::Locked:
        return QStringLiteral("locked");
    case SyncError::Code::AuthorMissing:
        return QStringLiteral("author-missing");
    case SyncError::Code::Offline:
        return QStringLiteral("offline");
    case SyncError::Code::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case SyncError::Code::Rejected:
        return QStringLiteral("rejected");
    case SyncError::Code::PushRefused:
        return QStringLiteral("push-refused");
    case SyncError::Code::ReadOnlyRemote:
        return QStringLiteral("read-only-remote");
    case SyncError::Code::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case SyncError::Code::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case SyncError::Code::CertificateUntrusted:
        return QStringLiteral("certificate-untrusted");
    case SyncError::Code::DiskFull:
        return QStringLiteral("disk-full");
    case SyncError::Code::Conflicts:
        return QStringLiteral("conflicts");
    case SyncError::Code::UnrelatedHistories:
        return QStringLiteral("unrelated-histories");
    case SyncError::Code::Cancelled:
        return QStringLiteral("cancelled");
    case SyncError::Code::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace storyloom
