// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/urlpolicy.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace storyloom {

UrlPolicy::UrlPolicy(QString projectRoot)
    : m_root(projectRoot.isEmpty() ? QString() : QDir::cleanPath(QDir(projectRoot).absolutePath()))
{ }

bool UrlPolicy::isInsideProject(const QString &absolutePath) const
{
    if (m_root.isEmpty())
        return false;
    const QString clean = QDir::cleanPath(absolutePath);
    return clean == m_root || clean.startsWith(m_root + u'/');
}

UrlPolicy::Kind UrlPolicy::classify(const QString &url) const
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return Kind::Fragment;
    static const QRegularExpression scheme(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*):"));
    const QRegularExpressionMatch match = scheme.match(trimmed);
    if (!match.hasMatch())
        return trimmed.startsWith(QLatin1StringView("//")) ? Kind::Web : Kind::Relative;
    const QString name = match.captured(1).toLower();
    if (name == QLatin1String("http") || name == QLatin1String("https") || name == QLatin1String("mailto"))
        return Kind::Web;
    if (name == QLatin1String("file")) {
        const QString path = QUrl(trimmed).toLocalFile();
        return !path.isEmpty() && isInsideProject(path) ? Kind::LocalFile : Kind::Refused;
    }
    if (name == QLatin1String("data")) {
        static const QRegularExpression image(
            QStringLiteral("^data:image/(png|gif|jpeg|webp)[;,]"), QRegularExpression::CaseInsensitiveOption);
        return image.match(trimmed).hasMatch() ? Kind::InlineImage : Kind::Refused;
    }
    return Kind::Refused;
}

bool UrlPolicy::allowsLink(const QString &url) const
{
    const Kind kind = classify(url);
    return kind != Kind::Refused && kind != Kind::InlineImage;
}

bool UrlPolicy::allowsLink(const QString &url, const QString &fileDir) const
{
    const Kind kind = classify(url);
    if (kind != Kind::Relative)
        return kind != Kind::Refused && kind != Kind::InlineImage;
    if (m_root.isEmpty() || fileDir.isEmpty())
        return true;
    return isInsideProject(QDir(fileDir).absoluteFilePath(QUrl(url.trimmed()).path()));
}

bool UrlPolicy::allowsImage(const QString &url, const QString &fileDir) const
{
    switch (classify(url)) {
    case Kind::InlineImage:
    case Kind::LocalFile:
        return true;
    case Kind::Relative: {
        if (m_root.isEmpty() || fileDir.isEmpty())
            return !url.startsWith(u'/') && !url.contains(QLatin1StringView(".."));
        const QString path = QUrl(url).path();
        return isInsideProject(QDir(fileDir).absoluteFilePath(path));
    }
    default:
        return false;
    }
}

} // namespace storyloom
