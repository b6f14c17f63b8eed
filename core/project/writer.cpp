// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/writer.h"

#include "parse/frontmatter.h"
#include "util/text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace storyloom {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("storyloom", text);
}

/** The reference written in front matter: the last part of the id when it is unambiguous enough. */
QString referenceFor(const Entity &entity)
{
    return entity.id;
}
} // namespace

Writer::Writer(Snapshot snapshot)
    : m_snapshot(std::move(snapshot))
{ }

QString Writer::absolute(const QString &relativePath) const
{
    return m_snapshot->rootPath() + u'/' + relativePath;
}

WriteResult Writer::writeFile(const QString &relativePath, const QByteArray &bytes) const
{
    return writeFile(m_snapshot->rootPath(), relativePath, bytes);
}

WriteResult Writer::writeFile(const QString &projectRoot, const QString &relativePath, const QByteArray &bytes)
{
    const QString clean = QDir::cleanPath(relativePath);
    if (clean.isEmpty() || clean.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(clean))
        return WriteResult::failure(tr("refusing to write outside the project: %1").arg(relativePath));
    const QString path = projectRoot + u'/' + clean;
    // Refuse to write through a symbolic link that leads out of the project.
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString root = QFileInfo(projectRoot).canonicalFilePath();
        if (!info.canonicalFilePath().startsWith(root + u'/'))
            return WriteResult::failure(tr("refusing to write through a link that leaves the project: %1").arg(clean));
    }
    QDir().mkpath(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return WriteResult::failure(tr("cannot write %1: %2").arg(clean, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return WriteResult::failure(tr("cannot write %1: %2").arg(clean, file.errorString()));
    return WriteResult::success(clean);
}

std::optional<QByteArray> Writer::readEntityFile(const Entity &entity) const
{
    if (!entity.ownFile)
        return std::nullopt;
    QFile file(absolute(entity.source.path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

WriteResult Writer::setFrontMatter(const QString &entityId, const QString &key, const QVariant &value) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity)
        return WriteResult::failure(tr("no entity '%1'").arg(entityId));
    if (m_snapshot->layout() == ProjectLayout::MdBook)
        return WriteResult::failure(
            tr("this mdBook has no front matter (mdBook would show it as text); edit the page's text instead"));
    const std::optional<QByteArray> bytes = readEntityFile(*entity);
    if (!bytes)
        return WriteResult::failure(tr("'%1' has no file of its own to write to").arg(entity->title));
    const FrontMatter fm = parseFrontMatter(*bytes);
    if (fm.error)
        return WriteResult::failure(
            tr("the front matter of %1 does not parse; fix it first (%2)").arg(entity->source.path, fm.error->message));
    const QByteArray updated = setFrontMatterValue(*bytes, key, value);
    if (updated == *bytes)
        return WriteResult::success(entity->source.path);
    return writeFile(entity->source.path, updated);
}

WriteResult Writer::removeFrontMatter(const QString &entityId, const QString &key) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity)
        return WriteResult::failure(tr("no entity '%1'").arg(entityId));
    const std::optional<QByteArray> bytes = readEntityFile(*entity);
    if (!bytes)
        return WriteResult::failure(tr("'%1' has no file of its own to write to").arg(entity->title));
    const QByteArray updated = removeFrontMatterKey(*bytes, key);
    if (updated == *bytes)
        return WriteResult::success(entity->source.path);
    return writeFile(entity->source.path, updated);
}

WriteResult Writer::setTitle(const QString &entityId, const QString &title) const
{
    return setFrontMatter(entityId, QStringLiteral("title"), title);
}

QString Writer::frontMatterKey(RelationKind kind, const Entity &from)
{
    switch (kind) {
    case RelationKind::Features:
        return QStringLiteral("characters");
    case RelationKind::Exposes:
    case RelationKind::Addresses:
        return QStringLiteral("pain_points");
    case RelationKind::Prioritises:
    case RelationKind::Hurts:
        return QStringLiteral("values");
    case RelationKind::Realises:
        return QStringLiteral("stories");
    case RelationKind::PartOf:
        return QStringLiteral("parent");
    case RelationKind::SetIn:
        return QStringLiteral("project");
    case RelationKind::Links:
        break;
    }
    Q_UNUSED(from)
    return {};
}

WriteResult Writer::addRelation(RelationKind kind, const QString &fromId, const QString &toId) const
{
    const Entity *from = m_snapshot->entity(fromId);
    const Entity *to = m_snapshot->entity(toId);
    if (!from || !to)
        return WriteResult::failure(tr("no entity '%1'").arg(from ? toId : fromId));
    const QString key = frontMatterKey(kind, *from);
    if (key.isEmpty())
        return WriteResult::failure(
            tr("a '%1' relation is written as a Markdown link, not front matter").arg(toString(kind)));
    if (kind == RelationKind::PartOf || kind == RelationKind::SetIn)
        return setFrontMatter(fromId, key, referenceFor(*to));
    const std::optional<QByteArray> bytes = readEntityFile(*from);
    if (!bytes)
        return WriteResult::failure(tr("'%1' has no file of its own to write to").arg(from->title));
    QStringList list = parseFrontMatter(*bytes).list(key);
    if (list.contains(referenceFor(*to)))
        return WriteResult::success(from->source.path);
    list.append(referenceFor(*to));
    return setFrontMatter(fromId, key, list);
}

WriteResult Writer::removeRelation(RelationKind kind, const QString &fromId, const QString &toId) const
{
    const Entity *from = m_snapshot->entity(fromId);
    const Entity *to = m_snapshot->entity(toId);
    if (!from || !to)
        return WriteResult::failure(tr("no entity '%1'").arg(from ? toId : fromId));
    const QString key = frontMatterKey(kind, *from);
    if (key.isEmpty())
        return WriteResult::failure(
            tr("a '%1' relation is written as a Markdown link, not front matter").arg(toString(kind)));
    if (kind == RelationKind::PartOf || kind == RelationKind::SetIn)
        return removeFrontMatter(fromId, key);
    const std::optional<QByteArray> bytes = readEntityFile(*from);
    if (!bytes)
        return WriteResult::failure(tr("'%1' has no file of its own to write to").arg(from->title));
    QStringList list = parseFrontMatter(*bytes).list(key);
    // The reference may be written as the id, the short id or the title.
    list.removeIf([to](const QString &reference) {
        return reference == to->id || reference == to->id.section(u'/', -1)
            || reference.compare(to->title, Qt::CaseInsensitive) == 0;
    });
    return list.isEmpty() ? removeFrontMatter(fromId, key) : setFrontMatter(fromId, key, list);
}

WriteResult Writer::createEntity(EntityType type, StoryKind kind, const QString &title, const QString &folder) const
{
    if (title.trimmed().isEmpty())
        return WriteResult::failure(tr("a new entity needs a title"));
    QString stem = slugify(title).replace(u'/', u'-');
    QString relative = QDir::cleanPath(folder + u'/' + stem + QStringLiteral(".md"));
    for (int n = 2; QFileInfo::exists(absolute(relative)); ++n)
        relative = QDir::cleanPath(folder + u'/' + stem + u'-' + QString::number(n) + QStringLiteral(".md"));

    const QString typeName = type == EntityType::Story ? toString(kind) + QStringLiteral("-story") : toString(type);
    QByteArray text;
    const QStringList candidates = { absolute(QStringLiteral("templates/") + typeName + QStringLiteral(".md")),
        QString(QStringLiteral(":/storyloom/templates/") + typeName + QStringLiteral(".md")),
        absolute(QStringLiteral("templates/") + toString(type) + QStringLiteral(".md")),
        QString(QStringLiteral(":/storyloom/templates/") + toString(type) + QStringLiteral(".md")) };
    for (const QString &candidate : candidates) {
        QFile file(candidate);
        if (file.open(QIODevice::ReadOnly)) {
            text = file.readAll();
            break;
        }
    }
    if (text.isEmpty())
        text = "# " + title.toUtf8() + "\n";
    text.replace("{{title}}", title.toUtf8());
    if (m_snapshot->layout() == ProjectLayout::MdBook) {
        // mdBook prints front matter as text: templates lose theirs here.
        text = text.mid(parseFrontMatter(text).blockLength);
    } else {
        text = setFrontMatterValue(text, QStringLiteral("type"), toString(type));
        if (type == EntityType::Story)
            text = setFrontMatterValue(text, QStringLiteral("kind"), toString(kind));
        text = setFrontMatterValue(text, QStringLiteral("title"), title);
    }
    WriteResult result = writeFile(relative, text);
    if (result.ok && m_snapshot->layout() == ProjectLayout::MdBook) {
        const WriteResult summary = editSummary({}, relative, title);
        if (!summary.ok)
            return summary;
    }
    return result;
}

WriteResult Writer::move(const QString &entityId, const QString &newPath) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity || !entity->ownFile)
        return WriteResult::failure(tr("no file to move for '%1'").arg(entityId));
    const QString clean = QDir::cleanPath(newPath);
    if (clean.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(clean))
        return WriteResult::failure(tr("refusing to move outside the project: %1").arg(newPath));
    if (QFileInfo::exists(absolute(clean)))
        return WriteResult::failure(tr("%1 already exists").arg(clean));
    QDir().mkpath(QFileInfo(absolute(clean)).absolutePath());
    if (!QFile::rename(absolute(entity->source.path), absolute(clean)))
        return WriteResult::failure(tr("cannot move %1 to %2").arg(entity->source.path, clean));
    if (m_snapshot->layout() == ProjectLayout::MdBook) {
        const WriteResult summary = editSummary(entity->source.path, clean, entity->title);
        if (!summary.ok)
            return summary;
    }
    return WriteResult::success(clean);
}

WriteResult Writer::moveToTrash(const QString &entityId) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity || !entity->ownFile)
        return WriteResult::failure(tr("no file to delete for '%1'").arg(entityId));
    QFile file(absolute(entity->source.path));
    if (!file.moveToTrash()) {
        // No desktop trash on this file system (a container, a network mount): keep the file in
        // Storyloom's own trash in the user's data folder instead of deleting it.
        const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/trash/")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'/'
            + entity->source.path;
        QDir().mkpath(QFileInfo(fallback).path());
        if (!QFile::rename(absolute(entity->source.path), fallback)
            && !(QFile::copy(absolute(entity->source.path), fallback) && QFile::remove(absolute(entity->source.path))))
            return WriteResult::failure(tr("cannot move %1 to the trash").arg(entity->source.path));
    }
    if (m_snapshot->layout() == ProjectLayout::MdBook) {
        const WriteResult summary = editSummary(entity->source.path, {}, entity->title);
        if (!summary.ok)
            return summary;
    }
    return WriteResult::success(entity->source.path);
}

WriteResult Writer::editSummary(const QString &oldPath, const QString &newPath, const QString &title) const
{
    const QString summaryPath = m_snapshot->contentDir() + QStringLiteral("/SUMMARY.md");
    QFile file(absolute(summaryPath));
    if (!file.open(QIODevice::ReadOnly))
        return WriteResult::failure(tr("cannot read %1").arg(summaryPath));
    QByteArrayList lines = file.readAll().split('\n');
    file.close();
    const QString base = m_snapshot->contentDir() + u'/';
    auto linkTarget = [&](const QString &path) { return QByteArray("./" + path.mid(base.size()).toUtf8()); };

    if (!oldPath.isEmpty()) {
        const QByteArray oldTarget = QByteArray("(" + linkTarget(oldPath) + ")");
        const QByteArray oldTargetBare = QByteArray("(" + oldPath.mid(base.size()).toUtf8() + ")");
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].contains(oldTarget) && !lines[i].contains(oldTargetBare))
                continue;
            if (newPath.isEmpty()) {
                lines.removeAt(i);
            } else {
                const QByteArray newTarget = QByteArray("(" + linkTarget(newPath) + ")");
                lines[i].replace(oldTarget, newTarget);
                lines[i].replace(oldTargetBare, newTarget);
            }
            break;
        }
    } else if (!newPath.isEmpty()) {
        // List the page after the last sibling from the same folder, at its indentation; else at the end.
        const QByteArray folder = linkTarget(QFileInfo(newPath).path() + QStringLiteral("/x")).chopped(1);
        qsizetype after = -1;
        QByteArray indent;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qsizetype open = lines[i].indexOf(QByteArray("](" + folder));
            if (open >= 0 && !lines[i].mid(open + 2 + folder.size()).contains('/')) {
                after = i;
                indent = lines[i].left(lines[i].indexOf('-'));
            }
        }
        QByteArray escapedTitle = title.toUtf8();
        escapedTitle.replace('[', "\\[").replace(']', "\\]");
        const QByteArray entry = indent + "- [" + escapedTitle + "](" + linkTarget(newPath) + ")";
        if (after >= 0) {
            lines.insert(after + 1, entry);
        } else {
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            lines.append(entry);
            lines.append(QByteArray());
        }
    }
    return writeFile(summaryPath, lines.join('\n'));
}

} // namespace storyloom
