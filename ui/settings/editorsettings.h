// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace storyloom {

/** The editor's and preview's preferences, stored in QSettings under `editor/`. */
struct EditorSettings
{
    enum class Theme { System, Light, Dark, HighContrast };

    Theme theme = Theme::System;
    bool lineNumbers = true;
    bool softWrap = true;
    bool autosave = true;
    /** Pause in typing after which a modified buffer is saved. */
    int autosaveDelayMs = 2000;
    bool previewVisible = true;
    bool scrollSync = true;

    [[nodiscard]] static EditorSettings load();
    void save() const;
    /** Whether to paint dark: the setting, or the application palette for System. */
    [[nodiscard]] bool dark() const;
};

/** Tells open editors that the settings changed (the settings dialog emits it). */
class EditorSettingsNotifier : public QObject
{
    Q_OBJECT
public:
    [[nodiscard]] static EditorSettingsNotifier *instance();
    void notify() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
};

} // namespace storyloom
