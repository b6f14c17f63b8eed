// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncerror.h"

#include <QCoreApplication>

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
    const QString text = result.errorText() + QLatin1Char('\n') + result.outputText();
    // A push that lost a race is rejected by the remote, whatever lock the remote mentions.
    if (containsAny(
            text, { "[rejected]", "non-fast-forward", "fetch first", "failed to push some refs", "[remote rejected]" }))
        return make(Code::Rejected, text.trimmed());
    if (containsAny(text, { "refusing to merge unrelated histories" }))
        return make(Code::UnrelatedHistories, text.trimmed());
    if (containsAny(text, { ".lock': File exists", "Unable to create", "index.lock", "cannot lock ref" }))
        return make(Code::Locked, text.trimmed());
    if (containsAny(text,
            { "Please tell me who you are", "empty ident name", "unable to auto-detect email address",
                "Author identity unknown" }))
        return make(Code::AuthorMissing, text.trimmed());
    if (containsAny(text,
            { "Authentication failed", "Permission denied (publickey", "could not read Username",
                "could not read Password", "terminal prompts disabled", "HTTP Basic: Access denied",
                "returned error: 401", "returned error: 403" }))
        return make(Code::AuthenticationFailed, text.trimmed());
    if (containsAny(text,
            { "Could not read from remote repository", "does not appear to be a git repository",
                "Could not resolve host", "unable to access", "Connection refused", "Network is unreachable",
                "Connection timed out", "Operation timed out", "No route to host", "repository not found",
                "Could not resolve hostname", "unable to connect" }))
        return make(Code::Offline, text.trimmed());
    if (containsAny(text, { "not a git repository" }))
        return make(Code::NotARepository, text.trimmed());
    return make(Code::Other, text.trimmed());
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
