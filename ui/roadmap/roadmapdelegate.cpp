// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roadmap/roadmapdelegate.h"

#include "core/roadmap/roadmapdiagram.h"
#include "ui/roadmap/roadmapmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QSpinBox>

namespace storyloom {

RoadmapDelegate::RoadmapDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void RoadmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != RoadmapModel::Progress) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);
    const QVariant progress = index.data(RoadmapModel::ProgressRole);
    if (!progress.isValid())
        return;
    const DiagramColors colors = stateColors(GoalState(index.data(RoadmapModel::StateRole).toInt()));
    const QRectF area = QRectF(option.rect).adjusted(4, 2, -4, -2);
    const double textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 8.0;
    const QRectF bar(area.left(), area.center().y() - 4, std::max(20.0, area.width() - textWidth), 8);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(colors.stroke), 1));
    painter->setBrush(option.palette.base());
    painter->drawRoundedRect(bar, 3, 3);
    QRectF done = bar;
    done.setWidth(bar.width() * std::clamp(progress.toDouble(), 0.0, 1.0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(colors.stroke));
    if (done.width() > 0)
        painter->drawRoundedRect(done, 3, 3);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                          : option.palette.text().color());
    painter->drawText(QRectF(bar.right() + 4, option.rect.top(), area.right() - bar.right() - 4, option.rect.height()),
        Qt::AlignVCenter | Qt::AlignRight, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QWidget *RoadmapDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == RoadmapModel::State) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(none)"), int(GoalState::Unknown));
        combo->setAccessibleName(tr("State"));
        for (GoalState state : allGoalStates) {
            combo->addItem(stateEmoji(state) + u' ' + displayName(state), int(state));
            combo->setItemData(combo->count() - 1, displayName(state), Qt::AccessibleTextRole);
        }
        // Choosing a state commits it at once.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<RoadmapDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    if (index.column() == RoadmapModel::Progress) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setAccessibleName(tr("Progress in percent"));
        spin->setSuffix(QStringLiteral("%"));
        spin->setSingleStep(5);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RoadmapDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(RoadmapModel::StateRole))));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        const QVariant progress = index.data(RoadmapModel::ProgressRole);
        spin->setValue(progress.isValid() ? int(std::lround(progress.toDouble() * 100)) : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RoadmapDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, spin->value() / 100.0, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace storyloom
