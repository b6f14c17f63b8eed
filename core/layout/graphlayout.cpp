// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/graphlayout.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <mutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace storyloom {

namespace {

// Graphviz keeps global state (the error handler, layout statics): every use
// goes through this lock, and one context (plugins loaded once) is shared.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

QStringList &graphvizMessages()
{
    static QStringList messages;
    return messages;
}

int collectGraphvizMessage(char *message)
{
    graphvizMessages().append(QString::fromUtf8(message).trimmed());
    return 0;
}

GVC_t *sharedContext()
{
    static GVC_t *context = gvContext();
    return context;
}

// Above this many nodes the force-directed engines trade some quality for speed.
constexpr size_t bigGraphNodes = 1500;

// cgraph takes char* where it means const char*.
char *cs(const char *text)
{
    return const_cast<char *>(text);
}

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, cs(name), cs(value.constData()), cs(""));
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

bool cancelled(const LayoutRequest &request)
{
    return request.cancel && request.cancel->load(std::memory_order_relaxed);
}

QByteArray routingName(EdgeRouting routing)
{
    switch (routing) {
    case EdgeRouting::None:
        return QByteArrayLiteral("none");
    case EdgeRouting::Line:
        return QByteArrayLiteral("line");
    case EdgeRouting::Polyline:
        return QByteArrayLiteral("polyline");
    case EdgeRouting::Spline:
        return QByteArrayLiteral("spline");
    }
    return QByteArrayLiteral("line");
}

void setGraphAttributes(Agraph_t *graph, const LayoutRequest &request, bool hasPins)
{
    setAttribute(graph, "splines", routingName(request.routing));
    setAttribute(graph, "nodesep", number(request.nodeSeparation / 72.0));
    if (request.engine == LayoutEngine::Dot) {
        setAttribute(graph, "ranksep", number(request.rankSeparation / 72.0));
        if (request.direction == LayoutDirection::LeftToRight)
            setAttribute(graph, "rankdir", "LR");
        setAttribute(graph, "compound", "true");
        return;
    }
    // Prism overlap removal triples sfdp's time on thousands of nodes: big
    // graphs are spread apart afterwards instead (spreadApart).
    const bool big = request.nodes.size() > bigGraphNodes;
    setAttribute(
        graph, "overlap", request.removeOverlaps && !big ? QByteArrayLiteral("prism") : QByteArrayLiteral("true"));
    if (request.engine == LayoutEngine::Sfdp && big)
        setAttribute(graph, "quadtree", "fast");
    setAttribute(graph, "sep", "+" + number(request.nodeSeparation / 2.0));
    // Prism first scales the drawing to four times the average node size
    // (overlap_scaling -4): with wide labels that spreads a 30-node graph over
    // thousands of points. Half that still leaves room for the edges.
    if (request.compact)
        setAttribute(graph, "overlap_scaling", "-2");
    if (hasPins)
        setAttribute(graph, "inputscale", "72"); // pinned positions are given in points
    if (request.engine == LayoutEngine::Neato)
        setAttribute(graph, "mode", "sgd");
}

/**
 * Scales a layout about its centre so the median edge is a few node sizes
 * long: a cheap stand-in for overlap removal on big graphs.
 */
void spreadApart(const LayoutRequest &request, LayoutResult &result)
{
    std::vector<double> lengths;
    lengths.reserve(request.edges.size());
    for (const LayoutEdge &edge : request.edges) {
        const QPointF d = result.positions.value(edge.from) - result.positions.value(edge.to);
        if (edge.from != edge.to)
            lengths.push_back(std::hypot(d.x(), d.y()));
    }
    double size = 0;
    for (const LayoutNode &node : request.nodes)
        size += std::max(node.size.width(), node.size.height());
    size /= double(request.nodes.size());
    if (lengths.empty())
        return;
    std::nth_element(lengths.begin(), lengths.begin() + qsizetype(lengths.size() / 2), lengths.end());
    const double median = lengths[lengths.size() / 2];
    const double factor = median > 0 ? (3.0 * size + request.nodeSeparation) / median : 1.0;
    if (factor <= 1.0)
        return;
    for (auto it = result.positions.begin(); it != result.positions.end(); ++it)
        *it *= factor;
    for (EdgePath &path : result.edges) {
        for (QPointF &p : path.points)
            p *= factor;
        if (path.arrowTip)
            *path.arrowTip *= factor;
    }
    QRectF box;
    for (const LayoutNode &node : request.nodes) {
        const QPointF centre = result.positions.value(node.id);
        box |= QRectF(centre - QPointF(node.size.width(), node.size.height()) / 2.0, node.size);
    }
    result.boundingBox = box;
}

/** Moves pinned nodes exactly where the user put them and straightens their edges. */
void applyPins(const LayoutRequest &request, LayoutResult &result)
{
    QPointF offset;
    int pins = 0;
    for (const LayoutNode &node : request.nodes) {
        if (node.pinned && result.positions.contains(node.id)) {
            offset += *node.pinned - result.positions.value(node.id);
            ++pins;
        }
    }
    if (pins == 0)
        return;
    // Most engines keep pinned nodes where asked relative to each other but
    // translate the whole drawing: undo the translation, then snap.
    offset /= pins;
    for (auto it = result.positions.begin(); it != result.positions.end(); ++it)
        *it += offset;
    for (EdgePath &path : result.edges) {
        for (QPointF &p : path.points)
            p += offset;
        if (path.arrowTip)
            *path.arrowTip += offset;
    }
    for (auto it = result.clusters.begin(); it != result.clusters.end(); ++it)
        it->translate(offset);
    result.boundingBox.translate(offset);
    QSet<QString> moved;
    for (const LayoutNode &node : request.nodes) {
        if (node.pinned && result.positions.value(node.id) != *node.pinned) {
            result.positions[node.id] = *node.pinned;
            moved.insert(node.id);
        }
    }
    for (EdgePath &path : result.edges) {
        const LayoutEdge &edge = request.edges[size_t(path.edge)];
        if (moved.contains(edge.from) || moved.contains(edge.to)) {
            const QPointF a = result.positions.value(edge.from);
            const QPointF b = result.positions.value(edge.to);
            path.points = { a, a + (b - a) / 3.0, a + (b - a) * 2.0 / 3.0, b };
            path.arrowTip.reset();
        }
    }
    QRectF box = result.boundingBox;
    for (const LayoutNode &node : request.nodes) {
        if (node.pinned)
            box |= QRectF(*node.pinned - QPointF(node.size.width(), node.size.height()) / 2.0, node.size);
    }
    result.boundingBox = box;
}

} // namespace

bool LayoutResult::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

QString GraphLayout::engineName(LayoutEngine engine)
{
    switch (engine) {
    case LayoutEngine::Dot:
        return QStringLiteral("dot");
    case LayoutEngine::Sfdp:
        return QStringLiteral("sfdp");
    case LayoutEngine::Fdp:
        return QStringLiteral("fdp");
    case LayoutEngine::Neato:
        return QStringLiteral("neato");
    }
    return QStringLiteral("sfdp");
}

LayoutResult GraphLayout::compute(const LayoutRequest &request)
{
    LayoutResult result;
    if (request.nodes.empty())
        return result;
    if (cancelled(request)) {
        result.cancelled = true;
        return result;
    }

    std::lock_guard lock(graphvizMutex());
    if (cancelled(request)) { // we may have waited for another layout
        result.cancelled = true;
        return result;
    }
    graphvizMessages().clear();
    agseterrf(&collectGraphvizMessage);
    GVC_t *context = sharedContext();

    const bool hasPins = std::any_of(
        request.nodes.begin(), request.nodes.end(), [](const LayoutNode &n) { return n.pinned.has_value(); });
    Agraph_t *graph = agopen(cs("storyloom"), Agdirected, nullptr);
    setGraphAttributes(graph, request, hasPins);
    const bool useClusters = request.engine == LayoutEngine::Dot || request.engine == LayoutEngine::Fdp;

    // Nodes are named by index: ids may hold anything, and short names are faster.
    QHash<QString, Agnode_t *> nodes;
    nodes.reserve(qsizetype(request.nodes.size()));
    QMap<QString, Agraph_t *> clusters;
    QMap<std::pair<QString, int>, Agraph_t *> ranks;
    for (size_t i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &node = request.nodes[i];
        if (nodes.contains(node.id)) {
            result.diagnostics.append(Diagnostic::warning({},
                QCoreApplication::translate("GraphLayout", "Layout: node “%1” given twice; the second is ignored")
                    .arg(node.id)));
            continue;
        }
        const QByteArray name = 'n' + QByteArray::number(qulonglong(i));
        Agnode_t *n = agnode(graph, cs(name.constData()), 1);
        nodes.insert(node.id, n);
        setAttribute(n, "shape", "box");
        setAttribute(n, "fixedsize", "true");
        setAttribute(n, "label", "");
        setAttribute(n, "width", number(std::max(node.size.width(), 1.0) / 72.0));
        setAttribute(n, "height", number(std::max(node.size.height(), 1.0) / 72.0));
        if (node.pinned && request.engine != LayoutEngine::Dot)
            setAttribute(n, "pos", number(node.pinned->x()) + ',' + number(-node.pinned->y()) + '!');
        Agraph_t *parent = graph;
        if (useClusters && !node.cluster.isEmpty()) {
            Agraph_t *&cluster = clusters[node.cluster];
            if (!cluster) {
                const QByteArray clusterName = "cluster_" + QByteArray::number(clusters.size());
                cluster = agsubg(graph, cs(clusterName.constData()), 1);
                setAttribute(cluster, "label", request.clusterLabels.value(node.cluster).toUtf8());
                setAttribute(cluster, "margin", "12");
            }
            agsubnode(cluster, n, 1);
            parent = cluster;
        }
        if (node.rank && request.engine == LayoutEngine::Dot) {
            Agraph_t *&rank = ranks[{ node.cluster, *node.rank }];
            if (!rank) {
                const QByteArray rankName = "rank_" + QByteArray::number(ranks.size());
                rank = agsubg(parent, cs(rankName.constData()), 1);
                setAttribute(rank, "rank", "same");
            }
            agsubnode(rank, n, 1);
        }
    }

    std::vector<std::pair<int, Agedge_t *>> edges;
    edges.reserve(request.edges.size());
    for (size_t i = 0; i < request.edges.size(); ++i) {
        const LayoutEdge &edge = request.edges[i];
        Agnode_t *tail = nodes.value(edge.from);
        Agnode_t *head = nodes.value(edge.to);
        if (!tail || !head) {
            result.diagnostics.append(Diagnostic::warning({},
                QCoreApplication::translate("GraphLayout", "Layout: edge %1 → %2 names an unknown node; ignored")
                    .arg(edge.from, edge.to)));
            continue;
        }
        Agedge_t *e = agedge(graph, tail, head, nullptr, 1);
        if (edge.weight != 1.0) {
            setAttribute(e, "weight",
                request.engine == LayoutEngine::Dot ? QByteArray::number(std::max(0, qRound(edge.weight)))
                                                    : number(edge.weight));
        }
        if (!edge.constraint)
            setAttribute(e, "constraint", "false");
        edges.emplace_back(int(i), e);
    }

    if (cancelled(request)) {
        agclose(graph);
        result.cancelled = true;
        return result;
    }

    const QByteArray engine = engineName(request.engine).toLatin1();
    const int status = gvLayout(context, graph, engine.constData());
    for (const QString &message : std::as_const(graphvizMessages())) {
        if (message.isEmpty())
            continue;
        const bool isError = message.startsWith(QLatin1StringView("Error"), Qt::CaseInsensitive);
        const QString text
            = QCoreApplication::translate("GraphLayout", "Graphviz %1: %2").arg(QString::fromLatin1(engine), message);
        result.diagnostics.append(isError ? Diagnostic::error({}, text) : Diagnostic::warning({}, text));
    }
    if (status != 0) {
        qCWarning(lcLayout) << "Graphviz" << engine << "failed with status" << status;
        result.diagnostics.append(Diagnostic::error({},
            QCoreApplication::translate("GraphLayout", "Graphviz could not lay out the graph with %1")
                .arg(QString::fromLatin1(engine))));
        agclose(graph);
        return result;
    }
    if (cancelled(request)) {
        gvFreeLayout(context, graph);
        agclose(graph);
        result.cancelled = true;
        return result;
    }

    // Graphviz's y axis points up; the scene's points down. Put the box's top left at the origin.
    const boxf bb = GD_bb(graph);
    const auto toScene = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    result.boundingBox = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    result.positions.reserve(nodes.size());
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        result.positions.insert(it.key(), toScene(ND_coord(it.value())));

    result.edges.reserve(edges.size());
    for (const auto &[index, e] : edges) {
        const splines *spl = ED_spl(e);
        if (!spl || spl->size == 0)
            continue;
        EdgePath path;
        path.edge = index;
        for (int b = 0; b < spl->size; ++b) {
            const bezier &curve = spl->list[b];
            for (int p = 0; p < curve.size; ++p)
                path.points.push_back(toScene(curve.list[p]));
            if (curve.eflag)
                path.arrowTip = toScene(curve.ep);
        }
        result.edges.push_back(std::move(path));
    }

    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
        if (request.engine == LayoutEngine::Dot) {
            const boxf cb = GD_bb(it.value());
            result.clusters.insert(it.key(), QRectF(toScene(cb.LL), toScene(cb.UR)).normalized());
        }
    }
    gvFreeLayout(context, graph);
    agclose(graph);

    // Engines that ignore clusters (or drew them without a box): the box around the members.
    for (const LayoutNode &node : request.nodes) {
        if (node.cluster.isEmpty() || (request.engine == LayoutEngine::Dot && useClusters))
            continue;
        const QRectF box(
            result.positions.value(node.id) - QPointF(node.size.width(), node.size.height()) / 2.0, node.size);
        QRectF &cluster = result.clusters[node.cluster];
        cluster = cluster.isNull() ? box.adjusted(-12, -12, 12, 12) : cluster | box.adjusted(-12, -12, 12, 12);
    }
    if (request.removeOverlaps && request.engine != LayoutEngine::Dot && request.nodes.size() > bigGraphNodes)
        spreadApart(request, result);
    if (hasPins)
        applyPins(request, result);
    return result;
}

} // namespace storyloom
