// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace storyloom {

/**
 * A remote's address as the user typed it, split into the address Git may
 * keep in `.git/config` and the credential it must not (`user:token@` in an
 * HTTPS address). The credential goes to Git's credential helper instead.
 */
class RemoteUrl
{
public:
    /** Splits `typed`; scp-like (`git@host:path`) and local addresses pass through unchanged. */
    [[nodiscard]] static RemoteUrl parse(const QString &typed);
    /** `text` with the secret of every `scheme://user:secret@` in it replaced by `***` (for messages and logs). */
    [[nodiscard]] static QString masked(const QString &text);

    /** The address without the secret (the user name stays: it is no secret and picks the right credential). */
    [[nodiscard]] const QString &address() const { return m_address; }
    /** The address as typed carried a password or token. */
    [[nodiscard]] bool hasCredential() const { return !m_password.isEmpty(); }
    /** The credential travels only over HTTP(S): Git asks helpers for no other protocol. */
    [[nodiscard]] bool credentialSupported() const;
    [[nodiscard]] const QString &protocol() const { return m_protocol; }
    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] const QString &username() const { return m_username; }
    /** `git credential approve|reject` input: protocol, host, path, username and password, one per line. */
    [[nodiscard]] QByteArray credentialInput() const;

private:
    QString m_address;
    QString m_protocol;
    /** Host with its port, as Git's credential protocol names it. */
    QString m_host;
    QString m_path;
    QString m_username;
    QString m_password;
};

} // namespace storyloom
