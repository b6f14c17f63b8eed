// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/translations.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace storyloom {

namespace {
const QString resourceDir = QStringLiteral(":/storyloom/i18n");

/** The translators installed by the last install(), removed before installing others. */
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}
} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files
        = QDir(resourceDir).entryList({ QStringLiteral("storyloom_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(10, file.size() - 13); // "storyloom_" … ".qm"
        if (language != QLatin1StringView("en")) // the source language's plural forms only
            languages.append(language);
    }
    return languages;
}

QString Translations::languageOverride()
{
    return QSettings().value(QLatin1StringView(settingsKey)).toString();
}

void Translations::setLanguageOverride(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1StringView(settingsKey));
    else
        settings.setValue(QLatin1StringView(settingsKey), language);
}

QString Translations::nativeName(const QString &language)
{
    const QLocale locale(language);
    // Plain "English" for the source language (its locale would name a territory, "American English").
    QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                         : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString Translations::install(QCoreApplication *app, const QString &language)
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    QString chosen = language.isEmpty() ? languageOverride() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);

    auto *own = new QTranslator(app);
    // QTranslator::load(QLocale, …) tries every UI language of the locale in order ("de_AT", "de", …).
    if (!own->load(locale, QStringLiteral("storyloom"), QStringLiteral("_"), resourceDir)) {
        // No translation for this language: English, with its plural forms ("1 word", not "1 word(s)").
        qCInfo(lcI18n) << "no translation for" << locale.uiLanguages() << "- using English";
        if (own->load(QStringLiteral("storyloom_en"), resourceDir)) {
            QCoreApplication::installTranslator(own);
            installed().append(own);
        } else {
            qCWarning(lcI18n) << "the English plural forms are missing from the resources";
            delete own;
        }
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    installed().append(own);

    // Qt's own strings (standard buttons, file dialogs) when the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        qCInfo(lcI18n) << "no Qt translation for" << locale.uiLanguages() << "on this system";
        delete qt;
    }
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace storyloom
