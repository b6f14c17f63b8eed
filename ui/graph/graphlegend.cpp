// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphlegend.h"

#include "ui/graph/graphstyle.h"

#include <QPainter>
#include <algorithm>

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

/** The length of a relation's line swatch: long enough to show its dash pattern. */
constexpr int lineLength = 28;

} // namespace

GraphLegend::GraphLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Legend"));
    // The picture in words: shapes per type, line patterns per relation kind.
    QStringList shapes;
    for (const Swatch &s : swatches())
        shapes << s.label;
    QStringList kinds;
    for (RelationKind kind : allRelationKinds)
        kinds << displayName(kind);
    setAccessibleDescription(tr("Entity types, each with its own shape: %1. Relation kinds, each with its own line "
                                "pattern: %2. Derived relations have a hollow arrowhead.")
            .arg(shapes.join(QStringLiteral(", ")), kinds.join(QStringLiteral(", "))));
}

int GraphLegend::rowHeight() const
{
    return std::max(18, fontMetrics().height() + 4);
}

int GraphLegend::columnWidth() const
{
    int widest = fontMetrics().horizontalAdvance(tr("derived"));
    for (const Swatch &s : swatches())
        widest = std::max(widest, fontMetrics().horizontalAdvance(s.label));
    for (RelationKind kind : allRelationKinds)
        widest = std::max(widest, fontMetrics().horizontalAdvance(displayName(kind)));
    return lineLength + 6 + widest + 8;
}

QSize GraphLegend::sizeHint() const
{
    // One more relation row: the derived relations' arrowhead.
    const int rows = int((swatches().size() + 1) / 2 + (std::size(allRelationKinds) + 2) / 2);
    return { 2 * columnWidth() + 8, rows * rowHeight() + 8 };
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int row = rowHeight();
    const int column = columnWidth();
    const QList<Swatch> list = swatches();
    int i = 0;
    for (const Swatch &s : list) {
        const QPointF at(4 + (i % 2) * column, 4 + (i / 2) * row);
        painter.save();
        painter.translate(at + QPointF(8, row / 2.0));
        painter.setPen(GraphStyle::nodePen(GraphStyle::Emphasis::Normal));
        painter.setBrush(GraphStyle::nodeBrush(s.type, s.kind, GraphStyle::Emphasis::Normal));
        painter.drawPath(GraphStyle::legendPath(s.type, 12));
        painter.restore();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(at.x() + 20, at.y(), column - 22, row), Qt::AlignVCenter, s.label);
        ++i;
    }
    const int top = 4 + int((list.size() + 1) / 2) * row;
    const QRectF textBox(lineLength + 6, 0, column - lineLength - 8, row);
    i = 0;
    for (RelationKind kind : allRelationKinds) {
        const QPointF at(4 + (i % 2) * column, top + (i / 2) * row);
        painter.setPen(GraphStyle::edgePen(kind, Provenance::Declared, GraphStyle::Emphasis::Selected));
        painter.drawLine(QPointF(at.x(), at.y() + row / 2.0), QPointF(at.x() + lineLength, at.y() + row / 2.0));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(textBox.translated(at), Qt::AlignVCenter, displayName(kind));
        ++i;
    }
    // Derived relations: any kind's line, with a hollow head.
    const QPointF at(4 + (i % 2) * column, top + (i / 2) * row);
    const double y = at.y() + row / 2.0;
    QPen line = GraphStyle::edgePen(RelationKind::Links, Provenance::Derived, GraphStyle::Emphasis::Selected);
    line.setColor(palette().color(QPalette::WindowText));
    painter.setPen(line);
    painter.drawLine(QPointF(at.x(), y), QPointF(at.x() + lineLength - 8, y));
    QPen outline(palette().color(QPalette::WindowText), 1.5);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    const double tip = at.x() + lineLength;
    painter.drawPolygon(QPolygonF { QPointF(tip, y), QPointF(tip - 8, y - 3.5), QPointF(tip - 8, y + 3.5) });
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(textBox.translated(at), Qt::AlignVCenter, tr("derived"));
}

} // namespace storyloom
