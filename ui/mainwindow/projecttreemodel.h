// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storygraph.h"

#include <QStandardItemModel>

namespace storyloom {

/**
 * The project tree: entities grouped by type (stories split into status quo
 * and shiny future), goals nested under their parent goal, in book order.
 * Rebuilt from each new snapshot; items carry the entity id in IdRole.
 */
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, PathRole, LineRole };

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    /** The item of an entity, for following the selection from other views. */
    [[nodiscard]] QModelIndex indexForId(const QString &id) const;

private:
    QHash<QString, QStandardItem *> m_items;
};

} // namespace storyloom
