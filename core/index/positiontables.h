// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

namespace storyloom {

class IndexDatabase;

/** Node positions of one view of the graph, and which of them the user pinned (dragged). */
struct StoredLayout
{
    QHash<QString, QPointF> positions;
    QSet<QString> pinned;

    friend bool operator==(const StoredLayout &, const StoredLayout &) = default;
};

/**
 * The graph view's node positions in the index (`positions`, `layouts`): per
 * view (one filter of the graph), per entity, so a changed graph keeps the
 * places of the nodes it still has and only new nodes need placing.
 */
class PositionTables
{
public:
    explicit PositionTables(IndexDatabase &database)
        : m_database(database)
    { }

    /** Node positions of a view's layout, by entity id. */
    [[nodiscard]] QHash<QString, QPointF> loadPositions(const QString &view) const;
    bool savePositions(const QString &view, const QHash<QString, QPointF> &positions);
    /** A view's positions and pins (empty when the view was never saved). */
    [[nodiscard]] StoredLayout loadLayout(const QString &view) const;
    /**
     * Replaces a view's layout in one transaction (the open one, else its own) and marks it
     * most recently used; only the `keepViews` most recent views are kept. False on an error
     * (the old layout stays).
     */
    bool saveLayout(const QString &view, const StoredLayout &layout, int keepViews = 24);

private:
    IndexDatabase &m_database;
};

} // namespace storyloom
