// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/pageplanner.h"

#include "core/extract/projectconfig.h"
#include "core/parse/frontmatter.h"
#include "core/parse/parseddocument.h"
#include "core/project/summaryeditor.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace storyloom {

namespace {
QString joined(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + u'/' + name;
}

/** Where a native project keeps each type when it has none yet (the bundled sample's layout). */
QString defaultFolder(EntityType type, StoryKind kind)
{
    switch (type) {
    case EntityType::Story:
        return kind == StoryKind::ShinyFuture ? QStringLiteral("stories/shiny-future")
                                              : QStringLiteral("stories/status-quo");
    case EntityType::Character:
        return QStringLiteral("characters");
    case EntityType::Value:
        return QStringLiteral("values");
    case EntityType::PainPoint:
        return QStringLiteral("pain-points");
    case EntityType::Goal:
        return QStringLiteral("roadmap");
    case EntityType::Project:
        return QStringLiteral("projects");
    case EntityType::Page:
        break;
    }
    return {};
}

/** The name templates go by: `status-quo-story`, `character`, `pain-point`. */
QString templateName(EntityType type, StoryKind kind)
{
    return type == EntityType::Story
        ? toString(kind == StoryKind::None ? StoryKind::StatusQuo : kind) + QStringLiteral("-story")
        : toString(type);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool matches(const Entity &entity, EntityType type, StoryKind kind)
{
    return entity.ownFile && entity.type == type && (type != EntityType::Story || entity.kind == kind);
}
} // namespace

PagePlanner::PagePlanner(Snapshot snapshot)
    : m_snapshot(std::move(snapshot))
{ }

QString PagePlanner::absolute(const QString &relative) const
{
    return m_snapshot->rootPath() + u'/' + relative;
}

QString PagePlanner::folderFor(EntityType type, StoryKind kind) const
{
    if (type == EntityType::Story && kind == StoryKind::None)
        kind = StoryKind::StatusQuo;
    // Where most pages of the type are; on a tie, the folder the book reaches first.
    QHash<QString, int> counts;
    std::optional<QString> best;
    int bestOrder = 0;
    for (const Entity &entity : m_snapshot->entities()) {
        if (!matches(entity, type, kind))
            continue;
        const QString folder = folderOf(entity.source.path);
        const int count = ++counts[folder];
        const int bestCount = best ? counts.value(*best) : 0;
        if (count > bestCount || (count == bestCount && entity.order < bestOrder)) {
            best = folder;
            bestOrder = entity.order;
        }
    }
    if (best)
        return *best;
    const QString content = m_snapshot->contentDir();
    return joined(content, isBook() ? defaultFolder(type, kind).replace(u'-', u'_') : defaultFolder(type, kind));
}

NamingStyle PagePlanner::namingStyle(const QString &folder) const
{
    int underscores = 0;
    int hyphens = 0;
    int camel = 0;
    for (const Entity &entity : m_snapshot->entities()) {
        if (!entity.ownFile || folderOf(entity.source.path) != folder)
            continue;
        const QString stem = QFileInfo(entity.source.path).completeBaseName();
        if (stem.contains(u'_'))
            ++underscores;
        else if (stem.contains(u'-'))
            ++hyphens;
        else if (stem.size() > 1 && stem.at(0).isUpper() && stem != stem.toUpper())
            ++camel;
    }
    if (underscores > hyphens && underscores >= camel)
        return NamingStyle::Underscores;
    if (camel > hyphens && camel > underscores)
        return NamingStyle::CamelCase;
    return NamingStyle::Hyphens;
}

QString PagePlanner::fileStem(const QString &title, NamingStyle style)
{
    QString slug = slugify(title).replace(u'/', u'-').replace(u'_', u'-');
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    if (slug.isEmpty())
        slug = QStringLiteral("untitled");
    switch (style) {
    case NamingStyle::Hyphens:
        return slug;
    case NamingStyle::Underscores:
        return slug.replace(u'-', u'_');
    case NamingStyle::CamelCase: {
        QString camel;
        for (const QString &word : slug.split(u'-', Qt::SkipEmptyParts))
            camel += word.at(0).toUpper() + word.mid(1);
        return camel;
    }
    }
    return slug;
}

QString PagePlanner::fileNameFor(const QString &title, const QString &folder) const
{
    const NamingStyle style = namingStyle(folder);
    const QString stem = fileStem(title, style);
    const QString separator = style == NamingStyle::Underscores ? QStringLiteral("_")
        : style == NamingStyle::Hyphens                         ? QStringLiteral("-")
                                                                : QString();
    QString name = stem + QStringLiteral(".md");
    for (int n = 2;
        QFileInfo::exists(absolute(joined(folder, name))) || m_snapshot->entityForPath(joined(folder, name)); ++n)
        name = stem + separator + QString::number(n) + QStringLiteral(".md");
    return name;
}

QString PagePlanner::bookTemplate(const QString &folder) const
{
    // The rules' own idea of a template (`**/template.md`), among the folder's files that are no page.
    const ProjectConfig config = readProjectConfig(m_snapshot->rootPath());
    const QString base = config.idBase();
    const QStringList names = QDir(absolute(folder)).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = joined(folder, name);
        if (m_snapshot->entityForPath(path))
            continue;
        const QString relative = base.isEmpty() ? path : path.mid(base.size() + 1);
        const ParsedDocument document = parseDocument(readAll(absolute(path)), path);
        if (config.rules.classify(relative, stripLeadingSymbols(document.firstHeading)).isTemplate)
            return path;
    }
    return {};
}

QByteArray PagePlanner::bookText(const QString &templatePath, const QString &title) const
{
    QByteArray text = readAll(absolute(templatePath));
    text = text.mid(parseFrontMatter(text).blockLength);
    const QByteArray titleBytes = title.toUtf8();
    if (text.contains("{{title}}")) {
        text.replace("{{title}}", titleBytes);
    } else {
        // The template's own heading names it ("# 😱 Status quo stories: Template"): the new page's title takes
        // the word's place, or the heading's text after its label.
        static const QRegularExpression heading(
            QStringLiteral("^#{1,6}[ \t]+(.*)$"), QRegularExpression::MultilineOption);
        static const QRegularExpression word(
            QStringLiteral("\\btemplate\\b"), QRegularExpression::CaseInsensitiveOption);
        QString decoded = QString::fromUtf8(text);
        const QRegularExpressionMatch match = heading.match(decoded);
        if (match.hasMatch()) {
            QString headingText = match.captured(1);
            if (headingText.contains(word)) {
                headingText.replace(word, title);
            } else {
                const qsizetype colon = headingText.lastIndexOf(u':');
                headingText = colon < 0 ? title : headingText.left(colon + 1) + u' ' + title;
            }
            decoded.replace(match.capturedStart(1), match.capturedLength(1), headingText);
            text = decoded.toUtf8();
        } else {
            text.prepend("# " + titleBytes + "\n\n");
        }
    }
    text.replace("{{date}}", QDate::currentDate().toString(Qt::ISODate).toUtf8());
    return text;
}

QByteArray PagePlanner::nativeText(EntityType type, StoryKind kind, const QString &title, QString *source) const
{
    const QString name = templateName(type, kind) + QStringLiteral(".md");
    QString folder = readProjectConfig(m_snapshot->rootPath()).templatesDir;
    folder = (folder.isEmpty() ? QStringLiteral("templates") : folder) + u'/';
    const QStringList candidates = { folder + name, QStringLiteral(":/storyloom/templates/") + name,
        folder + toString(type) + QStringLiteral(".md"),
        QStringLiteral(":/storyloom/templates/") + toString(type) + QStringLiteral(".md") };
    QByteArray text;
    for (const QString &candidate : candidates) {
        const bool bundled = candidate.startsWith(u':');
        text = readAll(bundled ? candidate : absolute(candidate));
        if (text.isEmpty())
            continue;
        *source = candidate;
        if (bundled) {
            // The bundle's licence lines are Storyloom's, not the author's.
            QByteArrayList lines = text.split('\n');
            lines.removeIf([](const QByteArray &line) { return line.startsWith("<!-- SPDX-"); });
            text = lines.join('\n');
        }
        break;
    }
    if (text.isEmpty())
        text = "# {{title}}\n";
    QString escaped = title;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    // In front matter the title sits in double quotes: escaped there, plain elsewhere.
    text.replace("\"{{title}}\"", QByteArray('"' + escaped.toUtf8() + '"'));
    text.replace("{{title}}", title.toUtf8());
    text.replace("{{date}}", QDate::currentDate().toString(Qt::ISODate).toUtf8());
    const FrontMatter fm = parseFrontMatter(text);
    if (!fm.values.contains(QStringLiteral("type")))
        text = setFrontMatterValue(text, QStringLiteral("type"), toString(type));
    if (type == EntityType::Story && !fm.values.contains(QStringLiteral("kind")))
        text = setFrontMatterValue(text, QStringLiteral("kind"), toString(kind));
    if (!fm.values.contains(QStringLiteral("title")))
        text = setFrontMatterValue(text, QStringLiteral("title"), title);
    return text;
}

PagePlan PagePlanner::plan(EntityType type, StoryKind kind, const QString &title) const
{
    const QString folder = folderFor(type, kind);
    return planAt(type, kind, title, joined(folder, fileNameFor(title, folder)));
}

PagePlan PagePlanner::planAt(EntityType type, StoryKind kind, const QString &title, const QString &chosen) const
{
    PagePlan plan;
    if (type == EntityType::Story && kind == StoryKind::None)
        kind = StoryKind::StatusQuo;
    if (title.trimmed().isEmpty()) {
        plan.error = tr("a new page needs a title");
        return plan;
    }
    QString path = QDir::cleanPath(chosen);
    if (path == QLatin1String(".") || path.startsWith(QLatin1String("../")) || path == QLatin1String("..")
        || QDir::isAbsolutePath(path)) {
        plan.error = tr("refusing to write outside the project: %1").arg(chosen);
        return plan;
    }
    if (!path.endsWith(QLatin1String(".md")))
        path = joined(path, fileNameFor(title, path));
    if (QFileInfo::exists(absolute(path))) {
        plan.error = tr("%1 already exists").arg(path);
        return plan;
    }
    plan.path = path;
    const QString folder = folderOf(path);
    if (!isBook()) {
        plan.text = nativeText(type, kind, title.trimmed(), &plan.templatePath);
        return plan;
    }
    plan.templatePath = bookTemplate(folder);
    if (!plan.templatePath.isEmpty()) {
        plan.text = bookText(plan.templatePath, title.trimmed());
    } else {
        // No page of the book to start from: the bundled template, whose front matter mdBook would print.
        QString bundled;
        plan.text = nativeText(type, kind, title.trimmed(), &bundled);
        plan.text = plan.text.mid(parseFrontMatter(plan.text).blockLength);
    }
    const QString content = m_snapshot->contentDir();
    if (path.startsWith(content + u'/')) {
        plan.summaryPath = content + QStringLiteral("/SUMMARY.md");
        plan.summaryBefore = readAll(absolute(plan.summaryPath));
        plan.summaryAfter = SummaryEditor(plan.summaryBefore).withEntry(path.mid(content.size() + 1), title.trimmed());
    }
    return plan;
}

} // namespace storyloom
