// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/text.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace storyloom {

QString slugify(const QString &text)
{
    QString slug;
    slug.reserve(text.size());
    bool dash = false;
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c == u'/' || c == u'_') {
            if (dash && !slug.isEmpty() && !slug.endsWith(u'/') && c != u'/')
                slug += u'-';
            dash = false;
            slug += c.toLower();
        } else if (!c.isLowSurrogate()) {
            dash = true;
        }
    }
    return slug;
}

QString stripLeadingSymbols(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && !text.at(i).isLetterOrNumber() && text.at(i) != u'`' && text.at(i) != u'"')
        ++i;
    return text.mid(i).trimmed();
}

bool containsWholeWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    qsizetype from = 0;
    while ((from = text.indexOf(word, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + word.size();
        const bool startOk = from == 0 || !text.at(from - 1).isLetterOrNumber();
        const bool endOk = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = end;
    }
    return false;
}

bool sameStem(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    if (x == y)
        return true;
    qsizetype common = 0;
    while (common < x.size() && common < y.size() && x.at(common) == y.at(common))
        ++common;
    const qsizetype shorter = std::min(x.size(), y.size());
    return common >= 5 && common * 4 >= shorter * 3;
}

QString resolveRelativeLink(const QString &fromFile, const QString &link)
{
    QString target = link.trimmed();
    if (target.isEmpty() || target.startsWith(u'#'))
        return {};
    const QUrl url(target);
    if (!url.scheme().isEmpty() || target.startsWith(QLatin1String("//")))
        return {};
    target = url.path(QUrl::FullyDecoded);
    if (target.isEmpty())
        return {};
    if (target.endsWith(QLatin1String(".html")))
        target = target.left(target.size() - 5) + QStringLiteral(".md");
    const QString folder = QFileInfo(fromFile).path();
    QString joined = target.startsWith(u'/') ? target.mid(1) : (folder == QLatin1String(".") ? target : folder + u'/' + target);
    return QDir::cleanPath(joined);
}

} // namespace storyloom
