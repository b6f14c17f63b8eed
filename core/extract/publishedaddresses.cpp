// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/publishedaddresses.h"

#include "core/util/text.h"

#include <QUrl>

namespace storyloom {

namespace {
/** `host/path/` of an http(s) address, the host in lower case; empty for anything else. */
QString hostAndPath(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {};
    return url.host().toLower() + url.path(QUrl::FullyDecoded);
}

QString withSlash(QString path)
{
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}
} // namespace

PublishedAddresses::PublishedAddresses(const ProjectConfig &config)
    : m_enabled(config.format == ProjectFormat::MdBook)
    , m_base(config.idBase())
    , m_redirects(config.site.redirects)
{
    const QUrl site(config.site.siteUrl);
    if (const QString prefix = hostAndPath(site); !prefix.isEmpty())
        m_prefixes.append(withSlash(prefix));
    else if (config.site.siteUrl.startsWith(u'/'))
        m_sitePath = withSlash(config.site.siteUrl);
    // https://github.com/<owner>/<book> is published at https://<owner>.github.io/<book>/.
    const QUrl repository(config.site.repositoryUrl);
    const QStringList parts = repository.path().split(u'/', Qt::SkipEmptyParts);
    if (repository.host().compare(QLatin1String("github.com"), Qt::CaseInsensitive) == 0 && parts.size() >= 2) {
        QString book = parts.at(1);
        if (book.endsWith(QLatin1String(".git")))
            book.chop(4);
        m_prefixes.append(parts.at(0).toLower() + QStringLiteral(".github.io/") + book + u'/');
        if (m_sitePath.isEmpty())
            m_sitePath = u'/' + book + u'/';
    }
}

QString PublishedAddresses::siteAddress(const ProjectConfig &config)
{
    if (config.format != ProjectFormat::MdBook)
        return {};
    const QUrl site(config.site.siteUrl);
    if (!hostAndPath(site).isEmpty())
        return withSlash(site.toString());
    const PublishedAddresses addresses(config);
    for (const QString &prefix : addresses.m_prefixes) {
        if (prefix.contains(QLatin1String(".github.io/")))
            return QStringLiteral("https://") + prefix;
    }
    return {};
}

QString PublishedAddresses::pageFor(QString bookPath) const
{
    // A chain of redirects is followed a few steps at most (a cycle ends it).
    for (int step = 0; step < 8; ++step) {
        const auto it = m_redirects.constFind(bookPath);
        if (it == m_redirects.cend())
            break;
        const QUrl target(*it);
        bookPath = target.path(QUrl::FullyDecoded);
        if (!target.scheme().isEmpty()) {
            const QString whole = hostAndPath(target);
            bookPath.clear();
            for (const QString &prefix : m_prefixes) {
                if (whole.startsWith(prefix))
                    bookPath = whole.mid(prefix.size() - 1);
            }
            if (bookPath.isEmpty())
                return {};
        }
    }
    if (bookPath.isEmpty() || bookPath.endsWith(u'/'))
        bookPath += QStringLiteral("index.html");
    if (bookPath.endsWith(QLatin1String(".html")))
        bookPath = bookPath.chopped(5) + QStringLiteral(".md");
    if (!bookPath.endsWith(QLatin1String(".md")))
        return {};
    const QString page = resolveRelativeLink(QString(), bookPath);
    if (page.isEmpty() || page.startsWith(QLatin1String("..")))
        return {};
    return m_base.isEmpty() ? page : m_base + u'/' + page;
}

QString PublishedAddresses::localPath(const QString &fromFile, const QString &url) const
{
    if (!m_enabled)
        return {};
    const QString trimmed = url.trimmed();
    const QUrl parsed(trimmed);
    if (const QString whole = hostAndPath(parsed); !whole.isEmpty()) {
        for (const QString &prefix : m_prefixes) {
            if (whole.startsWith(prefix))
                return pageFor(whole.mid(prefix.size() - 1));
        }
        const QString host = parsed.host().toLower();
        const QString path = parsed.path(QUrl::FullyDecoded);
        if (!m_sitePath.isEmpty() && host.endsWith(QLatin1String(".github.io")) && path.startsWith(m_sitePath))
            return pageFor(path.mid(m_sitePath.size() - 1));
        return {};
    }
    if (!parsed.scheme().isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(QLatin1String("//")))
        return {};
    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/')) {
        // Absolute inside the site: under its path, or from the book's root.
        if (!m_sitePath.isEmpty() && path.startsWith(m_sitePath))
            path = path.mid(m_sitePath.size() - 1);
        return pageFor(path);
    }
    // A relative link to a page that moved: its published path may have a redirect.
    const QString local = resolveRelativeLink(fromFile, trimmed);
    if (local.isEmpty() || (!m_base.isEmpty() && !local.startsWith(m_base + u'/')))
        return {};
    QString bookPath = u'/' + (m_base.isEmpty() ? local : local.mid(m_base.size() + 1));
    if (bookPath.endsWith(QLatin1String(".md")))
        bookPath = bookPath.chopped(3) + QStringLiteral(".html");
    if (!m_redirects.contains(bookPath))
        return {};
    return pageFor(bookPath);
}

} // namespace storyloom
