// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/frontmatterbox.h"

#include <QStringList>

namespace storyloom {

namespace {
/** Which end of the front matter a line would be: only a closing one may also be `...`. */
enum class Fence { Opening, Closing };

bool isFence(QStringView line, Fence fence)
{
    const QStringView trimmed = line.trimmed();
    return trimmed == u"---" || (fence == Fence::Closing && trimmed == u"...");
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"')) || (value.startsWith(u'\'') && value.endsWith(u'\''))))
        value = value.mid(1, value.size() - 2);
    return value;
}

QString flowList(const QString &value)
{
    QString inner = value.trimmed();
    if (inner.startsWith(u'[') && inner.endsWith(u']')) {
        inner = inner.mid(1, inner.size() - 2);
        QStringList items = inner.split(u',', Qt::SkipEmptyParts);
        for (QString &item : items)
            item = unquote(item);
        return items.join(QStringLiteral(", "));
    }
    return unquote(inner);
}
} // namespace

FrontMatterSplit FrontMatterBox::split(const QString &text)
{
    FrontMatterSplit result;
    qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    qsizetype firstEnd = text.indexOf(u'\n', start);
    if (firstEnd < 0 || !isFence(QStringView(text).mid(start, firstEnd - start), Fence::Opening)) {
        result.body = text;
        return result;
    }
    int line = 2;
    qsizetype pos = firstEnd + 1;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        if (isFence(QStringView(text).mid(pos, end - pos), Fence::Closing)) {
            result.present = true;
            result.yaml = text.mid(firstEnd + 1, pos - firstEnd - 1);
            result.body = end < text.size() ? text.mid(end + 1) : QString();
            result.bodyLine = line + 1;
            return result;
        }
        if (end == text.size())
            break;
        pos = end + 1;
        ++line;
    }
    result.body = text; // an unclosed fence is just Markdown
    return result;
}

QList<std::pair<QString, QString>> FrontMatterBox::properties(const QString &yaml)
{
    QList<std::pair<QString, QString>> rows;
    const QStringList lines = yaml.split(u'\n');
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (!line.front().isSpace() && line.front() != u'-') {
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                continue;
            rows.append({ line.left(colon).trimmed(), flowList(line.mid(colon + 1)) });
        } else if (!rows.isEmpty()) {
            QString item = line.trimmed();
            if (item.startsWith(u'-'))
                item = unquote(item.mid(1));
            QString &value = rows.last().second;
            value += (value.isEmpty() ? QString() : QStringLiteral(", ")) + item;
        }
    }
    return rows;
}

QString FrontMatterBox::toHtml(const QString &yaml)
{
    const auto rows = properties(yaml);
    if (rows.isEmpty())
        return {};
    QString html = QStringLiteral("<table class=\"properties\">\n");
    for (const auto &[key, value] : rows) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>\n");
    return html;
}

} // namespace storyloom
