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
    return planCreate(plan).apply();
}

ProjectEdit Writer::planCreate(const PagePlan &plan) const
{
    if (!plan.isValid())
        return ProjectEdit::failure(plan.error.isEmpty() ? tr("nothing to write") : plan.error);
    if (const std::optional<QString> refused = refusal(m_snapshot->rootPath(), plan.path))
        return ProjectEdit::failure(*refused);
    if (QFileInfo::exists(absolute(plan.path)))
        return ProjectEdit::failure(tr("%1 already exists").arg(plan.path));
    ProjectEdit edit(m_snapshot->rootPath(), tr("New page"));
    edit.create(plan.path, plan.text);
    edit.setPage(QDir::cleanPath(plan.path));
    if (!plan.summaryPath.isEmpty()) {
        const std::optional<QByteArray> now = edit.bytesAfter(plan.summaryPath);
        if (now.value_or(QByteArray()) != plan.summaryBefore)
            return ProjectEdit::failure(tr("%1 changed since the page was planned; try again").arg(plan.summaryPath));
        if (plan.summaryAfter != plan.summaryBefore && !edit.setBytes(plan.summaryPath, plan.summaryAfter))
            return ProjectEdit::failure(tr("cannot read %1").arg(plan.summaryPath));
    }
    return edit;
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

QString Writer::summaryPath() const
{
    return m_snapshot->format() == ProjectFormat::MdBook ? m_snapshot->contentDir() + QStringLiteral("/SUMMARY.md")
                                                         : QString();
}

WriteResult Writer::move(const QString &entityId, const QString &newPath) const
{
    return planMove(entityId, newPath).apply();
}

ProjectEdit Writer::planMove(const QString &entityId, const QString &newPath) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity || !entity->ownFile)
        return ProjectEdit::failure(tr("no file to move for '%1'").arg(entityId));
    ProjectEdit edit(m_snapshot->rootPath(), tr("Move page"));
    addMove(edit, *entity, newPath);
    return edit;
}

bool Writer::addMove(ProjectEdit &edit, const Entity &entity, const QString &newPath) const
{
    const QString oldPath = entity.source.path;
    const QString clean = QDir::cleanPath(newPath);
    auto fail = [&edit](const QString &message) {
        edit = ProjectEdit::failure(message);
        return false;
    };
    if (clean.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(clean))
        return fail(tr("refusing to move outside the project: %1").arg(newPath));
    edit.setPage(clean);
    if (clean == oldPath)
        return true;
    for (const QString &changed : { oldPath, clean }) {
        if (const std::optional<QString> refused = refusal(m_snapshot->rootPath(), changed)) {
            qCWarning(lcProject).noquote() << *refused;
            return fail(*refused);
        }
    }
    if (QFileInfo::exists(absolute(clean)))
        return fail(tr("%1 already exists").arg(clean));
    // Every edit is worked out before anything moves: a file that cannot be read stops the move whole.
    const QStringList files = markdownFiles();
    if (!edit.move(oldPath, clean))
        return fail(tr("cannot read %1").arg(oldPath));
    for (const QString &file : files) {
        const QString at = file == oldPath ? clean : file;
        const std::optional<QByteArray> bytes = edit.bytesAfter(at);
        if (!bytes)
            return fail(tr("cannot read %1").arg(file));
        const QByteArray updated = file == oldPath ? LinkRewriter::rebase(*bytes, oldPath, clean)
                                                   : LinkRewriter::retarget(*bytes, file, oldPath, clean);
        if (updated != *bytes && !edit.setBytes(at, updated))
            return fail(tr("cannot read %1").arg(file));
    }
    // In a book the chapter goes where the new folder's chapters are, so the book's order follows the
    // folders. A chapter with chapters nested under it keeps its place: moving its line would re-nest them.
    const QString summary = summaryPath();
    const QString content = m_snapshot->contentDir() + u'/';
    if (!summary.isEmpty() && folderOf(oldPath) != folderOf(clean) && clean.startsWith(content)) {
        const std::optional<QByteArray> bytes = edit.bytesAfter(summary);
        const QString page = clean.mid(content.size());
        const SummaryEditor editor(bytes.value_or(QByteArray()));
        if (bytes && editor.lists(page) && !editor.hasChildren(page)) {
            QString title;
            for (const SummaryEntry &entry : editor.entries()) {
                if (entry.path == page)
                    title = entry.title;
            }
            edit.setBytes(summary, SummaryEditor(editor.withoutEntry(page)).withEntry(page, title));
        }
    }
    return true;
}

WriteResult Writer::rename(const QString &entityId, const QString &title) const
{
    return planRename(entityId, title).apply();
}

ProjectEdit Writer::planRename(const QString &entityId, const QString &title) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    const QString newTitle = title.simplified();
    if (!entity || !entity->ownFile)
        return ProjectEdit::failure(tr("no file to rename for '%1'").arg(entityId));
    if (newTitle.isEmpty())
        return ProjectEdit::failure(tr("a page needs a title"));
    const QString path = entity->source.path;
    ProjectEdit edit(m_snapshot->rootPath(), tr("Rename page"));
    edit.setPage(path);
    const std::optional<QByteArray> bytes = edit.bytesAfter(path);
    if (!bytes)
        return ProjectEdit::failure(tr("cannot read %1").arg(path));
    QByteArray updated = *bytes;
    if (m_snapshot->format() == ProjectFormat::MdBook) {
        const QString summary = summaryPath();
        const QByteArray before = edit.bytesAfter(summary).value_or(QByteArray());
        const QByteArray retitled
            = SummaryEditor(before).withTitle(path.mid(m_snapshot->contentDir().size() + 1), newTitle);
        if (retitled != before && !edit.setBytes(summary, retitled))
            return ProjectEdit::failure(tr("cannot read %1").arg(summary));
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
    if (updated != *bytes && !edit.setBytes(path, updated))
        return ProjectEdit::failure(tr("cannot read %1").arg(path));
    const PagePlanner planner(m_snapshot);
    const QString folder = QFileInfo(path).path() == QLatin1String(".") ? QString() : QFileInfo(path).path();
    const QString wanted = PagePlanner::fileStem(newTitle, planner.namingStyle(folder)) + QStringLiteral(".md");
    if (QFileInfo(path).fileName() != wanted) {
        const QString name = planner.fileNameFor(newTitle, folder);
        addMove(edit, *entity, folder.isEmpty() ? name : folder + u'/' + name);
    }
    return edit;
}

WriteResult Writer::moveToTrash(const QString &entityId) const
{
    return planTrash(entityId).apply();
}

ProjectEdit Writer::planTrash(const QString &entityId, BrokenLinks links) const
{
    const Entity *entity = m_snapshot->entity(entityId);
    if (!entity || !entity->ownFile)
        return ProjectEdit::failure(tr("no file to delete for '%1'").arg(entityId));
    const QString path = entity->source.path;
    if (const std::optional<QString> refused = refusal(m_snapshot->rootPath(), path)) {
        qCWarning(lcProject).noquote() << *refused;
        return ProjectEdit::failure(*refused);
    }
    ProjectEdit edit(m_snapshot->rootPath(), tr("Move page to trash"));
    edit.setPage(path);
    const QString summary = summaryPath();
    if (!summary.isEmpty()) {
        const QString page = path.mid(m_snapshot->contentDir().size() + 1);
        const QByteArray before = edit.bytesAfter(summary).value_or(QByteArray());
        const SummaryEditor editor(before);
        if (editor.hasChildren(page))
            return ProjectEdit::failure(
                tr("%1 has chapters nested under it in SUMMARY.md; move or delete them first").arg(path));
        const QByteArray without = editor.withoutEntry(page);
        if (without != before && !edit.setBytes(summary, without))
            return ProjectEdit::failure(tr("cannot read %1").arg(summary));
    }
    if (links == BrokenLinks::Unlink) {
        for (const QString &file : pagesLinkingTo(path)) {
            const std::optional<QByteArray> bytes = edit.bytesAfter(file);
            if (!bytes || !edit.setBytes(file, LinkRewriter::unlink(*bytes, file, path)))
                return ProjectEdit::failure(tr("cannot read %1").arg(file));
        }
    }
    if (!edit.trash(path))
        return ProjectEdit::failure(tr("cannot read %1").arg(path));
    return edit;
}

WriteResult Writer::moveFile(const QString &root, const QString &from, const QString &to)
{
    for (const QString &changed : { from, to }) {
        if (const std::optional<QString> refused = refusal(root, changed))
            return failed(*refused);
    }
    const QString source = root + u'/' + QDir::cleanPath(from);
    const QString target = root + u'/' + QDir::cleanPath(to);
    if (QFileInfo::exists(target))
        return failed(tr("%1 already exists").arg(to));
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (!QFile::rename(source, target))
        return failed(tr("cannot move %1 to %2").arg(from, to));
    return WriteResult::success(QDir::cleanPath(to));
}

WriteResult Writer::removeFile(const QString &root, const QString &relativePath)
{
    if (const std::optional<QString> refused = refusal(root, relativePath))
        return failed(*refused);
    QFile file(root + u'/' + QDir::cleanPath(relativePath));
    if (!file.remove())
        return failed(tr("cannot remove %1: %2").arg(relativePath, file.errorString()));
    return WriteResult::success(QDir::cleanPath(relativePath));
}

WriteResult Writer::trashFile(const QString &root, const QString &relativePath, QString *trashedAt)
{
    if (const std::optional<QString> refused = refusal(root, relativePath))
        return failed(*refused);
    const QString path = QDir::cleanPath(relativePath);
    const QString absolutePath = root + u'/' + path;
    QFile file(absolutePath);
    if (file.moveToTrash()) {
        if (trashedAt)
            *trashedAt = file.fileName();
        return WriteResult::success(path);
    }
    // No desktop trash on this file system (a container, a network mount): keep the file in
    // Storyloom's own trash in the user's data folder instead of deleting it.
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/trash/") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + u'/' + path;
    QDir().mkpath(QFileInfo(fallback).path());
    if (!QFile::rename(absolutePath, fallback) && !(QFile::copy(absolutePath, fallback) && QFile::remove(absolutePath)))
        return failed(tr("cannot move %1 to the trash").arg(path));
    if (trashedAt)
        *trashedAt = fallback;
    return WriteResult::success(path);
}

} // namespace storyloom
