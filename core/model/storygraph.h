// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <QHash>
#include <memory>
#include <vector>

namespace storyloom {

/** Whether a project is in Storyloom's own format, an mdBook, or just a folder of Markdown. */
enum class ProjectFormat { Native, MdBook, Folder };

/**
 * An immutable picture of all entities, relations and diagnostics of a
 * project at one moment. Views hold it through a shared_ptr<const>; a refresh
 * builds a new one off the GUI thread and swaps it in, so nobody ever sees
 * half-built state and nothing mutable is shared between threads.
 */
class StoryGraph
{
public:
    StoryGraph() = default;
    StoryGraph(QString rootPath, QString title, ProjectFormat format, std::vector<Entity> entities,
        std::vector<Relation> relations, Diagnostics diagnostics);

    [[nodiscard]] const QString &rootPath() const { return m_rootPath; }
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] ProjectFormat format() const { return m_format; }
    /** The folder Markdown content lives in, relative to the root (`src` for an mdBook, else empty). */
    [[nodiscard]] QString contentDir() const
    {
        return m_format == ProjectFormat::MdBook ? QStringLiteral("src") : QString();
    }

    [[nodiscard]] const std::vector<Entity> &entities() const { return m_entities; }
    [[nodiscard]] const std::vector<Relation> &relations() const { return m_relations; }
    [[nodiscard]] const Diagnostics &diagnostics() const { return m_diagnostics; }

    [[nodiscard]] const Entity *entity(const QString &id) const;
    /** The entity that is the whole file at `path` (relative to the root), if any. */
    [[nodiscard]] const Entity *entityForPath(const QString &path) const;
    /** Every entity whose source is the file at `path`, the file's own entity first. */
    [[nodiscard]] std::vector<const Entity *> entitiesInFile(const QString &path) const;
    [[nodiscard]] std::vector<const Entity *> entitiesOfType(EntityType type) const;
    [[nodiscard]] std::vector<const Relation *> outgoing(const QString &id) const;
    [[nodiscard]] std::vector<const Relation *> incoming(const QString &id) const;
    /** Goals whose parent is `id`, in book order. */
    [[nodiscard]] std::vector<const Entity *> children(const QString &id) const;

    [[nodiscard]] int count(EntityType type) const;
    [[nodiscard]] int count(StoryKind kind) const;
    [[nodiscard]] int count(RelationKind kind) const;
    [[nodiscard]] int errorCount() const;
    [[nodiscard]] int warningCount() const;

private:
    QString m_rootPath;
    QString m_title;
    ProjectFormat m_format = ProjectFormat::Folder;
    std::vector<Entity> m_entities;
    std::vector<Relation> m_relations;
    Diagnostics m_diagnostics;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byPath;
    /**
     * The relations at one end of each entity, in file order: those of entity
     * `i` are `index[start[i]]` up to `index[start[i + 1]]`. Two flat arrays
     * instead of a multi-hash: filling a QMultiHash allocated one node per
     * relation and was most of the time a large graph took to build.
     */
    struct Adjacency
    {
        std::vector<int> start;
        std::vector<int> index;
        /** Relations whose end names no entity (a dangling reference), by that end. */
        QHash<QString, std::vector<int>> dangling;
    };
    [[nodiscard]] Adjacency adjacency(QString Relation::*end) const;
    [[nodiscard]] std::vector<const Relation *> ends(const Adjacency &adjacency, const QString &id) const;

    Adjacency m_outgoing;
    Adjacency m_incoming;
};

using Snapshot = std::shared_ptr<const StoryGraph>;

} // namespace storyloom
