// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entityclass.h"
#include "core/model/storygraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <atomic>
#include <optional>
#include <vector>

namespace storyloom {

/** One column of the story map: the entities of a type (and, for stories, of a kind). */
using StoryMapColumn = EntityClass;

/** What a box of the story map stands for. */
enum class StoryMapItemKind {
    /** One entity. */
    Entity,
    /** A folded group of entities; a click unfolds it. */
    Group,
    /** The heading of an unfolded group, above its members; a click folds it again. */
    GroupHeader
};

/** One box of the story map, in scene units (points). */
struct StoryMapItem
{
    StoryMapItemKind kind = StoryMapItemKind::Entity;
    /** The entity id, or the group id (`group:COLUMN:KEY`). */
    QString id;
    QString title;
    int column = 0;
    QRectF rect;
    /** Where the label goes: the rect less its padding (and the count badge of a group). */
    QRectF labelRect;
    /** Initiatives sit under their goal, members under their group's heading. */
    int indent = 0;
    /** Entities a group holds (groups and group headings), in map order. */
    QStringList members;
    EntityType type = EntityType::Page;
    StoryKind storyKind = StoryKind::None;
};

/** The relations between two boxes of one kind, drawn as one line. */
struct StoryMapEdge
{
    int from = -1;
    int to = -1;
    RelationKind kind = RelationKind::Links;
    /** Derived when every relation behind the line is derived (they have a style of their own). */
    Provenance provenance = Provenance::Declared;
    int count = 0;
    /**
     * The route, left to right: from the left box's right side through the
     * gaps of the columns in between to the right box's left side. Painters
     * join the points with curves that leave and arrive horizontally. Boxes
     * of one column: both right sides, and painters bow the line out to the right.
     */
    std::vector<QPointF> points;
};

/** A column's heading and extent. */
struct StoryMapColumnBox
{
    StoryMapColumn column;
    QString title;
    QRectF rect;
    /** Entities in the column (whether folded or not). */
    int entities = 0;
};

/** The story map's geometry: columns, boxes and routed lines. */
struct StoryMap
{
    std::vector<StoryMapColumnBox> columns;
    std::vector<StoryMapItem> items;
    std::vector<StoryMapEdge> edges;
    QRectF bounds;
    /** The box each shown entity is drawn in (its own, or its folded group's). */
    QHash<QString, int> itemOfEntity;
    bool cancelled = false;

    [[nodiscard]] int indexOf(const QString &itemId) const;
};

/** How the story map is built. */
struct StoryMapOptions
{
    /** The columns, left to right. */
    std::vector<StoryMapColumn> columns = defaultColumns();
    /** A column with more entities than this folds into groups, and has at most this many boxes folded. */
    int maxItemsPerColumn = 25;
    /** Group ids the reader unfolded. */
    QSet<QString> expanded;
    /** Only these entities (all when unset). */
    std::optional<QSet<QString>> visible;
    /** Only these relation kinds (all when empty). */
    QSet<RelationKind> relationKinds;
    double itemWidth = 190.0;
    double itemHeight = 26.0;
    double rowGap = 8.0;
    double blockGap = 16.0;
    double columnGap = 90.0;
    double headerHeight = 44.0;
    double indentWidth = 14.0;
    double padding = 6.0;
    /** Crossing-reduction sweeps (each one forward and backward over the columns). */
    int sweeps = 4;
    /** Set from another thread to give up. */
    const std::atomic_bool *cancel = nullptr;

    [[nodiscard]] static std::vector<StoryMapColumn> defaultColumns();
};

/**
 * The layered traceability view: entities in columns by role (characters,
 * values, status-quo stories, pain points, goals with their initiatives,
 * shiny-future stories), ordered by a barycentre pass to keep crossings
 * few, large columns folded into groups (stories by character, pain points
 * by the goal that addresses them, goals by their top-level goal, the rest
 * by folder). Pure and thread-safe, shared by the view and the exports.
 */
class StoryMapLayout
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::StoryMapLayout)
public:
    [[nodiscard]] static StoryMap compute(const StoryGraph &graph, const StoryMapOptions &options = {});
    /** The group id of a group key in a column. */
    [[nodiscard]] static QString groupId(int column, const QString &key);
};

} // namespace storyloom
