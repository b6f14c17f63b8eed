// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace storyloom {

/**
 * The user interface's language. Storyloom's own translations are compiled
 * from the translations/ folder (.ts files) and embedded in the binaries; Qt's translations (for
 * standard dialogs) are loaded from the system when installed.
 *
 * The language follows the system locale unless Settings chose one; the
 * choice is read once at start, so changing it takes effect after a restart.
 * Machine-readable output (--json, diagnostics) is never translated.
 */
class Translations
{
public:
    /** QSettings key of the override: a language name ("de", "fr", "en") or empty for the system locale. */
    static constexpr const char *settingsKey = "ui/language";

    /** Languages with a bundled translation ("de", "fr"), not counting English, the source language. */
    [[nodiscard]] static QStringList available();
    /** The language chosen in Settings, or empty when following the system locale. */
    [[nodiscard]] static QString languageOverride();
    /** Stores the override (empty: follow the system); it applies from the next start. */
    static void setLanguageOverride(const QString &language);
    /** The language's own name, for a Settings list ("Deutsch", "Français", "English"). */
    [[nodiscard]] static QString nativeName(const QString &language);

    /**
     * Installs the translators on `app`: for `language` when given, else the
     * Settings override, else the system locale. Returns the language now in
     * use ("en" when no translation matched).
     */
    static QString install(QCoreApplication *app, const QString &language = QString());
};

} // namespace storyloom
