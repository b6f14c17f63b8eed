// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/helpmenu.h"

#include "mainwindow/aboutdialog.h"
#include "mainwindow/shortcutsdialog.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace storyloom {

QMenu *addHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(QCoreApplication::translate("storyloom::HelpMenu", "&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(QCoreApplication::translate("storyloom::HelpMenu", "&Keyboard Shortcuts"), window, [window] {
        ShortcutsDialog dialog(window);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(QCoreApplication::translate("storyloom::HelpMenu", "&About Storyloom"), window, [window] {
        AboutDialog dialog(window);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(QCoreApplication::translate("storyloom::HelpMenu", "About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    return help;
}

} // namespace storyloom
