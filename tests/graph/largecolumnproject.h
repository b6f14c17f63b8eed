// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QString>

namespace storyloom::test {

/**
 * Writes a native project with one column too large to show: two characters, a pain point and
 * 40 status-quo stories, so the story map folds the stories into groups.
 */
inline bool writeLargeColumnProject(const QString &root)
{
    const QByteArray header = "---\n# SPDX-FileCopyrightText: 2026 The Storyloom authors\n"
                              "# SPDX-License-Identifier: GPL-3.0-or-later\n";
    bool ok = writeFile(root, QStringLiteral("storyloom.yml"), "title: Large column\ncontent: [.]\n");
    for (const char *name : { "ada", "bo" }) {
        ok = ok
            && writeFile(root, QStringLiteral("characters/%1.md").arg(QLatin1String(name)),
                header + "type: character\ntitle: " + QByteArray(name).toUpper() + "\n---\n\n# Someone\n");
    }
    ok = ok
        && writeFile(root, QStringLiteral("pain-points/waiting.md"),
            header + "type: pain-point\ntitle: Waiting\n---\n\n# Waiting\n");
    for (int i = 0; i < 40; ++i) {
        const QByteArray who = i % 2 ? "ada" : "bo";
        ok = ok
            && writeFile(root, QStringLiteral("stories/status-quo/day-%1.md").arg(i, 2, 10, QChar(u'0')),
                header + "type: story\nkind: status-quo\ntitle: Day " + QByteArray::number(i) + "\ncharacters: [" + who
                    + "]\npain_points: [waiting]\n---\n\n# A day\n\nNothing happens.\n");
    }
    return ok;
}

} // namespace storyloom::test
