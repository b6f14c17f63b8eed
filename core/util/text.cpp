// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/text.h"

#include <QDir>
#include <QUrl>

#include <algorithm>

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

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter || (inWord && (c == u'\'' || c == u'’'));
    }
    return words;
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

QStringList foldedWordList(const QString &text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append(text.sliced(start, i - start).toCaseFolded());
            start = -1;
        }
    }
    return words;
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

namespace {
/** True when `link` is a plain relative path, which a URL parser would hand back unchanged. */
bool isPlainPath(QStringView link)
{
    if (link.isEmpty() || link.startsWith(u'/'))
        return false;
    return std::all_of(link.begin(), link.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'/'
            || u == u'.' || u == u'-' || u == u'_';
    });
}
} // namespace

QString resolveRelativeLink(const QString &fromFile, const QString &link)
{
    const QStringView trimmed = QStringView(link).trimmed();
    QString target;
    // Nearly every link in a project is a plain path: parsing it as a URL was most of a graph build's link work.
    if (isPlainPath(trimmed)) {
        target = trimmed.size() == link.size() ? link : trimmed.toString();
    } else {
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            return {};
        const QUrl url(trimmed.toString());
        if (!url.scheme().isEmpty() || trimmed.startsWith(QLatin1String("//")))
            return {};
        target = url.path(QUrl::FullyDecoded);
        if (target.isEmpty())
            return {};
    }
    if (target.endsWith(QLatin1String(".html")))
        target = target.left(target.size() - 5) + QStringLiteral(".md");
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = fromFile.lastIndexOf(u'/');
    if (slash < 0)
        return QDir::cleanPath(target);
    return QDir::cleanPath(fromFile.left(std::max<qsizetype>(slash, 1)) + u'/' + target);
}

QString folderOf(const QString &relativePath)
{
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    return slash < 0 ? QString() : relativePath.left(slash);
}

} // namespace storyloom
