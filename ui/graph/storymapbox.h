// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/storymaplayout.h"

#include <QFont>
#include <QGraphicsItem>

namespace storyloom {

/**
 * The graphics item of one box of the story map: an entity, a folded group
 * (with its count), or the heading of an unfolded group. Its title is elided
 * to the box (the full title is the tooltip), so no two labels overlap.
 */
class StoryMapBox : public QGraphicsItem
{
public:
    enum { Type = UserType + 41 };
    /** The labels' pixel size at zoom 1; the view never opens below the zoom that keeps it at 9 px. */
    static constexpr int labelPixelSize = 12;

    explicit StoryMapBox(const StoryMapItem &item);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const QString &id() const { return m_item.id; }
    [[nodiscard]] StoryMapItemKind kind() const { return m_item.kind; }
    [[nodiscard]] const StoryMapItem &item() const { return m_item; }
    /** Where the label is drawn, in scene coordinates. */
    [[nodiscard]] QRectF labelRect() const { return m_item.labelRect; }
    /** The text drawn (elided to the label's width). */
    [[nodiscard]] const QString &shownText() const { return m_text; }
    [[nodiscard]] static QFont labelFont();

    /** `dimmed`: faded back because the selection does not reach it. */
    void setHighlight(bool selected, bool dimmed);
    [[nodiscard]] bool isDimmed() const { return m_dimmed; }
    /** Framed as the keyboard's box (while the view has the focus). */
    void setKeyboardFocus(bool focused);
    [[nodiscard]] bool hasKeyboardFocus() const { return m_keyboardFocus; }

private:
    StoryMapItem m_item;
    QString m_text;
    bool m_selected = false;
    bool m_dimmed = false;
    bool m_keyboardFocus = false;
};

} // namespace storyloom
