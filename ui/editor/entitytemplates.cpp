// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/entitytemplates.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace storyloom {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("storyloom::EntityTemplates", text);
}
} // namespace

QList<EntityTemplate> EntityTemplates::all()
{
    return {
        { QStringLiteral("status-quo-story.md"), tr("Status Quo Story"), QStringLiteral("stories/status-quo") },
        { QStringLiteral("shiny-future-story.md"), tr("Shiny Future Story"), QStringLiteral("stories/shiny-future") },
        { QStringLiteral("character.md"), tr("Character"), QStringLiteral("characters") },
        { QStringLiteral("pain-point.md"), tr("Pain Point"), QStringLiteral("pain-points") },
        { QStringLiteral("goal.md"), tr("Goal"), QStringLiteral("goals") },
    };
}

QString EntityTemplates::text(
    const EntityTemplate &entityTemplate, const QString &projectRoot, const QString &contentDir)
{
    QStringList candidates;
    if (!projectRoot.isEmpty()) {
        candidates << QDir(projectRoot).filePath(QStringLiteral("templates/") + entityTemplate.fileName);
        if (!contentDir.isEmpty())
            candidates
                << QDir(projectRoot).filePath(contentDir + QStringLiteral("/templates/") + entityTemplate.fileName);
    }
    candidates << QStringLiteral(":/storyloom/templates/") + entityTemplate.fileName;
    for (const QString &path : candidates) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString text = QString::fromUtf8(file.readAll());
        if (path.startsWith(u':')) {
            QStringList lines = text.split(u'\n');
            lines.removeIf([](const QString &line) { return line.startsWith(QLatin1StringView("<!-- SPDX-")); });
            text = lines.join(u'\n');
        }
        return text;
    }
    return {};
}

QString EntityTemplates::instantiate(const QString &templateText, const QString &title)
{
    QString escapedTitle = title;
    escapedTitle.replace(u'"', QStringLiteral("\\\""));
    QString text = templateText;
    // In front matter the title sits in double quotes; escape it there, plain elsewhere.
    text.replace(QStringLiteral("\"{{title}}\""), u'"' + escapedTitle + u'"');
    text.replace(QStringLiteral("{{title}}"), title);
    text.replace(QStringLiteral("{{id}}"), QFileInfo(fileNameFor(title)).completeBaseName());
    text.replace(QStringLiteral("{{date}}"), QDate::currentDate().toString(Qt::ISODate));
    return text;
}

QString EntityTemplates::fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return (name.isEmpty() ? QStringLiteral("untitled") : name) + QStringLiteral(".md");
}

} // namespace storyloom
