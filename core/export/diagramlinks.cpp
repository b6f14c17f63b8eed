// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/diagramlinks.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace storyloom {

QString DiagramLinks::link(const QString &page, const DiagramLinkTarget &target)
{
    if (page.isEmpty() || target.projectRoot.isEmpty())
        return {};
    const QString root = QDir::cleanPath(QFileInfo(target.projectRoot).absoluteFilePath());
    if (!target.outputFile.isEmpty() && target.outputFile != u"-") {
        const QString output = QDir::cleanPath(QFileInfo(target.outputFile).absoluteFilePath());
        if (output.startsWith(root + u'/')) {
            const QString relative = QDir(QFileInfo(output).absolutePath()).relativeFilePath(QDir(root).filePath(page));
            return QString::fromUtf8(QUrl::toPercentEncoding(relative, "/.-_~"));
        }
    }
    if (target.siteAddress.isEmpty())
        return {};
    QString published = page;
    if (!target.contentDir.isEmpty()) {
        if (!published.startsWith(target.contentDir + u'/'))
            return {};
        published = published.mid(target.contentDir.size() + 1);
    }
    if (!published.endsWith(QLatin1String(".md")))
        return {};
    published.chop(3);
    // mdBook publishes a folder's README as its index page.
    if (published == u"README" || published.endsWith(QLatin1String("/README")))
        published = published.chopped(6) + QStringLiteral("index");
    return target.siteAddress
        + QString::fromUtf8(QUrl::toPercentEncoding(published + QStringLiteral(".html"), "/.-_~"));
}

void DiagramLinks::apply(Diagram &diagram, const DiagramLinkTarget &target)
{
    for (DiagramNode &node : diagram.nodes)
        node.href = link(node.href, target);
}

} // namespace storyloom
