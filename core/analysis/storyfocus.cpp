// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/storyfocus.h"

#include <QHash>
#include <functional>

namespace storyloom {

namespace {

/** The distinct neighbours of `id` (either direction), in file order. */
QStringList neighboursOf(const StoryGraph &graph, const QString &id)
{
    QStringList result;
    QSet<QString> seen;
    const auto add = [&](const QString &other) {
        if (other != id && graph.entity(other) && !seen.contains(other)) {
            seen.insert(other);
            result.append(other);
        }
    };
    for (const Relation *r : graph.outgoing(id))
        add(r->to);
    for (const Relation *r : graph.incoming(id))
        add(r->from);
    return result;
}

} // namespace

std::vector<EntityClass> FocusOptions::defaultChain()
{
    return { { EntityType::Character, std::nullopt }, { EntityType::Value, std::nullopt },
        { EntityType::Story, StoryKind::StatusQuo }, { EntityType::PainPoint, std::nullopt },
        { EntityType::Goal, std::nullopt }, { EntityType::Story, StoryKind::ShinyFuture } };
}

std::vector<const Relation *> StoryFocus::between(const StoryGraph &graph, const QString &a, const QString &b)
{
    std::vector<const Relation *> result;
    for (const Relation *r : graph.outgoing(a)) {
        if (r->to == b)
            result.push_back(r);
    }
    for (const Relation *r : graph.incoming(a)) {
        if (r->from == b && r->to != b)
            result.push_back(r);
    }
    return result;
}

QSet<QString> StoryFocus::reach(const StoryGraph &graph, const QString &id, const FocusOptions &options)
{
    QSet<QString> reached;
    if (!graph.entity(id))
        return reached;
    const std::vector<EntityClass> chain = options.chain.empty() ? FocusOptions::defaultChain() : options.chain;
    const auto rank = [&](const QString &entityId) {
        const Entity *e = graph.entity(entityId);
        for (size_t i = 0; e && i < chain.size(); ++i) {
            if (chain[i].holds(*e))
                return int(i);
        }
        return -1;
    };
    reached.insert(id);
    QStringList frontier { id };
    for (int step = 0; step < std::max(options.depth, 1) && !frontier.isEmpty(); ++step) {
        QStringList next;
        for (const QString &current : frontier) {
            const int here = rank(current);
            for (const QString &other : neighboursOf(graph, current)) {
                if (reached.contains(other))
                    continue;
                if (options.direction != FocusDirection::Both) {
                    const int there = rank(other);
                    if (here < 0 || there < 0)
                        continue;
                    if (options.direction == FocusDirection::Downstream ? there <= here : there >= here)
                        continue;
                }
                reached.insert(other);
                next.append(other);
            }
        }
        frontier = next;
    }
    return reached;
}

std::vector<ConnectionPath> StoryFocus::explain(
    const StoryGraph &graph, const QString &from, const QString &to, int limit)
{
    std::vector<ConnectionPath> paths;
    if (!graph.entity(from) || !graph.entity(to) || from == to)
        return paths;
    // Breadth first from `from`, keeping every predecessor on a shortest way.
    QHash<QString, int> distance { { from, 0 } };
    QHash<QString, QStringList> previous;
    QStringList frontier { from };
    while (!frontier.isEmpty() && !distance.contains(to)) {
        QStringList next;
        for (const QString &current : frontier) {
            const int d = distance.value(current);
            for (const QString &other : neighboursOf(graph, current)) {
                auto it = distance.constFind(other);
                if (it == distance.cend()) {
                    distance.insert(other, d + 1);
                    previous[other].append(current);
                    next.append(other);
                } else if (*it == d + 1) {
                    previous[other].append(current);
                }
            }
        }
        frontier = next;
    }
    if (!distance.contains(to))
        return paths;
    // Walk back from `to`, each predecessor in turn, until `limit` paths are found.
    QStringList reversed { to };
    std::function<void(const QString &)> walk = [&](const QString &at) {
        if (int(paths.size()) >= limit)
            return;
        if (at == from) {
            ConnectionPath path;
            for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
                path.entities.append(*it);
            for (qsizetype i = 1; i < path.entities.size(); ++i)
                path.steps.push_back(between(graph, path.entities[i - 1], path.entities[i]));
            paths.push_back(std::move(path));
            return;
        }
        for (const QString &before : previous.value(at)) {
            reversed.append(before);
            walk(before);
            reversed.removeLast();
        }
    };
    walk(to);
    return paths;
}

} // namespace storyloom
