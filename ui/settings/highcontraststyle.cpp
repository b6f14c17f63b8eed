// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/highcontraststyle.h"

#include <QPainter>
#include <QStyleOption>

namespace storyloom {

HighContrastStyle::HighContrastStyle()
    : QProxyStyle(QStringLiteral("Fusion"))
{
    setObjectName(QStringLiteral("highContrastStyle"));
}

void HighContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton && element != PE_FrameLineEdit)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool enabled = option->state & State_Enabled;
    painter->setPen(
        QPen(option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::WindowText), 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box);
    else
        painter->drawRect(box);
    painter->restore();
}

} // namespace storyloom
