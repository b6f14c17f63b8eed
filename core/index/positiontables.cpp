// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/positiontables.h"

#include "core/index/indexdatabase.h"

#include <QStringList>

namespace storyloom {

QHash<QString, QPointF> PositionTables::loadPositions(const QString &view) const
{
    return loadLayout(view).positions;
}

bool PositionTables::savePositions(const QString &view, const QHash<QString, QPointF> &positions)
{
    return saveLayout(view, { positions, {} });
}

StoredLayout PositionTables::loadLayout(const QString &view) const
{
    StoredLayout result;
    SqliteStatement rows
        = m_database.connection().prepare("SELECT entity, x, y, pinned FROM positions WHERE view = ?1");
    rows.bind(1, view);
    while (rows.next()) {
        result.positions.insert(rows.text(0), QPointF(rows.real(1), rows.real(2)));
        if (rows.int64(3) != 0)
            result.pinned.insert(rows.text(0));
    }
    return result;
}

bool PositionTables::saveLayout(const QString &view, const StoredLayout &layout, int keepViews)
{
    SqliteConnection &c = m_database.connection();
    const bool ownTransaction = !m_database.inTransaction();
    if (ownTransaction && !m_database.begin())
        return false;
    SqliteStatement clear = c.prepare("DELETE FROM positions WHERE view = ?1");
    bool ok = clear.bind(1, view).exec();
    SqliteStatement add = c.prepare("INSERT INTO positions(view, entity, x, y, pinned) VALUES(?1, ?2, ?3, ?4, ?5)");
    for (auto it = layout.positions.cbegin(); ok && it != layout.positions.cend(); ++it) {
        ok = add.bind(1, view)
                 .bind(2, it.key())
                 .bind(3, it.value().x())
                 .bind(4, it.value().y())
                 .bind(5, layout.pinned.contains(it.key()) ? 1 : 0)
                 .exec();
    }
    SqliteStatement use = c.prepare(
        "INSERT OR REPLACE INTO layouts(view, used) VALUES(?1, (SELECT COALESCE(MAX(used), 0) + 1 FROM layouts))");
    ok = ok && use.bind(1, view).exec();
    // Forget the views used longest ago.
    SqliteStatement stale = c.prepare("SELECT view FROM layouts ORDER BY used DESC LIMIT -1 OFFSET ?1");
    stale.bind(1, std::max(keepViews, 1));
    QStringList forget;
    while (ok && stale.next())
        forget << stale.text(0);
    ok = ok && !stale.failed();
    SqliteStatement dropView = c.prepare("DELETE FROM layouts WHERE view = ?1");
    for (const QString &old : std::as_const(forget))
        ok = ok && clear.bind(1, old).exec() && dropView.bind(1, old).exec();
    if (!ownTransaction)
        return ok;
    if (!ok) {
        m_database.rollback();
        return false;
    }
    return m_database.commit();
}

} // namespace storyloom
