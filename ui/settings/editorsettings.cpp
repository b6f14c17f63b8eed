// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/editorsettings.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

namespace storyloom {

EditorSettings EditorSettings::load()
{
    QSettings s;
    EditorSettings e;
    e.theme = Theme(std::clamp(s.value(QStringLiteral("editor/theme"), int(Theme::System)).toInt(), 0, 3));
    e.lineNumbers = s.value(QStringLiteral("editor/lineNumbers"), e.lineNumbers).toBool();
    e.softWrap = s.value(QStringLiteral("editor/softWrap"), e.softWrap).toBool();
    e.autosave = s.value(QStringLiteral("editor/autosave"), e.autosave).toBool();
    e.autosaveDelayMs
        = std::clamp(s.value(QStringLiteral("editor/autosaveDelayMs"), e.autosaveDelayMs).toInt(), 200, 600000);
    e.previewVisible = s.value(QStringLiteral("editor/previewVisible"), e.previewVisible).toBool();
    e.scrollSync = s.value(QStringLiteral("editor/scrollSync"), e.scrollSync).toBool();
    return e;
}

void EditorSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("editor/theme"), int(theme));
    s.setValue(QStringLiteral("editor/lineNumbers"), lineNumbers);
    s.setValue(QStringLiteral("editor/softWrap"), softWrap);
    s.setValue(QStringLiteral("editor/autosave"), autosave);
    s.setValue(QStringLiteral("editor/autosaveDelayMs"), autosaveDelayMs);
    s.setValue(QStringLiteral("editor/previewVisible"), previewVisible);
    s.setValue(QStringLiteral("editor/scrollSync"), scrollSync);
}

bool EditorSettings::dark() const
{
    switch (theme) {
    case Theme::Light:
        return false;
    case Theme::Dark:
    case Theme::HighContrast:
        return true;
    case Theme::System:
        break;
    }
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

EditorSettingsNotifier *EditorSettingsNotifier::instance()
{
    static EditorSettingsNotifier notifier;
    return &notifier;
}

} // namespace storyloom
