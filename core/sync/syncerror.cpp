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

SyncError SyncError::make(Kind kind, const QString &detail)
{
    SyncError error;
    error.kind = kind;
    error.detail = detail;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::GitMissing:
        error.message = tr("Git is not installed. Install Git 2.39 or newer to version and share this project.");
        break;
    case Kind::NotARepository:
        error.message = tr("This folder is not under version control yet. Use \"Start versioning\" first.");
        break;
    case Kind::NotOnBranch:
        error.message = tr(
            "The repository is not on a branch (detached HEAD). Switch to a branch in a terminal, then sync again.");
        break;
    case Kind::Locked:
        error.message
            = tr("The repository is locked by another program (a Git command or another editor is running). "
                 "Wait for it to finish and sync again; if no other Git program is running, remove the stale lock.");
        break;
    case Kind::AuthorMissing:
        error.message
            = tr("Git does not know who you are. Set your name and e-mail for this repository, then sync again.");
        break;
    case Kind::Offline:
        error.message = tr("The remote repository cannot be reached (offline, or its address is wrong). "
                           "Your changes are committed locally; sync again when you are back online.");
        break;
    case Kind::AuthenticationFailed:
        error.message
            = tr("The remote refused your credentials. Check your password, token or SSH key, then sync again. "
                 "Your changes are committed locally.");
        break;
    case Kind::Rejected:
        error.message
            = tr("The remote rejected the push (someone pushed at the same moment, or the branch is protected). "
                 "Your changes are committed locally; sync again to merge and retry.");
        break;
    case Kind::Conflicts:
        error.message = tr("Some files were changed on both sides. Resolve the conflicts, then sync again to finish, "
                           "or abort the sync.");
        break;
    case Kind::UnrelatedHistories:
        error.message
            = tr("The remote's history has nothing in common with this project's: the two were started "
                 "separately. Merging them keeps the files of both sides. Your changes are committed locally.");
        break;
    case Kind::Cancelled:
        error.message = tr("The sync was cancelled. Everything committed so far is kept locally.");
        break;
    case Kind::Other:
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
        return make(Kind::GitMissing);
    if (result.cancelled)
        return make(Kind::Cancelled);
    const QString text = result.errorText() + QLatin1Char('\n') + result.outputText();
    // A push that lost a race is rejected by the remote, whatever lock the remote mentions.
    if (containsAny(
            text, { "[rejected]", "non-fast-forward", "fetch first", "failed to push some refs", "[remote rejected]" }))
        return make(Kind::Rejected, text.trimmed());
    if (containsAny(text, { "refusing to merge unrelated histories" }))
        return make(Kind::UnrelatedHistories, text.trimmed());
    if (containsAny(text, { ".lock': File exists", "Unable to create", "index.lock", "cannot lock ref" }))
        return make(Kind::Locked, text.trimmed());
    if (containsAny(text,
            { "Please tell me who you are", "empty ident name", "unable to auto-detect email address",
                "Author identity unknown" }))
        return make(Kind::AuthorMissing, text.trimmed());
    if (containsAny(text,
            { "Authentication failed", "Permission denied (publickey", "could not read Username",
                "could not read Password", "terminal prompts disabled", "HTTP Basic: Access denied",
                "returned error: 401", "returned error: 403" }))
        return make(Kind::AuthenticationFailed, text.trimmed());
    if (containsAny(text,
            { "Could not read from remote repository", "does not appear to be a git repository",
                "Could not resolve host", "unable to access", "Connection refused", "Network is unreachable",
                "Connection timed out", "Operation timed out", "No route to host", "repository not found",
                "Could not resolve hostname", "unable to connect" }))
        return make(Kind::Offline, text.trimmed());
    if (containsAny(text, { "not a git repository" }))
        return make(Kind::NotARepository, text.trimmed());
    return make(Kind::Other, text.trimmed());
}

QString errorKindName(SyncError::Kind kind)
{
    switch (kind) {
    case SyncError::Kind::None:
        return QStringLiteral("none");
    case SyncError::Kind::GitMissing:
        return QStringLiteral("git-missing");
    case SyncError::Kind::NotARepository:
        return QStringLiteral("not-a-repository");
    case SyncError::Kind::NotOnBranch:
        return QStringLiteral("not-on-branch");
    case SyncError::Kind::Locked:
        return QStringLiteral("locked");
    case SyncError::Kind::AuthorMissing:
        return QStringLiteral("author-missing");
    case SyncError::Kind::Offline:
        return QStringLiteral("offline");
    case SyncError::Kind::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case SyncError::Kind::Rejected:
        return QStringLiteral("rejected");
    case SyncError::Kind::Conflicts:
        return QStringLiteral("conflicts");
    case SyncError::Kind::UnrelatedHistories:
        return QStringLiteral("unrelated-histories");
    case SyncError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case SyncError::Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace storyloom
