// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/diagramlayout.h"

#include "core/layout/graphlayout.h"

#include <QHash>
#include <algorithm>

namespace storyloom {

namespace {
constexpr double rankGap = 60.0; // between ranks (columns in LR, rows in TB)
constexpr double nodeGap = 14.0; // between neighbours in a rank

bool isWide(char32_t c)
{
    return c >= 0x1100
        && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
            || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x1f000 && c <= 0x1faff)
            || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x20000 && c <= 0x3fffd));
}

/** A tidy-tree placement: children stacked along the cross axis, parents centred on their children. */
class TreePlacer
{
public:
    TreePlacer(Diagram &diagram, std::vector<QSizeF> sizes)
        : m_diagram(diagram)
        , m_sizes(std::move(sizes))
        , m_lr(diagram.direction == DiagramDirection::LeftToRight)
    { }

    void run()
    {
        const std::size_t n = m_diagram.nodes.size();
        m_children.assign(n, {});
        m_parent.assign(n, -1);
        m_rank.assign(n, 0);
        for (const DiagramEdge &edge : m_diagram.edges) {
            int from = m_diagram.indexOf(edge.reversedRank ? edge.to : edge.from);
            int to = m_diagram.indexOf(edge.reversedRank ? edge.from : edge.to);
            if (from < 0 || to < 0 || from == to || m_parent[std::size_t(to)] >= 0 || createsCycle(from, to))
                continue;
            m_parent[std::size_t(to)] = from;
            m_children[std::size_t(from)].push_back(to);
        }
        for (std::size_t i = 0; i < n; ++i)
            m_rank[i] = depth(int(i));
        int maxRank = 0;
        for (int r : m_rank)
            maxRank = std::max(maxRank, r);
        // The extent of each rank along the main axis.
        std::vector<double> rankExtent(std::size_t(maxRank + 1), 0.0);
        for (std::size_t i = 0; i < n; ++i)
            rankExtent[std::size_t(m_rank[i])] = std::max(rankExtent[std::size_t(m_rank[i])], mainSize(int(i)));
        m_rankStart.assign(std::size_t(maxRank + 1), 0.0);
        for (int r = 1; r <= maxRank; ++r)
            m_rankStart[std::size_t(r)] = m_rankStart[std::size_t(r - 1)] + rankExtent[std::size_t(r - 1)] + rankGap;

        m_cursor = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (m_parent[i] < 0)
                place(int(i));
        }
        double mainEnd = 0.0, crossEnd = 0.0;
        for (const DiagramNode &node : m_diagram.nodes) {
            mainEnd = std::max(mainEnd, m_lr ? node.rect.right() : node.rect.bottom());
            crossEnd = std::max(crossEnd, m_lr ? node.rect.bottom() : node.rect.right());
        }
        m_diagram.size = m_lr ? QSizeF(mainEnd, crossEnd) : QSizeF(crossEnd, mainEnd);
    }

private:
    bool createsCycle(int from, int to) const
    {
        for (int p = from; p >= 0; p = m_parent[std::size_t(p)]) {
            if (p == to)
                return true;
        }
        return false;
    }
    int depth(int i) const
    {
        int d = 0;
        for (int p = m_parent[std::size_t(i)]; p >= 0; p = m_parent[std::size_t(p)])
            ++d;
        return d;
    }
    double mainSize(int i) const { return m_lr ? m_sizes[std::size_t(i)].width() : m_sizes[std::size_t(i)].height(); }
    double crossSize(int i) const { return m_lr ? m_sizes[std::size_t(i)].height() : m_sizes[std::size_t(i)].width(); }

    /** Places the subtree of `i`, children first, the node centred on them along the cross axis. */
    void place(int i)
    {
        double centre = 0.0;
        const auto &children = m_children[std::size_t(i)];
        if (children.empty()) {
            centre = m_cursor + crossSize(i) / 2;
            m_cursor += crossSize(i) + nodeGap;
        } else {
            const double before = m_cursor;
            for (int child : children)
                place(child);
            const QPointF first = m_diagram.nodes[std::size_t(children.front())].rect.center();
            const QPointF last = m_diagram.nodes[std::size_t(children.back())].rect.center();
            centre = m_lr ? (first.y() + last.y()) / 2 : (first.x() + last.x()) / 2;
            // A parent larger than its children's span must not overlap the previous subtree.
            const double half = crossSize(i) / 2;
            if (centre - half < before)
                centre = before + half;
            m_cursor = std::max(m_cursor, centre + half + nodeGap);
        }
        const QSizeF size = m_sizes[std::size_t(i)];
        const double mainStart = m_rankStart[std::size_t(m_rank[std::size_t(i)])];
        QRectF rect;
        if (m_lr)
            rect = QRectF(mainStart, centre - size.height() / 2, size.width(), size.height());
        else
            rect = QRectF(centre - size.width() / 2, mainStart, size.width(), size.height());
        m_diagram.nodes[std::size_t(i)].rect = rect;
    }

    Diagram &m_diagram;
    std::vector<QSizeF> m_sizes;
    bool m_lr;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_parent;
    std::vector<int> m_rank;
    std::vector<double> m_rankStart;
    double m_cursor = 0.0;
};

QList<QPointF> spline(const QRectF &from, const QRectF &to, bool lr)
{
    QPointF start, end;
    if (lr) {
        const bool forward = to.center().x() >= from.center().x();
        start = QPointF(forward ? from.right() : from.left(), from.center().y());
        end = QPointF(forward ? to.left() : to.right(), to.center().y());
        const double mid = (start.x() + end.x()) / 2;
        return { start, QPointF(mid, start.y()), QPointF(mid, end.y()), end };
    }
    const bool forward = to.center().y() >= from.center().y();
    start = QPointF(from.center().x(), forward ? from.bottom() : from.top());
    end = QPointF(to.center().x(), forward ? to.top() : to.bottom());
    const double mid = (start.y() + end.y()) / 2;
    return { start, QPointF(start.x(), mid), QPointF(end.x(), mid), end };
}
} // namespace

double estimateTextWidth(QStringView text, double fontSize, TextWeight weight)
{
    double em = 0.0;
    for (char32_t c : text.toUcs4()) {
        if (c == 0xfe0f || c == 0x200d)
            continue; // variation selector, zero-width joiner
        em += isWide(c) ? 1.25 : (c < 0x80 ? 0.62 : 0.7);
    }
    return em * fontSize * (weight == TextWeight::Bold ? 1.08 : 1.0);
}

QSizeF estimateNodeSize(const DiagramNode &node)
{
    double width = 0.0;
    for (qsizetype i = 0; i < node.label.size(); ++i)
        width = std::max(width,
            estimateTextWidth(
                node.label.at(i), diagramstyle::fontSize, i == 0 ? TextWeight::Bold : TextWeight::Regular));
    double height = double(std::max<qsizetype>(1, node.label.size())) * diagramstyle::lineHeight;
    if (node.progress)
        height += diagramstyle::progressHeight + 4.0;
    return QSizeF(std::max(width, 60.0) + 2 * diagramstyle::padding, height + 2 * diagramstyle::padding);
}

namespace {
/** Lays the diagram out with Graphviz `dot`; false when Graphviz failed (the caller falls back). */
bool layoutWithGraphviz(Diagram &diagram, const std::vector<QSizeF> &sizes)
{
    LayoutRequest request;
    request.engine = LayoutEngine::Dot;
    request.direction = diagram.direction == DiagramDirection::LeftToRight ? LayoutDirection::LeftToRight
                                                                           : LayoutDirection::TopToBottom;
    request.routing = EdgeRouting::Spline;
    request.nodeSeparation = nodeGap;
    request.rankSeparation = rankGap;
    for (std::size_t i = 0; i < diagram.nodes.size(); ++i)
        request.nodes.push_back({ diagram.nodes[i].id, sizes[i], std::nullopt, std::nullopt, {} });
    for (const DiagramEdge &edge : diagram.edges) {
        LayoutEdge layoutEdge;
        layoutEdge.from = edge.reversedRank ? edge.to : edge.from;
        layoutEdge.to = edge.reversedRank ? edge.from : edge.to;
        request.edges.push_back(layoutEdge);
    }
    const LayoutResult result = GraphLayout::compute(request);
    if (!result.ok() || result.positions.size() != qsizetype(diagram.nodes.size()))
        return false;
    const QPointF origin = result.boundingBox.topLeft();
    for (std::size_t i = 0; i < diagram.nodes.size(); ++i) {
        const QPointF centre = result.positions.value(diagram.nodes[i].id) - origin;
        diagram.nodes[i].rect = QRectF(
            centre.x() - sizes[i].width() / 2, centre.y() - sizes[i].height() / 2, sizes[i].width(), sizes[i].height());
    }
    for (DiagramEdge &edge : diagram.edges)
        edge.points.clear();
    for (const EdgePath &path : result.edges) {
        if (path.edge < 0 || std::size_t(path.edge) >= diagram.edges.size() || path.points.empty())
            continue;
        DiagramEdge &edge = diagram.edges[std::size_t(path.edge)];
        QList<QPointF> points;
        for (const QPointF &point : path.points)
            points.append(point - origin);
        if (path.arrowTip) {
            // Graphviz ends the spline where the arrowhead starts: run on to the tip in a straight segment.
            const QPointF last = points.last(), tip = *path.arrowTip - origin;
            points << last + (tip - last) / 3 << last + (tip - last) * 2 / 3 << tip;
        }
        if (edge.reversedRank)
            std::reverse(points.begin(), points.end());
        edge.points = points;
    }
    // Keep the diagram's order reading downwards (LR) or rightwards (TB): Graphviz
    // may order a rank either way round; mirroring across the rank axis keeps the layout valid.
    const bool lr = diagram.direction == DiagramDirection::LeftToRight;
    const QPointF first = diagram.nodes.front().rect.center(), last = diagram.nodes.back().rect.center();
    if (lr ? first.y() > last.y() : first.x() > last.x()) {
        const double extent = lr ? result.boundingBox.height() : result.boundingBox.width();
        auto mirror = [&](QPointF p) { return lr ? QPointF(p.x(), extent - p.y()) : QPointF(extent - p.x(), p.y()); };
        for (DiagramNode &node : diagram.nodes) {
            const QPointF centre = mirror(node.rect.center());
            node.rect.moveCenter(centre);
        }
        for (DiagramEdge &edge : diagram.edges) {
            for (QPointF &point : edge.points)
                point = mirror(point);
        }
    }
    QRectF bounds;
    for (const DiagramNode &node : diagram.nodes)
        bounds = bounds.united(node.rect);
    for (const DiagramEdge &edge : diagram.edges) {
        for (const QPointF &point : edge.points)
            bounds = bounds.united(QRectF(point, QSizeF(0.1, 0.1)));
    }
    diagram.size = QSizeF(
        std::max(bounds.right(), result.boundingBox.width()), std::max(bounds.bottom(), result.boundingBox.height()));
    return true;
}
} // namespace

void layoutDiagram(Diagram &diagram, const NodeMeasure &measure)
{
    std::vector<QSizeF> sizes;
    sizes.reserve(diagram.nodes.size());
    for (const DiagramNode &node : diagram.nodes)
        sizes.push_back(measure ? measure(node) : estimateNodeSize(node));
    if (diagram.nodes.empty()) {
        diagram.size = QSizeF(0, 0);
        diagram.laidOut = true;
        return;
    }
    if (layoutWithGraphviz(diagram, sizes)) {
        diagram.laidOut = true;
        return;
    }
    // Without Graphviz (or when it fails) a simple tidy tree keeps export working.
    TreePlacer(diagram, std::move(sizes)).run();
    const bool lr = diagram.direction == DiagramDirection::LeftToRight;
    for (DiagramEdge &edge : diagram.edges) {
        const DiagramNode *from = diagram.node(edge.from);
        const DiagramNode *to = diagram.node(edge.to);
        if (!from || !to) {
            edge.points.clear();
            continue;
        }
        if (edge.reversedRank) {
            QList<QPointF> points = spline(to->rect, from->rect, lr);
            std::reverse(points.begin(), points.end());
            edge.points = points;
        } else {
            edge.points = spline(from->rect, to->rect, lr);
        }
    }
    diagram.laidOut = true;
}

QString elideText(const QString &text, double width, TextWeight weight)
{
    if (estimateTextWidth(text, diagramstyle::fontSize, weight) <= width)
        return text;
    qsizetype low = 0, high = text.size();
    while (low < high) {
        const qsizetype middle = (low + high + 1) / 2;
        if (estimateTextWidth(QString(text.left(middle) + u'…'), diagramstyle::fontSize, weight) <= width)
            low = middle;
        else
            high = middle - 1;
    }
    return text.left(low).trimmed() + u'…';
}

} // namespace storyloom
