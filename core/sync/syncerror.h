// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"
#include "core/sync/gitrepository.h"

#include <QCoreApplication>
#include <QString>

namespace storyloom {

/**
 * Why a Git step failed, in words an author can act on, with git's own
 * output kept as detail: a Diagnostic (always an error, with no place in the
 * content) with a code the interface branches on. Errors are values: the
 * sync returns one, never throws.
 */
struct SyncError : Diagnostic
{
    enum class Code {
        None,
        GitMissing,
        NotARepository,
        NotOnBranch,
        Locked,
        AuthorMissing,
        Offline,
        AuthenticationFailed,
        Rejected,
        /** The server refused the push itself (a hook, a protected branch): retrying cannot help. */
        PushRefused,
        /** The address only allows reading (`git://`, a read-only mirror). */
        ReadOnlyRemote,
        /** The SSH server's host key is not known and nobody confirmed it. */
        HostKeyUnknown,
        /** The SSH server's host key differs from the one known for it. */
        HostKeyChanged,
        /** The HTTPS server's certificate is not signed by an authority Git trusts (`http.sslCAInfo`). */
        CertificateUntrusted,
        /** The disk (of the content folder or of its `.git`) is full: Git could not write. */
        DiskFull,
        Conflicts,
        UnrelatedHistories,
        Cancelled,
        Other,
    };

    Code code = Code::None;
    /** What git said, for the details pane and bug reports. */
    QString detail;

    [[nodiscard]] bool isError() const { return code != Code::None; }
    /** The message, then git's output indented below it. */
    [[nodiscard]] QString fullText() const;

    [[nodiscard]] static SyncError make(Code code, const QString &detail = {});
    /** Recognises a failed git run: offline, authentication, rejection, lock, missing author... Credentials in
     * addresses git printed are masked. */
    [[nodiscard]] static SyncError fromGit(const GitResult &result);
    /** What the server said about a refused push (its `remote:` lines and the refusal's reason), verbatim. */
    [[nodiscard]] static QString serverMessage(const QString &gitOutput);

    Q_DECLARE_TR_FUNCTIONS(storyloom::SyncError)
};

/** A stable machine name of an error code (`offline`, `rejected`...), for the CLI and tests. */
[[nodiscard]] QString errorCodeName(SyncError::Code code);

} // namespace storyloom
