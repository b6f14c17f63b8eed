// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/hitdelegate.h"

#include <QApplication>
#include <QListWidgetItem>
#include <QPainter>
#include <QTextLayout>

namespace storyloom {

QListWidgetItem *HitDelegate::makeItem(const SearchHit &hit)
{
    auto *item = new QListWidgetItem(hit.title);
    item->setData(IdRole, hit.entityId);
    item->setData(LineRole, hit.line);
    QString kind = displayName(hit.type);
    if (hit.type == EntityType::Story && hit.kind != StoryKind::None)
        kind = displayName(hit.kind);
    item->setData(LocationRole, QStringLiteral("%1 · %2:%3").arg(kind, hit.path).arg(hit.line));
    item->setData(SnippetRole, hit.snippet);
    QVariantList highlights;
    for (const auto &[start, length] : hit.highlights)
        highlights.append(QVariantList { start, length });
    item->setData(HighlightsRole, highlights);
    item->setToolTip(QStringLiteral("%1:%2").arg(hit.path).arg(hit.line));
    return item;
}

void HitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = opt.rect.adjusted(6, 3, -6, -3);
    const QFontMetrics metrics(opt.font);
    const int lineHeight = metrics.height();
    painter->save();

    // Line 1: title (bold), then the location in a quieter colour.
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(textRole));
    const QString title
        = QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width() * 3 / 5);
    painter->drawText(
        QRect(area.left(), area.top(), area.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(title) + 12;
    painter->setFont(opt.font);
    QColor quiet = opt.palette.color(textRole);
    quiet.setAlphaF(0.6f);
    painter->setPen(quiet);
    painter->drawText(QRect(area.left() + titleWidth, area.top(), area.width() - titleWidth, lineHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(LocationRole).toString(), Qt::ElideMiddle, area.width() - titleWidth));

    // Line 2: the snippet, matched words on a highlight background.
    QTextLayout layout(index.data(SnippetRole).toString(), opt.font);
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &range : index.data(HighlightsRole).toList()) {
        const QVariantList pair = range.toList();
        QTextLayout::FormatRange format;
        format.start = pair.value(0).toInt();
        format.length = pair.value(1).toInt();
        format.format.setFontWeight(QFont::Bold);
        format.format.setBackground(selected ? opt.palette.color(QPalette::Base).darker(150) : QColor(255, 214, 102));
        if (!selected) // dark text on the yellow, whatever the palette's text colour (light on a dark palette)
            format.format.setForeground(QColor(0x1f, 0x23, 0x28));
        formats.append(format);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(area.width());
    layout.endLayout();
    painter->setPen(opt.palette.color(textRole));
    painter->setClipRect(QRect(area.left(), area.top() + lineHeight + 2, area.width(), lineHeight + 2));
    layout.draw(painter, QPointF(area.left(), area.top() + lineHeight + 2));
    painter->restore();
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return { 200, metrics.height() * 2 + 10 };
}

} // namespace storyloom
