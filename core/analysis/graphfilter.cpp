// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/graphfilter.h"

#include <QStringList>

namespace storyloom {

namespace {

bool entityPasses(const GraphFilter &filter, const Entity &e)
{
    if (!filter.types.isEmpty() && !filter.types.contains(e.type))
        return false;
    if (e.type == EntityType::Story && !filter.storyKinds.isEmpty() && !filter.storyKinds.contains(e.kind))
        return false;
    if (e.type == EntityType::Goal && !filter.goalStates.isEmpty() && !filter.goalStates.contains(e.state))
        return false;
    if (!filter.text.isEmpty() && !e.title.contains(filter.text, Qt::CaseInsensitive)
        && !e.id.contains(filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

/** Undirected neighbours of `id` among the relations kept so far. */
QHash<QString, QList<QString>> adjacency(const std::vector<const Relation *> &edges)
{
    QHash<QString, QList<QString>> result;
    for (const Relation *r : edges) {
        result[r->from].append(r->to);
        result[r->to].append(r->from);
    }
    return result;
}

template<typename Enum> QStringList names(const QSet<Enum> &set)
{
    QStringList list;
    for (Enum value : set)
        list.append(toString(value));
    list.sort();
    return list;
}

template<typename Enum, typename Parse> QSet<Enum> parseNames(const QVariant &value, Parse parse)
{
    QSet<Enum> set;
    for (const QString &name : value.toStringList()) {
        if (auto parsed = parse(name))
            set.insert(*parsed);
    }
    return set;
}

} // namespace

FilteredGraph GraphFilter::apply(const StoryGraph &graph) const
{
    FilteredGraph result;
    for (const Entity &e : graph.entities()) {
        if (entityPasses(*this, e))
            result.nodes.insert(e.id);
    }
    const auto keepEdges = [&] {
        std::vector<const Relation *> edges;
        for (const Relation &r : graph.relations()) {
            if (!relationKinds.isEmpty() && !relationKinds.contains(r.kind))
                continue;
            if (result.nodes.contains(r.from) && result.nodes.contains(r.to))
                edges.push_back(&r);
        }
        return edges;
    };
    result.edges = keepEdges();

    if (!character.isEmpty()) {
        // Walk the unfiltered relations so a hidden story still links Alan to its pain points.
        QSet<QString> involved { character };
        for (const Relation *r : graph.outgoing(character))
            involved.insert(r->to);
        for (const Relation *r : graph.incoming(character))
            involved.insert(r->from);
        const QSet<QString> direct = involved;
        for (const QString &id : direct) {
            const Entity *e = graph.entity(id);
            if (!e || e->type != EntityType::Story)
                continue;
            for (const Relation *r : graph.outgoing(id))
                involved.insert(r->to);
            for (const Relation *r : graph.incoming(id))
                involved.insert(r->from);
        }
        result.nodes.intersect(involved);
        result.edges = keepEdges();
    }

    if (!localRoot.isEmpty() && result.nodes.contains(localRoot)) {
        const QHash<QString, QList<QString>> neighbours = adjacency(result.edges);
        QSet<QString> reached { localRoot };
        QList<QString> frontier { localRoot };
        for (int depth = 0; depth < std::max(localDepth, 1) && !frontier.isEmpty(); ++depth) {
            QList<QString> next;
            for (const QString &id : std::as_const(frontier)) {
                for (const QString &n : neighbours.value(id)) {
                    if (!reached.contains(n)) {
                        reached.insert(n);
                        next.append(n);
                    }
                }
            }
            frontier = std::move(next);
        }
        result.nodes = std::move(reached);
        result.edges = keepEdges();
    } else if (!localRoot.isEmpty()) {
        result.nodes.clear();
        result.edges.clear();
    }

    if (hideOrphans) {
        QSet<QString> connected;
        for (const Relation *r : result.edges) {
            if (r->from != r->to) {
                connected.insert(r->from);
                connected.insert(r->to);
            }
        }
        result.nodes = std::move(connected);
    }
    return result;
}

bool GraphFilter::isEmpty() const
{
    return *this == GraphFilter {};
}

QVariantMap GraphFilter::toVariant() const
{
    return { { QStringLiteral("types"), names(types) }, { QStringLiteral("storyKinds"), names(storyKinds) },
        { QStringLiteral("relationKinds"), names(relationKinds) }, { QStringLiteral("goalStates"), names(goalStates) },
        { QStringLiteral("character"), character }, { QStringLiteral("text"), text },
        { QStringLiteral("hideOrphans"), hideOrphans }, { QStringLiteral("localRoot"), localRoot },
        { QStringLiteral("localDepth"), localDepth } };
}

GraphFilter GraphFilter::fromVariant(const QVariantMap &map)
{
    GraphFilter filter;
    filter.types = parseNames<EntityType>(map.value(QStringLiteral("types")), entityTypeFromString);
    filter.storyKinds = parseNames<StoryKind>(map.value(QStringLiteral("storyKinds")), storyKindFromString);
    filter.relationKinds = parseNames<RelationKind>(map.value(QStringLiteral("relationKinds")), relationKindFromString);
    filter.goalStates = parseNames<GoalState>(map.value(QStringLiteral("goalStates")), goalStateFromString);
    filter.character = map.value(QStringLiteral("character")).toString();
    filter.text = map.value(QStringLiteral("text")).toString();
    filter.hideOrphans = map.value(QStringLiteral("hideOrphans")).toBool();
    filter.localRoot = map.value(QStringLiteral("localRoot")).toString();
    filter.localDepth = std::clamp(map.value(QStringLiteral("localDepth"), 1).toInt(), 1, 3);
    return filter;
}

} // namespace storyloom
