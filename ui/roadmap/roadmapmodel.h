// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/roadmap/overviewtablewriter.h"

#include <QAbstractItemModel>

namespace storyloom {

/**
 * The goal tree of a snapshot as a table-tree: goals with their initiatives
 * below, one column each for state, progress, owners, the pain points a goal
 * addresses and the shiny-future stories it realises. Edits do not change the
 * model: they are handed out through editRequested, written to the files, and
 * come back with the next snapshot.
 */
class RoadmapModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Deliverable, State, Progress, Owners, PainPoints, Stories, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        /** GoalState as int. */
        StateRole,
        /** double 0..1, invalid when unknown. */
        ProgressRole,
        OwnersRole,
        /** Ids of the pain points (PainPoints column) or stories (Stories column). */
        LinkIdsRole,
        SortRole,
    };

    explicit RoadmapModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    [[nodiscard]] const Snapshot &snapshot() const { return m_snapshot; }
    /** Every owner named in the roadmap, sorted, for the owner filter. */
    [[nodiscard]] QStringList owners() const;
    [[nodiscard]] QModelIndex indexForId(const QString &id, int column = 0) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** The user changed a goal's state, progress or owners in place. */
    void editRequested(const QString &goalId, const storyloom::GoalEdit &edit);

private:
    struct Item
    {
        const Entity *goal = nullptr;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        QStringList painPoints;
        QStringList stories;
    };
    [[nodiscard]] const Item *itemAt(const QModelIndex &index) const;
    [[nodiscard]] QStringList titles(const QStringList &ids) const;

    Snapshot m_snapshot;
    std::vector<Item> m_items;
    std::vector<int> m_roots;
};

} // namespace storyloom
