// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/storymapbox.h"

#include "ui/graph/graphstyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace storyloom {

StoryMapBox::StoryMapBox(const StoryMapItem &item)
    : m_item(item)
{
    setAcceptHoverEvents(false);
    setCursor(item.kind == StoryMapItemKind::Entity ? Qt::ArrowCursor : Qt::PointingHandCursor);
    QFont font = labelFont();
    font.setBold(item.kind != StoryMapItemKind::Entity);
    const QFontMetricsF metrics(font);
    m_text = metrics.elidedText(item.title, Qt::ElideRight, item.labelRect.width());
    QString tip = item.title.toHtmlEscaped();
    if (item.kind == StoryMapItemKind::Entity) {
        tip += QStringLiteral("<br><small>%1</small>")
                   .arg(item.type == EntityType::Story && item.storyKind != StoryKind::None
                           ? displayName(item.storyKind)
                           : displayName(item.type));
    } else {
        tip += QStringLiteral("<br><small>%1</small>")
                   .arg(item.kind == StoryMapItemKind::Group
                           ? QApplication::translate(
                                 "StoryMapBox", "%n entities; click to unfold", nullptr, int(item.members.size()))
                           : QApplication::translate(
                                 "StoryMapBox", "%n entities; click to fold", nullptr, int(item.members.size())));
    }
    setToolTip(tip);
}

QFont StoryMapBox::labelFont()
{
    QFont font = QApplication::font();
    font.setPixelSize(labelPixelSize);
    return font;
}

QRectF StoryMapBox::boundingRect() const
{
    return m_item.rect.adjusted(-5, -5, 5, 5);
}

void StoryMapBox::setHighlight(bool selected, bool dimmed)
{
    if (selected == m_selected && dimmed == m_dimmed)
        return;
    m_selected = selected;
    m_dimmed = dimmed;
    update();
}

void StoryMapBox::setKeyboardFocus(bool focused)
{
    if (focused == m_keyboardFocus)
        return;
    m_keyboardFocus = focused;
    update();
}

void StoryMapBox::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const QColor type = GraphStyle::nodeBrush(m_item.type, m_item.storyKind, GraphStyle::Emphasis::Normal).color();
    QColor fill = palette.color(QPalette::Base);
    // A tint of the type's colour on the base, readable in light and dark palettes alike.
    fill = QColor::fromRgbF(fill.redF() * 0.8f + type.redF() * 0.2f, fill.greenF() * 0.8f + type.greenF() * 0.2f,
        fill.blueF() * 0.8f + type.blueF() * 0.2f);
    QColor text = palette.color(QPalette::Text);
    QColor border = m_selected ? palette.color(QPalette::Highlight) : type;
    if (m_dimmed) {
        fill.setAlphaF(0.25f);
        text.setAlphaF(0.3f);
        border.setAlphaF(0.25f);
    }
    const QRectF &r = m_item.rect;
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_item.kind == StoryMapItemKind::Group) {
        // A stack of cards: the group holds more than it shows.
        painter->setPen(QPen(border, 1.0));
        painter->setBrush(fill);
        painter->drawRoundedRect(r.translated(3, -3), 4, 4);
    }
    painter->setPen(QPen(border, m_selected ? 2.5 : 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 4, 4);
    // The type's colour as a stripe on the left.
    QColor stripe = type;
    if (m_dimmed)
        stripe.setAlphaF(0.25f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(stripe);
    painter->drawRoundedRect(QRectF(r.left(), r.top(), 4, r.height()), 2, 2);

    QFont font = labelFont();
    font.setBold(m_item.kind != StoryMapItemKind::Entity);
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(m_item.labelRect, Qt::AlignVCenter | Qt::AlignLeft, m_text);
    if (m_item.kind != StoryMapItemKind::Entity) {
        const QString marker = m_item.kind == StoryMapItemKind::Group ? QStringLiteral("▸ %1") : QStringLiteral("▾ %1");
        const QRectF badge(m_item.labelRect.right() + 4, r.top(), r.right() - m_item.labelRect.right() - 8, r.height());
        painter->drawText(badge, Qt::AlignVCenter | Qt::AlignRight, marker.arg(m_item.members.size()));
    }
    if (m_keyboardFocus) {
        // The keyboard's box: a ring outside the border, visible whatever the colours.
        QPen ring(palette.color(QPalette::Text), 2.0, Qt::DashLine);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), 5, 5);
    }
}

} // namespace storyloom
