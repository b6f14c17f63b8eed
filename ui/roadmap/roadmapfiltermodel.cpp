// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roadmap/roadmapfiltermodel.h"

#include "ui/roadmap/roadmapmodel.h"

namespace storyloom {

RoadmapFilterModel::RoadmapFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(RoadmapModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RoadmapFilterModel::setStateFilter(std::optional<GoalState> state)
{
    m_state = state;
    invalidateRowsFilter();
}

void RoadmapFilterModel::setOwnerFilter(const QString &owner)
{
    m_owner = owner.trimmed();
    invalidateRowsFilter();
}

bool RoadmapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && GoalState(index.data(RoadmapModel::StateRole).toInt()) != *m_state)
        return false;
    if (!m_owner.isEmpty()) {
        const QStringList owners = index.data(RoadmapModel::OwnersRole).toStringList();
        return std::any_of(owners.begin(), owners.end(),
            [this](const QString &owner) { return owner.contains(m_owner, Qt::CaseInsensitive); });
    }
    return true;
}

} // namespace storyloom
