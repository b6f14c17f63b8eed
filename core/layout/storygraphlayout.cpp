// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/storygraphlayout.h"

#include <QRandomGenerator>
#include <cmath>

namespace storyloom {

double StoryGraphLayout::nodeDiameter(int degree)
{
    return 28.0 + 8.0 * std::sqrt(double(std::max(degree, 0)));
}

LayoutRequest StoryGraphLayout::request(const StoryGraph &graph, const QSet<QString> *visible)
{
    LayoutRequest request;
    request.engine = LayoutEngine::Sfdp;
    request.routing = EdgeRouting::None; // the view draws straight edges between centres
    request.nodeSeparation = 24.0;
    QHash<QString, int> degree;
    for (const Relation &r : graph.relations()) {
        if (r.from == r.to)
            continue;
        if (visible && (!visible->contains(r.from) || !visible->contains(r.to)))
            continue;
        if (!graph.entity(r.from) || !graph.entity(r.to))
            continue;
        request.edges.push_back({ r.from, r.to });
        ++degree[r.from];
        ++degree[r.to];
    }
    for (const Entity &e : graph.entities()) {
        if (visible && !visible->contains(e.id))
            continue;
        const double d = nodeDiameter(degree.value(e.id));
        request.nodes.push_back({ e.id, QSizeF(d, d), std::nullopt, std::nullopt, QString() });
    }
    return request;
}

LayoutRequest StoryGraphLayout::synthetic(int nodes, int edges, quint32 seed)
{
    LayoutRequest request;
    request.engine = LayoutEngine::Sfdp;
    request.routing = EdgeRouting::None;
    request.nodeSeparation = 24.0;
    QRandomGenerator random(seed);
    request.nodes.reserve(size_t(std::max(nodes, 0)));
    for (int i = 0; i < nodes; ++i)
        request.nodes.push_back(
            { QStringLiteral("n%1").arg(i), QSizeF(32, 32), std::nullopt, std::nullopt, QString() });
    if (nodes < 2)
        return request;
    // Preferential towards low indices: a few hubs, a long tail.
    const int hubs = std::max(1, nodes / 50);
    request.edges.reserve(size_t(std::max(edges, 0)));
    for (int i = 0; i < edges; ++i) {
        const int from = int(random.bounded(quint32(nodes)));
        int to = random.bounded(3) == 0 ? int(random.bounded(quint32(hubs))) : int(random.bounded(quint32(nodes)));
        if (to == from)
            to = (from + 1) % nodes;
        request.edges.push_back({ request.nodes[size_t(from)].id, request.nodes[size_t(to)].id });
    }
    return request;
}

LayoutResult StoryGraphLayout::layout(const StoryGraph &graph, LayoutEngine engine)
{
    LayoutRequest r = request(graph);
    r.engine = engine;
    return GraphLayout::compute(r);
}

} // namespace storyloom
