// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace storyloom {

/**
 * Draws the roadmap's progress column as a bar and gives the state and
 * progress columns fitting editors (a state list with emoji, a percentage
 * spin box); other columns edit as text.
 */
class RoadmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit RoadmapDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace storyloom
