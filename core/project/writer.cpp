// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/writer.h"

#include "core/parse/frontmatter.h"
#include "core/parse/parseddocument.h"
#include "core/project/linkrewriter.h"
#include "core/project/pageplanner.h"
#include "core/project/summaryeditor.h"
#include "core/util/logging.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

namespace storyloom {

namespace {
struct OpenProject
{
    QMutex mutex;
    QString root; ///< resolved; empty when no project is open
};

OpenProject &openProject()
{
    static OpenProject open;
    return open;
}

/** `path` with links and `..` resolved, also when its last parts do not exist yet; empty when unknowable. */
QString resolvedPath(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    while (!QFileInfo::exists(existing)) {
        // A link to nowhere: where a write through it would land is not known.
        if (QFileInfo(existing).isSymLink())
            return {};
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash <= 0)
            return {};
        missing.prepend(existing.mid(slash + 1));
        existing = existing.left(slash);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty() || missing.isEmpty())
        return canonical;
    return canonical + u'/' + missing.join(u'/');
}

[[nodiscard]] bool isInside(const QString &path, const QString &folder)
{
    return !path.isEmpty() && !folder.isEmpty() && path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

/** Why `relativePath` under `root` must not be changed, or nothing when it may. */
std::optional<QString> refusal(const QString &root, const QString &relativePath)
{
    const QString clean = QDir::cleanPath(relativePath);
    if (clean.isEmpty() || clean == QLatin1String(".") || clean == QLatin1String("..")
        || clean.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(clean))
        return Writer::tr("refusing to write outside the project: %1").arg(QDir::toNativeSeparators(relativePath));
    const QString path = QFileInfo(root + u'/' + clean).absoluteFilePath();
    // Where the bytes would really land: through links, in the folder they lead to.
    const QString target = resolvedPath(path);
    if (!isInside(target, resolvedPath(root)))
        return Writer::tr("refusing to write through a link that leaves the project: %1")
            .arg(QDir::toNativeSeparators(path));
    if (const QString open = Writer::openProjectRoot(); !open.isEmpty() && !isInside(target, open))
        return Writer::tr("refusing to write %1: it is not in the open project %2")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(open));
    return std::nullopt;
}

WriteResult failed(const QString &message)
{
    qCWarning(lcProject).noquote() << message;
    return WriteResult::failure(message);
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
    if (const std::optional<QString> refused = refusal(projectRoot, relativePath))
        return failed(*refused);
    const QString clean = QDir::cleanPath(relativePath);
    const QString path = projectRoot + u'/' + clean;
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("cannot write %1: %2").arg(clean, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed(tr("cannot write %1: %2").arg(clean, file.errorString()));
    return WriteResult::success(clean);
}

void Writer::setOpenProjectRoot(const QString &root)
{
    const QString resolved = root.isEmpty() ? QString() : resolvedPath(root);
    OpenProject &open = openProject();
    const QMutexLocker locker(&open.mutex);
    open.root = resolved;
}

QString Writer::openProjectRoot()
{
    OpenProject &open = openProject();
    const QMutexLocker locker(&open.mutex);
    return open.root;
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
    if (m_snapshot->format() == ProjectFormat::MdBook)
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
    case RelationKind::Retells:
        return QStringLiteral("stories");
    case RelationKind::Mentions: // a link in the text, not front matter
    case RelationKind::HitBy:
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
    return createPage(PagePlanner(m_snapshot).planAt(type, kind, title, folder));
}

WriteResult Writer::createPage(const PagePlan &plan) const
{
    if (!plan.isValid())
        return WriteResult::failure(plan.error.isEmpty() ? tr("nothing to write") : plan.error);
    if (QFileInfo::exists(absolute(plan.path)))
        return WriteResult::failure(tr("%1 already exists").arg(plan.path));
    if (!plan.summaryPath.isEmpty()) {
        QFile summary(absolute(plan.summaryPath));
        const QByteArray now = summary.open(QIODevice::ReadOnly) ? summary.readAll() : QByteArray();
        if (now != plan.summaryBefore)
            return WriteResult::failure(tr("%1 changed since the page was planned; try again").arg(plan.summaryPath));
    }
    WriteResult result = writeFile(plan.path, plan.text);
    if (result.ok && !plan.summaryPath.isEmpty() && plan.summaryAfter != plan.summaryBefore) {
        const WriteResult summary = writeFile(plan.summaryPath, plan.summaryAfter);
        if (!summary.ok)
            return summary;
    }
    return result;
}

QStringList Writer::markdownFiles() const
{
    const QString content = m_snapshot->contentDir();
    const QString folder = content.isEmpty() ? m_snapshot->rootPath() : absolute(content);
    const QDir root(m_snapshot->rootPath());
    QStringList files;
    // Hidden folders (.git) hold no pages; links are not followed out of the project.
    QDirIterator it(folder, { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!relative.startsWith(QLatin1String("../")) && !relative.startsWith(u'.')
            && !relative.contains(QLatin1String("/.")))
            files.append(relative);
    }
    files.sort();
    return files;
}

QStringList Writer::pagesLinkingTo(const QString &path) const
{
    const QString summaryPath = m_snapshot->format() == ProjectFormat::MdBook
        ? m_snapshot->contentDir() + QStringLiteral("/SUMMARY.md")
        : QString();
    QStringList pages;
    for (const QString &file : markdownFiles()) {
        if (file == path || file == summaryPath)
            continue;
        QFile in(absolute(file));
        if (in.open(QIODevice::ReadOnly) && LinkRewriter::linksTo(in.readAll(), file, path))
            pages.append(file);
    }
    return pages;
}

WriteResult Writer::move(const QString &entityId, const QString &newPath) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity || !entity->ownFile)
        return WriteResult::failure(tr("no file to move for '%1'").arg(entityId));
    const QString oldPath = entity->source.path;
    const QString clean = QDir::cleanPath(newPath);
    if (clean.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(clean))
        return WriteResult::failure(tr("refusing to move outside the project: %1").arg(newPath));
    if (clean == oldPath)
        return WriteResult::success(clean);
    for (const QString &changed : { oldPath, clean }) {
        if (const std::optional<QString> refused = refusal(m_snapshot->rootPath(), changed))
            return failed(*refused);
    }
    if (QFileInfo::exists(absolute(clean)))
        return WriteResult::failure(tr("%1 already exists").arg(clean));
    // Every edit is worked out before anything moves: a file that cannot be read stops the move whole.
    QList<std::pair<QString, QByteArray>> edits;
    for (const QString &file : markdownFiles()) {
        QFile in(absolute(file));
        if (!in.open(QIODevice::ReadOnly))
            return WriteResult::failure(tr("cannot read %1").arg(file));
        const QByteArray bytes = in.readAll();
        const QByteArray updated = file == oldPath ? LinkRewriter::rebase(bytes, oldPath, clean)
                                                   : LinkRewriter::retarget(bytes, file, oldPath, clean);
        if (updated != bytes)
            edits.append({ file == oldPath ? clean : file, updated });
    }
    QDir().mkpath(QFileInfo(absolute(clean)).absolutePath());
    if (!QFile::rename(absolute(oldPath), absolute(clean)))
        return WriteResult::failure(tr("cannot move %1 to %2").arg(oldPath, clean));
    for (const auto &[file, bytes] : edits) {
        const WriteResult written = writeFile(file, bytes);
        if (!written.ok)
            return written;
    }
    return WriteResult::success(clean);
}

WriteResult Writer::rename(const QString &entityId, const QString &title) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    const QString newTitle = title.simplified();
    if (!entity || !entity->ownFile)
        return WriteResult::failure(tr("no file to rename for '%1'").arg(entityId));
    if (newTitle.isEmpty())
        return WriteResult::failure(tr("a page needs a title"));
    const QString path = entity->source.path;
    const std::optional<QByteArray> bytes = readEntityFile(*entity);
    if (!bytes)
        return WriteResult::failure(tr("cannot read %1").arg(path));
    QByteArray updated = *bytes;
    if (m_snapshot->format() == ProjectFormat::MdBook) {
        const QString summaryPath = m_snapshot->contentDir() + QStringLiteral("/SUMMARY.md");
        QFile in(absolute(summaryPath));
        const QByteArray summary = in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        const QByteArray retitled
            = SummaryEditor(summary).withTitle(path.mid(m_snapshot->contentDir().size() + 1), newTitle);
        if (retitled != summary) {
            const WriteResult written = writeFile(summaryPath, retitled);
            if (!written.ok)
                return written;
        }
    } else if (parseFrontMatter(updated).values.contains(QStringLiteral("title"))) {
        updated = setFrontMatterValue(updated, QStringLiteral("title"), newTitle);
    }
    // The first heading, where it spells the old title ("# 😱 Status quo stories: Alan builds a cache").
    const ParsedDocument document = parseDocument(updated, path);
    if (document.firstHeadingLine > 0 && document.firstHeading.contains(entity->title, Qt::CaseInsensitive)) {
        qsizetype start = 0;
        for (int line = 1; line < document.firstHeadingLine; ++line) {
            const qsizetype next = updated.indexOf('\n', start);
            if (next < 0)
                break;
            start = next + 1;
        }
        const qsizetype end = updated.indexOf('\n', start);
        const qsizetype length = (end < 0 ? updated.size() : end) - start;
        QString line = QString::fromUtf8(updated.mid(start, length));
        if (const qsizetype at = line.indexOf(entity->title, 0, Qt::CaseInsensitive); at >= 0) {
            line.replace(at, entity->title.size(), newTitle);
            updated.replace(start, length, line.toUtf8());
        }
    }
    if (updated != *bytes) {
        const WriteResult written = writeFile(path, updated);
        if (!written.ok)
            return written;
    }
    const PagePlanner planner(m_snapshot);
    const QString folder = QFileInfo(path).path() == QLatin1String(".") ? QString() : QFileInfo(path).path();
    const QString wanted = PagePlanner::fileStem(newTitle, planner.namingStyle(folder)) + QStringLiteral(".md");
    if (QFileInfo(path).fileName() == wanted)
        return WriteResult::success(path);
    const QString name = planner.fileNameFor(newTitle, folder);
    return move(entityId, folder.isEmpty() ? name : folder + u'/' + name);
}

WriteResult Writer::moveToTrash(const QString &entityId) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity || !entity->ownFile)
        return WriteResult::failure(tr("no file to delete for '%1'").arg(entityId));
    if (const std::optional<QString> refused = refusal(m_snapshot->rootPath(), entity->source.path))
        return failed(*refused);
    const QString path = entity->source.path;
    const QString summaryPath = m_snapshot->contentDir() + QStringLiteral("/SUMMARY.md");
    const QString page = path.mid(m_snapshot->contentDir().size() + 1);
    QByteArray summary;
    if (m_snapshot->format() == ProjectFormat::MdBook) {
        QFile in(absolute(summaryPath));
        summary = in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        if (SummaryEditor(summary).hasChildren(page))
            return WriteResult::failure(
                tr("%1 has chapters nested under it in SUMMARY.md; move or delete them first").arg(path));
    }
    QFile file(absolute(path));
    if (!file.moveToTrash()) {
        // No desktop trash on this file system (a container, a network mount): keep the file in
        // Storyloom's own trash in the user's data folder instead of deleting it.
        const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/trash/")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'/' + path;
        QDir().mkpath(QFileInfo(fallback).path());
        if (!QFile::rename(absolute(path), fallback)
            && !(QFile::copy(absolute(path), fallback) && QFile::remove(absolute(path))))
            return WriteResult::failure(tr("cannot move %1 to the trash").arg(path));
    }
    if (m_snapshot->format() == ProjectFormat::MdBook) {
        const QByteArray without = SummaryEditor(summary).withoutEntry(page);
        if (without != summary) {
            const WriteResult written = writeFile(summaryPath, without);
            if (!written.ok)
                return written;
        }
    }
    return WriteResult::success(path);
}

} // namespace storyloom
