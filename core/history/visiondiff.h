// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <vector>

namespace storyloom {

/** An entity as a diff lists it. */
struct EntitySummary
{
    QString id;
    EntityType type = EntityType::Page;
    StoryKind kind = StoryKind::None;
    QString title;
    QString path;
};

/** An entity whose id changed because Git saw its file renamed or moved. */
struct EntityRename
{
    QString from;
    QString to;
};

/** One field of an entity that differs: its machine name and both values, as JSON. */
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
};

/** An entity present on both sides (under its new id when renamed) whose fields differ. */
struct EntityChange
{
    QString id;
    std::vector<FieldChange> changes;
};

/** A relation as a diff lists it: inferred when extracted or derived rather than declared. */
struct RelationSummary
{
    RelationKind kind = RelationKind::Links;
    QString source;
    QString target;
    bool inferred = false;

    friend bool operator==(const RelationSummary &, const RelationSummary &) = default;
};

/** What changed in the vision between two revisions. */
struct VisionChanges
{
    /** The revisions compared, as the user named them (the working tree as an empty string). */
    QString from;
    QString to;
    std::vector<EntitySummary> added;
    std::vector<EntitySummary> removed;
    std::vector<EntityRename> renamed;
    std::vector<EntityChange> changed;
    std::vector<RelationSummary> relationsAdded;
    std::vector<RelationSummary> relationsRemoved;

    [[nodiscard]] bool isEmpty() const
    {
        return added.empty() && removed.empty() && renamed.empty() && changed.empty() && relationsAdded.empty()
            && relationsRemoved.empty();
    }
};

/**
 * Compares two snapshots of a project. An entity is the same on both sides
 * when its id is, or when Git saw its file renamed (then it is listed under
 * `renamed`). Fields compared: title, type, kind, path, goal state, progress,
 * owners and parent, whether a pain point is addressed, and the text (with
 * whitespace and line wrapping ignored, so a reformatted file is no change).
 * Pure function of its inputs; any thread.
 */
class VisionDiff
{
public:
    /** `renamedPaths`: old path to new path (relative to the project folder), from GitObjects::renames(). */
    [[nodiscard]] static VisionChanges compare(
        const StoryGraph &before, const StoryGraph &after, const QHash<QString, QString> &renamedPaths);
    /** The shape `storyloom-cli diff --json` prints (docs/cli.md). */
    [[nodiscard]] static QJsonObject toJson(const VisionChanges &changes);
    /** An entity as JSON: {"id", "type", "kind", "title", "path"}. */
    [[nodiscard]] static QJsonObject toJson(const EntitySummary &entity);
    /** A relation as JSON: {"kind", "source", "target", "inferred"}. */
    [[nodiscard]] static QJsonObject toJson(const RelationSummary &relation);
};

} // namespace storyloom
