// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/incrementalplacement.h"

#include <QList>
#include <QRectF>
#include <cmath>
#include <numbers>

namespace storyloom {

namespace {

/** Placed node boxes in a uniform grid, to find free spots without scanning every node. */
class Occupancy
{
public:
    explicit Occupancy(double cell)
        : m_cell(std::max(cell, 1.0))
    { }

    void add(const QRectF &box)
    {
        forCells(box, [&](quint64 key) {
            m_cells[key].append(box);
            return true;
        });
    }

    [[nodiscard]] bool isFree(const QRectF &box) const
    {
        return forCells(box, [&](quint64 key) {
            const auto it = m_cells.constFind(key);
            if (it == m_cells.cend())
                return true;
            for (const QRectF &other : *it) {
                if (other.intersects(box))
                    return false;
            }
            return true;
        });
    }

private:
    template<typename F> bool forCells(const QRectF &box, F visit) const
    {
        const auto cellOf = [this](double v) { return qint64(std::floor(v / m_cell)); };
        for (qint64 x = cellOf(box.left()); x <= cellOf(box.right()); ++x) {
            for (qint64 y = cellOf(box.top()); y <= cellOf(box.bottom()); ++y) {
                if (!visit((quint64(quint32(x)) << 32) | quint32(y)))
                    return false;
            }
        }
        return true;
    }

    double m_cell;
    QHash<quint64, QList<QRectF>> m_cells;
};

QRectF boxAt(const QPointF &centre, const QSizeF &size, double margin)
{
    const QSizeF padded(size.width() + margin, size.height() + margin);
    return QRectF(centre - QPointF(padded.width(), padded.height()) / 2.0, padded);
}

} // namespace

std::optional<QHash<QString, QPointF>> IncrementalPlacement::place(
    const LayoutRequest &request, const QHash<QString, QPointF> &known, double maxNewFraction)
{
    QHash<QString, QPointF> result;
    QHash<QString, QSizeF> sizes;
    QList<QString> missing;
    double largest = 1.0;
    for (const LayoutNode &node : request.nodes) {
        sizes.insert(node.id, node.size);
        largest = std::max({ largest, node.size.width(), node.size.height() });
        const auto it = known.constFind(node.id);
        if (it != known.cend())
            result.insert(node.id, node.pinned.value_or(*it));
        else
            missing.append(node.id);
    }
    if (result.isEmpty() || double(missing.size()) > maxNewFraction * double(request.nodes.size()))
        return std::nullopt;
    if (missing.isEmpty())
        return result;

    QHash<QString, QStringList> neighbours;
    for (const LayoutEdge &edge : request.edges) {
        if (edge.from == edge.to)
            continue;
        neighbours[edge.from].append(edge.to);
        neighbours[edge.to].append(edge.from);
    }
    const double gap = request.nodeSeparation;
    Occupancy occupied(largest + gap);
    QRectF drawing;
    for (auto it = result.cbegin(); it != result.cend(); ++it) {
        const QRectF box = boxAt(*it, sizes.value(it.key()), gap);
        occupied.add(box);
        drawing |= box;
    }
    // The first free spot on rings around `centre`, nearest first.
    const auto freeSpotNear = [&](const QPointF &centre, const QSizeF &size) {
        const double step = std::max(size.width(), size.height()) + gap;
        for (int ring = 0; ring < 64; ++ring) {
            const double radius = ring == 0 ? 0.0 : step * ring;
            const int slots = ring == 0 ? 1 : 6 * ring;
            for (int slot = 0; slot < slots; ++slot) {
                const double angle = 2.0 * std::numbers::pi * slot / slots + ring * 0.5;
                const QPointF candidate = centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
                if (occupied.isFree(boxAt(candidate, size, gap)))
                    return candidate;
            }
        }
        return centre;
    };
    // New nodes next to placed neighbours first; a new node whose neighbours
    // are all new waits for them, so chains grow outwards from the drawing.
    bool progress = true;
    while (progress && !missing.isEmpty()) {
        progress = false;
        QList<QString> waiting;
        for (const QString &id : std::as_const(missing)) {
            QPointF sum;
            int count = 0;
            for (const QString &other : neighbours.value(id)) {
                const auto it = result.constFind(other);
                if (it != result.cend()) {
                    sum += *it;
                    ++count;
                }
            }
            if (count == 0) {
                waiting.append(id);
                continue;
            }
            const QSizeF size = sizes.value(id);
            const QPointF spot = freeSpotNear(sum / count, size);
            result.insert(id, spot);
            occupied.add(boxAt(spot, size, gap));
            progress = true;
        }
        missing = waiting;
    }
    // Unconnected new nodes: a row under the drawing.
    double x = drawing.left();
    const double y = drawing.bottom() + largest + gap;
    for (const QString &id : std::as_const(missing)) {
        const QSizeF size = sizes.value(id);
        result.insert(id, QPointF(x + size.width() / 2.0, y));
        x += size.width() + gap;
    }
    return result;
}

} // namespace storyloom
