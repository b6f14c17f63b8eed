// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QSet>
#include <QVariantMap>
#include <vector>

namespace storyloom {

/** What a filter lets through: entity ids and the relations between them. */
struct FilteredGraph
{
    QSet<QString> nodes;
    std::vector<const Relation *> edges;
};

/**
 * The graph view's filters, also used by `storyloom-cli export --graph`:
 * plain data that is applied to a snapshot, and stored per project
 * (QSettings) through toVariant()/fromVariant(). Empty sets mean “all”.
 */
struct GraphFilter
{
    QSet<EntityType> types;
    /** Story kinds shown when stories are shown (empty: both and stories without a kind). */
    QSet<StoryKind> storyKinds;
    QSet<RelationKind> relationKinds;
    /** Goal states shown when goals are shown. */
    QSet<GoalState> goalStates;
    /** Only what involves this character: the character, its direct neighbours, and the neighbours of its stories. */
    QString character;
    /** Case-insensitive text the title or id must contain. */
    QString text;
    bool hideOrphans = false;
    /** When set: only entities within `localDepth` relations (either direction) of this one. */
    QString localRoot;
    int localDepth = 1;

    /** The entities and relations of `graph` that pass. Pure: any thread. */
    [[nodiscard]] FilteredGraph apply(const StoryGraph &graph) const;
    /** True when nothing is filtered out. */
    [[nodiscard]] bool isEmpty() const;

    [[nodiscard]] QVariantMap toVariant() const;
    [[nodiscard]] static GraphFilter fromVariant(const QVariantMap &map);

    friend bool operator==(const GraphFilter &, const GraphFilter &) = default;
};

} // namespace storyloom
