// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/apptheme.h"

#include "ui/settings/highcontraststyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <algorithm>
#include <cmath>
#include <optional>

namespace storyloom {

namespace {
/** What the desktop gave us before the first change, to go back to for System. */
struct SystemLook
{
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look { QApplication::style() ? QApplication::style()->name() : QString(),
        QApplication::palette() };
    return look;
}
} // namespace

QColor AppTheme::tint(const QColor &colour, const QColor &base, float amount)
{
    return QColor::fromRgbF(colour.redF() * amount + base.redF() * (1 - amount),
        colour.greenF() * amount + base.greenF() * (1 - amount), colour.blueF() * amount + base.blueF() * (1 - amount));
}

QPalette AppTheme::darkPalette()
{
    const QColor window(0x2a, 0x2c, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabledText(0x7d, 0x81, 0x87);
    const QColor button(0x35, 0x37, 0x3c);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0b));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa5));
    p.setColor(QPalette::Accent, QColor(0x2f, 0x6f, 0xc4));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    return p;
}

QPalette AppTheme::highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor grey(0xb0, 0xb0, 0xb0);
    QPalette p;
    for (const QPalette::ColorRole role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
             QPalette::ToolTipBase, QPalette::Shadow, QPalette::Dark, QPalette::Mid })
        p.setColor(role, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText })
        p.setColor(role, white);
    // Frames and the focus outline are drawn from these: white and yellow, not shades of grey.
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, grey);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Accent, yellow);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::PlaceholderText, grey);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    return p;
}

QPalette AppTheme::lightPalette()
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        const QPalette palette = fusion->standardPalette();
        delete fusion;
        return palette;
    }
    return QApplication::palette();
}

namespace {

/** The theme apply() last painted with. */
std::optional<EditorSettings::Theme> &appliedTheme()
{
    static std::optional<EditorSettings::Theme> theme;
    return theme;
}

} // namespace

void AppTheme::apply(EditorSettings::Theme theme)
{
    appliedTheme() = theme;
    const SystemLook &look = systemLook(); // remembered before anything changes
    switch (theme) {
    case EditorSettings::Theme::System:
        if (!look.style.isEmpty()
            && (QApplication::style()->name() != look.style
                || qobject_cast<HighContrastStyle *>(QApplication::style())))
            QApplication::setStyle(look.style);
        QApplication::setPalette(look.palette);
        QGuiApplication::styleHints()->unsetColorScheme();
        return;
    case EditorSettings::Theme::Light:
    case EditorSettings::Theme::Dark:
    case EditorSettings::Theme::HighContrast: {
        const bool dark = theme != EditorSettings::Theme::Light;
        const bool highContrast = theme == EditorSettings::Theme::HighContrast;
        const bool isHighContrastStyle = qobject_cast<HighContrastStyle *>(QApplication::style()) != nullptr;
        if (highContrast && !isHighContrastStyle)
            QApplication::setStyle(new HighContrastStyle);
        else if (!highContrast
            && (isHighContrastStyle || QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0))
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(theme == EditorSettings::Theme::HighContrast ? highContrastPalette()
                : dark                                                        ? darkPalette()
                                                                              : lightPalette());
        QGuiApplication::styleHints()->setColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
        return;
    }
    }
}

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](float c) { return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

EditorSettings::Theme AppTheme::current()
{
    return appliedTheme().value_or(EditorSettings::load().theme);
}

double AppTheme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor AppTheme::withContrast(const QColor &colour, const QColor &background, double ratio)
{
    if (contrastRatio(colour, background) >= ratio)
        return colour;
    const QColor towards = relativeLuminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    // Mix towards white (or black) in small steps: the first mix that reads well keeps most of the hue.
    const QColor from = colour.toRgb();
    for (int step = 1; step <= 20; ++step) {
        const float t = float(step) / 20.0f;
        const QColor mixed = QColor::fromRgbF(from.redF() + (towards.redF() - from.redF()) * t,
            from.greenF() + (towards.greenF() - from.greenF()) * t,
            from.blueF() + (towards.blueF() - from.blueF()) * t);
        if (contrastRatio(mixed, background) >= ratio)
            return mixed;
    }
    return towards;
}

} // namespace storyloom
