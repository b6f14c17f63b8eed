// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/editorsettings.h"

#include <QPalette>

namespace storyloom {

/**
 * The application's colours. "Follow the system" keeps what the desktop
 * gives; Light, Dark and High contrast paint the whole window (not only the editor) with the
 * Fusion style and a palette of our own, so a dark choice on a light desktop
 * (or `storyloom --theme dark` for screenshots) is dark everywhere.
 */
class AppTheme
{
public:
    /** Applies a theme to the running application; System restores the desktop's style and palette. */
    static void apply(EditorSettings::Theme theme);
    /** The theme the window is painted with: the last one applied (`--theme` for one run), else the settings'. */
    [[nodiscard]] static EditorSettings::Theme current();
    /** The palette Dark paints with: readable text (contrast >= 7:1 on the bases), visible focus and links. */
    [[nodiscard]] static QPalette darkPalette();
    /**
     * The palette High contrast paints with: white on black, yellow selection and focus,
     * cyan links (contrast well above 7:1 everywhere), for low vision.
     */
    [[nodiscard]] static QPalette highContrastPalette();
    /** The palette Light paints with. */
    [[nodiscard]] static QPalette lightPalette();
    /**
     * `colour` faded into `base` (`amount` of it, 0 to 1): a tint that keeps
     * the base's lightness, for marking things on a dark palette where a pastel would glare.
     */
    [[nodiscard]] static QColor tint(const QColor &colour, const QColor &base, float amount);
    /** WCAG's contrast ratio of two colours, 1 (none) to 21 (black on white). */
    [[nodiscard]] static double contrastRatio(const QColor &a, const QColor &b);
    /**
     * `colour` with its hue kept and its lightness moved away from `background`
     * until their contrast ratio is at least `ratio` (towards white on a dark
     * background, black on a light one): theme colours made readable for high contrast.
     */
    [[nodiscard]] static QColor withContrast(const QColor &colour, const QColor &background, double ratio);
};

} // namespace storyloom
