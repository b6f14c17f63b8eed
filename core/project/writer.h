// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/project/projectedit.h"

#include <QCoreApplication>
#include <QVariant>

namespace storyloom {

struct PagePlan;

/** What trashing a page does to the links other pages have to it. */
enum class BrokenLinks {
    Keep, ///< the links stay (check reports them)
    Unlink ///< each link becomes its text: `[Grace](grace.md)` reads `Grace`
};

/** What a write did: the file it touched (relative to the root), or why it did nothing. */
struct WriteResult
{
    bool ok = false;
    QString path;
    QString error;

    [[nodiscard]] static WriteResult failure(QString message) { return { false, {}, std::move(message) }; }
    [[nodiscard]] static WriteResult success(QString path) { return { true, std::move(path), {} }; }
};

/**
 * The one way Storyloom changes content files. Every write is atomic
 * (QSaveFile: the old file stays whole until the new one is complete), edits
 * front matter in place so untouched bytes stay as they were, and never
 * writes outside the project. After a write the caller reloads the project
 * (the same path as an external change).
 */
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::Writer)

public:
    explicit Writer(Snapshot snapshot);

    /** Sets one front-matter key of an entity's file (creating the block when missing). */
    [[nodiscard]] WriteResult setFrontMatter(const QString &entityId, const QString &key, const QVariant &value) const;
    /** Removes one front-matter key; nothing happens when it is absent. */
    [[nodiscard]] WriteResult removeFrontMatter(const QString &entityId, const QString &key) const;
    [[nodiscard]] WriteResult setTitle(const QString &entityId, const QString &title) const;
    /**
     * Adds a relation as front matter on the entity that owns it (`characters:` on a story for
     * `features`, `pain_points:` for `exposes`/`addresses`, `values:`, `goals:`, `parent:`, `project:`).
     */
    [[nodiscard]] WriteResult addRelation(RelationKind kind, const QString &fromId, const QString &toId) const;
    [[nodiscard]] WriteResult removeRelation(RelationKind kind, const QString &fromId, const QString &toId) const;

    /**
     * Writes a new entity file the way PagePlanner plans it in `folder` (relative to the root; the file name
     * comes from the title): from the project's template, listed in SUMMARY.md in an mdBook.
     */
    [[nodiscard]] WriteResult createEntity(
        EntityType type, StoryKind kind, const QString &title, const QString &folder) const;
    /**
     * Writes a planned page and, in an mdBook, its SUMMARY.md entry. Refuses when the file exists or
     * SUMMARY.md changed since the plan was made.
     */
    [[nodiscard]] WriteResult createPage(const PagePlan &plan) const;
    /**
     * Moves an entity's file to `newPath` (relative to the root): links to it in every other page and
     * SUMMARY.md follow, and its own relative links still reach what they reached.
     */
    [[nodiscard]] WriteResult move(const QString &entityId, const QString &newPath) const;
    /**
     * Renames a page: a new title (SUMMARY.md's chapter title in an mdBook, front matter where the title
     * is written there, and the first heading where it spells the old title) and the file name that
     * title gets in its folder, with every link following.
     */
    [[nodiscard]] WriteResult rename(const QString &entityId, const QString &title) const;
    /**
     * Moves an entity's file to the desktop trash (never deletes outright); its SUMMARY.md entry goes too.
     * Refuses a chapter with chapters nested under it. Links to it are left (check reports them).
     */
    [[nodiscard]] WriteResult moveToTrash(const QString &entityId) const;
    /**
     * The same operations as one ProjectEdit each, worked out before anything is written and
     * applied (and undone) as one step: what the GUI's undo holds. The functions above apply them.
     */
    [[nodiscard]] ProjectEdit planCreate(const PagePlan &plan) const;
    [[nodiscard]] ProjectEdit planMove(const QString &entityId, const QString &newPath) const;
    [[nodiscard]] ProjectEdit planRename(const QString &entityId, const QString &title) const;
    [[nodiscard]] ProjectEdit planTrash(const QString &entityId, BrokenLinks links = BrokenLinks::Keep) const;
    /** The pages (paths relative to the root) whose links reach the file at `path`, SUMMARY.md left out. */
    [[nodiscard]] QStringList pagesLinkingTo(const QString &path) const;

    /** Writes bytes atomically to a path relative to the root, refusing paths that leave the project. */
    [[nodiscard]] WriteResult writeFile(const QString &relativePath, const QByteArray &bytes) const;
    /**
     * The same under any project folder `root`, for writers that hold no snapshot (the editor's
     * buffers): one atomic write path for the whole application.
     */
    [[nodiscard]] static WriteResult writeFile(
        const QString &root, const QString &relativePath, const QByteArray &bytes);
    /**
     * Names the project the application has open (Project::open does). While one is named, every
     * write must land inside it, links and `..` resolved: an undo stack or a timer left over from
     * the previous project cannot write into that one. Empty (the command line) leaves each write
     * to its own root.
     */
    static void setOpenProjectRoot(const QString &root);
    /** Moves a file within the project at `root` (folders made as needed), refusing paths that leave it. */
    [[nodiscard]] static WriteResult moveFile(const QString &root, const QString &from, const QString &to);
    /** Removes a file of the project at `root` for good (undoing its creation), refusing paths that leave it. */
    [[nodiscard]] static WriteResult removeFile(const QString &root, const QString &relativePath);
    /**
     * Moves a file of the project at `root` to the desktop trash, else to Storyloom's own trash in
     * the user's data folder; `trashedAt` gets where it is kept.
     */
    [[nodiscard]] static WriteResult trashFile(const QString &root, const QString &relativePath, QString *trashedAt);
    [[nodiscard]] static QString openProjectRoot();
    /** The front-matter key a relation kind is written under on its owner, empty when it has none. */
    [[nodiscard]] static QString frontMatterKey(RelationKind kind, const Entity &from);

private:
    [[nodiscard]] std::optional<QByteArray> readEntityFile(const Entity &entity) const;
    [[nodiscard]] QString absolute(const QString &relativePath) const;
    /** The Markdown files of the project's content (relative to the root), SUMMARY.md among them. */
    [[nodiscard]] QStringList markdownFiles() const;
    /** Adds moving the entity's file to `newPath`, with every link following, to `edit`; false on failure. */
    bool addMove(ProjectEdit &edit, const Entity &entity, const QString &newPath) const;
    [[nodiscard]] QString summaryPath() const;

    Snapshot m_snapshot;
};

} // namespace storyloom
