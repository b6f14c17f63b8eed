// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storygraph.h"

#include <QVariant>

namespace storyloom {

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
     * Writes a new entity file from a template (the project's `templates/TYPE.md`, else the
     * bundled one) with its front matter filled in; for an mdBook, also lists it in SUMMARY.md.
     * `folder` is relative to the root; the file name comes from the title.
     */
    [[nodiscard]] WriteResult createEntity(
        EntityType type, StoryKind kind, const QString &title, const QString &folder) const;
    /** Moves an entity's file to `newPath` (relative to the root); SUMMARY.md follows in an mdBook. */
    [[nodiscard]] WriteResult move(const QString &entityId, const QString &newPath) const;
    /** Moves an entity's file to the desktop trash (never deletes outright); SUMMARY.md follows in an mdBook. */
    [[nodiscard]] WriteResult moveToTrash(const QString &entityId) const;

    /** Writes bytes atomically to a path relative to the root, refusing paths that leave the project. */
    [[nodiscard]] WriteResult writeFile(const QString &relativePath, const QByteArray &bytes) const;
    /**
     * The same under any project folder `root`, for writers that hold no snapshot (the editor's
     * buffers): one atomic write path for the whole application.
     */
    [[nodiscard]] static WriteResult writeFile(
        const QString &root, const QString &relativePath, const QByteArray &bytes);
    /** The front-matter key a relation kind is written under on its owner, empty when it has none. */
    [[nodiscard]] static QString frontMatterKey(RelationKind kind, const Entity &from);

private:
    [[nodiscard]] std::optional<QByteArray> readEntityFile(const Entity &entity) const;
    [[nodiscard]] QString absolute(const QString &relativePath) const;
    [[nodiscard]] WriteResult editSummary(const QString &oldPath, const QString &newPath, const QString &title) const;

    Snapshot m_snapshot;
};

} // namespace storyloom
