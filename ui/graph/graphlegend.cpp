// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphlegend.h"

#include "ui/graph/graphstyle.h"

#include <QPainter>

namespace storyloom {

namespace {

struct Swatch
{
    EntityType type;
    StoryKind kind;
    QString label;
};

QList<Swatch> swatches()
{
    QList<Swatch> list;
    for (EntityType type : allEntityTypes) {
        if (type == EntityType::Story) {
            list.append({ type, StoryKind::StatusQuo, displayName(StoryKind::StatusQuo) });
            list.append({ type, StoryKind::ShinyFuture, displayName(StoryKind::ShinyFuture) });
        } else {
            list.append({ type, StoryKind::None, pluralDisplayName(type) });
        }
    }
    return list;
}

constexpr int rowHeight = 18;
constexpr int columnWidth = 120;

} // namespace

GraphLegend::GraphLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize GraphLegend::sizeHint() const
{
    const int rows = int((swatches().size() + 1) / 2 + (std::size(allRelationKinds) + 1) / 2);
    return { 2 * columnWidth + 8, rows * rowHeight + 8 };
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Swatch> list = swatches();
    int i = 0;
    for (const Swatch &s : list) {
        const QPointF at(4 + (i % 2) * columnWidth, 4 + (i / 2) * rowHeight);
        painter.save();
        painter.translate(at + QPointF(8, rowHeight / 2.0));
        painter.setPen(GraphStyle::nodePen(GraphStyle::Emphasis::Normal));
        painter.setBrush(GraphStyle::nodeBrush(s.type, s.kind, GraphStyle::Emphasis::Normal));
        painter.drawPath(GraphStyle::legendPath(s.type, 12));
        painter.restore();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(at.x() + 20, at.y(), columnWidth - 22, rowHeight), Qt::AlignVCenter, s.label);
        ++i;
    }
    const int top = 4 + int((list.size() + 1) / 2) * rowHeight;
    i = 0;
    for (RelationKind kind : allRelationKinds) {
        const QPointF at(4 + (i % 2) * columnWidth, top + (i / 2) * rowHeight);
        QPen pen = GraphStyle::edgePen(kind, Provenance::Declared, GraphStyle::Emphasis::Selected);
        painter.setPen(pen);
        painter.drawLine(QPointF(at.x(), at.y() + rowHeight / 2.0), QPointF(at.x() + 16, at.y() + rowHeight / 2.0));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(at.x() + 20, at.y(), columnWidth - 22, rowHeight), Qt::AlignVCenter, displayName(kind));
        ++i;
    }
}

} // namespace storyloom
