// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace storyloom {

/**
 * Sorts the roadmap tree and filters it by state and owner. A goal that does
 * not match stays when one of its initiatives does, so the tree keeps its shape.
 */
class RoadmapFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RoadmapFilterModel(QObject *parent = nullptr);

    /** Only goals in this state; nothing for all states. */
    void setStateFilter(std::optional<GoalState> state);
    /** Only goals one of whose owners contains this text (case-insensitive); empty for everyone. */
    void setOwnerFilter(const QString &owner);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<GoalState> m_state;
    QString m_owner;
};

} // namespace storyloom
