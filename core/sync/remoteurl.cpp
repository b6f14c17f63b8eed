// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/remoteurl.h"

#include <QRegularExpression>
#include <QUrl>

namespace storyloom {

RemoteUrl RemoteUrl::parse(const QString &typed)
{
    RemoteUrl url;
    const QString text = typed.trimmed();
    url.m_address = text;
    const qsizetype schemeEnd = text.indexOf(QLatin1StringView("://"));
    if (schemeEnd <= 0)
        return url;
    url.m_protocol = text.left(schemeEnd).toLower();
    const QString rest = text.mid(schemeEnd + 3);
    qsizetype authorityEnd = rest.indexOf(u'/');
    if (authorityEnd < 0)
        authorityEnd = rest.size();
    const QString authority = rest.left(authorityEnd);
    url.m_path = rest.mid(authorityEnd + 1);
    // The last '@': a token may carry an unencoded one, a host never does.
    const qsizetype at = authority.lastIndexOf(u'@');
    url.m_host = authority.mid(at + 1);
    if (at < 0)
        return url;
    const QString userInfo = authority.left(at);
    const qsizetype colon = userInfo.indexOf(u':');
    const QString user = colon < 0 ? userInfo : userInfo.left(colon);
    url.m_username = QUrl::fromPercentEncoding(user.toUtf8());
    if (colon >= 0)
        url.m_password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    url.m_address = text.left(schemeEnd + 3) + (user.isEmpty() ? QString() : user + u'@') + rest.mid(at + 1);
    return url;
}

QString RemoteUrl::masked(const QString &text)
{
    // Greedy up to the last '@' before the path, as parse() reads it.
    static const QRegularExpression secret(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^/@\\s:]*):[^/\\s]*@"));
    QString result = text;
    result.replace(secret, QStringLiteral("\\1:***@"));
    return result;
}

bool RemoteUrl::credentialSupported() const
{
    return m_protocol == QLatin1StringView("https") || m_protocol == QLatin1StringView("http");
}

QByteArray RemoteUrl::credentialInput() const
{
    // The credential protocol is line-based: a field holding a line break or NUL cannot be passed on.
    for (const QString *field : { &m_protocol, &m_host, &m_path, &m_username, &m_password }) {
        if (field->contains(u'\n') || field->contains(u'\0'))
            return {};
    }
    QByteArray input = "protocol=" + m_protocol.toUtf8() + "\nhost=" + m_host.toUtf8() + '\n';
    // Git drops the path again unless credential.useHttpPath asks to tell repositories of one host apart.
    if (!m_path.isEmpty())
        input += "path=" + m_path.toUtf8() + '\n';
    if (!m_username.isEmpty())
        input += "username=" + m_username.toUtf8() + '\n';
    input += "password=" + m_password.toUtf8() + "\n\n";
    return input;
}

} // namespace storyloom
