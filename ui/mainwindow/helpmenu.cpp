// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/helpmenu.h"

#include "core/i18n/translations.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace storyloom {

namespace {
/** Help › Switch Application Language: the Settings override of the system locale, read at the next start. */
void addLanguageMenu(QMenu *help, QMainWindow *window)
{
    QMenu *menu = help->addMenu(QCoreApplication::translate("storyloom::HelpMenu", "Switch Application &Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = Translations::languageOverride();
    auto add = [&](const QString &text, const QString &language) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        group->addAction(action);
    };
    add(QCoreApplication::translate("storyloom::HelpMenu", "System Language"), QString());
    menu->addSeparator();
    QStringList languages = Translations::available();
    languages.append(QStringLiteral("en"));
    std::sort(languages.begin(), languages.end());
    for (const QString &language : std::as_const(languages))
        add(Translations::nativeName(language), language);
    QObject::connect(group, &QActionGroup::triggered, window, [window](QAction *action) {
        if (action->data().toString() == Translations::languageOverride())
            return;
        Translations::setLanguageOverride(action->data().toString());
        QMessageBox::information(window, QCoreApplication::translate("storyloom::HelpMenu", "Language"),
            QCoreApplication::translate(
                "storyloom::HelpMenu", "The new language takes effect after Storyloom is restarted."));
    });
}
} // namespace

QMenu *createHelpMenu(QMainWindow *window)
{
    auto *help = new QMenu(QCoreApplication::translate("storyloom::HelpMenu", "&Help"), window);
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts
        = help->addAction(QCoreApplication::translate("storyloom::HelpMenu", "&Keyboard Shortcuts"), window, [window] {
              ShortcutsDialog dialog(window);
              dialog.exec();
          });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    addLanguageMenu(help, window);
    help->addSeparator();
    QAction *about
        = help->addAction(QCoreApplication::translate("storyloom::HelpMenu", "&About Storyloom"), window, [window] {
              AboutDialog dialog(window);
              dialog.exec();
          });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(
        QCoreApplication::translate("storyloom::HelpMenu", "About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    return help;
}

} // namespace storyloom
