// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/summaryreader.h"

#include "util/text.h"

namespace storyloom {

QList<SummaryEntry> readSummary(const ParsedDocument &summary)
{
    QList<SummaryEntry> entries;
    for (const ListItem &item : summary.listItems) {
        if (item.links.isEmpty())
            continue;
        const Link &link = item.links.first();
        const QString path = resolveRelativeLink(QStringLiteral("SUMMARY.md"), link.url);
        if (path.isEmpty() || path.startsWith(QLatin1String("../")) || !path.endsWith(QLatin1String(".md")))
            continue;
        entries.append({ link.text, path, item.depth, int(entries.size()), item.line });
    }
    return entries;
}

} // namespace storyloom
