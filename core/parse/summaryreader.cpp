// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/summaryreader.h"

#include "core/util/text.h"

namespace storyloom {

namespace {
/** A SUMMARY link's page relative to `src/`, empty when it is no local Markdown page of the book. */
QString pageOf(const Link &link)
{
    const QString path = resolveRelativeLink(QStringLiteral("SUMMARY.md"), link.url);
    if (path.isEmpty() || path.startsWith(QLatin1String("../")) || !path.endsWith(QLatin1String(".md")))
        return {};
    return path;
}
} // namespace

QList<SummaryEntry> readSummary(const ParsedDocument &summary)
{
    QList<SummaryEntry> entries;
    for (const ListItem &item : summary.listItems) {
        if (item.links.isEmpty())
            continue;
        const Link &link = item.links.first();
        const QString path = pageOf(link);
        if (path.isEmpty())
            continue;
        entries.append({ link.text, path, item.depth, int(entries.size()), item.line });
    }
    return entries;
}

QSet<QString> summaryPages(const ParsedDocument &summary)
{
    QSet<QString> pages;
    for (const Link &link : summary.links) {
        if (const QString path = pageOf(link); !path.isEmpty())
            pages.insert(path);
    }
    return pages;
}

} // namespace storyloom
