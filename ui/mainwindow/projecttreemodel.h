// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/sync/filemarks.h"

#include <QStandardItemModel>

namespace storyloom {

/**
 * The project tree: entities grouped by type (stories split into status quo
 * and shiny future), goals nested under their parent goal, in book order.
 * Rebuilt from each new snapshot; items carry the entity id in IdRole.
 * Entities whose file is new, modified or conflicted in Git carry a mark
 * (a coloured dot, MarkRole, and a line in the tooltip).
 */
class ProjectTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PathRole,
        LineRole,
        /** int(FileMark), or invalid when unchanged */ MarkRole,
        /** A saved view's file (views/NAME.yml), on the items of the Views group */ ViewPathRole
    };

    /** What a drag of pages out of the tree carries: their ids, one a line. */
    static constexpr const char *entityMimeType = "application/x-storyloom-entity";

    explicit ProjectTreeModel(QObject *parent = nullptr);

    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;

    void setSnapshot(const Snapshot &snapshot);
    /** The item of an entity, for following the selection from other views. */
    [[nodiscard]] QModelIndex indexForId(const QString &id) const;
    /** Marks the entities of changed files (paths relative to the project folder); kept across snapshots. */
    void setFileMarks(const FileMarks &marks);

    /** Lists the project's saved views again (one was saved or removed). */
    void refreshViews();

private:
    void addViews();
    QString m_root;
    QStandardItem *m_viewsGroup = nullptr;
    void applyMarks();

    QHash<QString, QStandardItem *> m_items;
    FileMarks m_marks;
};

} // namespace storyloom
