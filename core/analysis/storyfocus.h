// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entityclass.h"
#include "core/model/storygraph.h"

#include <QSet>
#include <vector>

namespace storyloom {

/** Which way a focus reaches along the chain character → story → pain point → goal → shiny-future story. */
enum class FocusDirection { Both, Downstream, Upstream };

struct FocusOptions
{
    /** How many relations away (at least 1). */
    int depth = 1;
    FocusDirection direction = FocusDirection::Both;
    /** The chain, first to last (the default when empty). */
    std::vector<EntityClass> chain;

    [[nodiscard]] static std::vector<EntityClass> defaultChain();
};

/** One way between two entities: the entities it passes and, for each step, the relations that link them. */
struct ConnectionPath
{
    QStringList entities;
    std::vector<std::vector<const Relation *>> steps;
};

/**
 * What stays in focus when an entity is selected, and how two entities are
 * connected. Relations of every provenance count (declared, extracted,
 * derived), in either direction. Pure: any thread.
 */
class StoryFocus
{
public:
    /**
     * The entities within `depth` relations of `id` (itself included). Downstream
     * steps only to entities further along the chain, upstream only to earlier
     * ones; entities outside the chain are reached in Both only.
     */
    [[nodiscard]] static QSet<QString> reach(const StoryGraph &graph, const QString &id, const FocusOptions &options);
    /** The relations between `a` and `b`, either direction: those from `a` first, each in file order. */
    [[nodiscard]] static std::vector<const Relation *> between(
        const StoryGraph &graph, const QString &a, const QString &b);
    /** The shortest paths from `from` to `to` (at most `limit` of them), empty when there are none. */
    [[nodiscard]] static std::vector<ConnectionPath> explain(
        const StoryGraph &graph, const QString &from, const QString &to, int limit = 5);
};

} // namespace storyloom
