// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace storyloom {

/**
 * Fusion for the high-contrast palette. Fusion draws the edges of check
 * boxes, radio buttons and text fields a shade darker than the window: on
 * black, unchecked boxes and empty fields vanished. This style outlines them
 * in the text colour.
 */
class HighContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    HighContrastStyle();

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override;
};

} // namespace storyloom
