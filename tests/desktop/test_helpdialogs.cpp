// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help menu, keyboard-shortcut list and About dialog on the real main window.

#include "storyloom/version.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace Qt::StringLiterals;
using namespace storyloom;

class TestHelpDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-helpdialogs"_s);
    }

    void helpMenuIsLastAndComplete()
    {
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QMenu *help = menus.last()->menu();
        QVERIFY(help);
        QCOMPARE(help->objectName(), u"helpMenu"_s);
        QStringList texts;
        for (QAction *action : help->actions())
            texts.append(action->text());
        QVERIFY(texts.contains(u"&Keyboard Shortcuts"_s));
        QVERIFY(texts.contains(u"&About Storyloom"_s));
        QVERIFY(texts.contains(u"About &Qt"_s));
    }

    void languageMenuOffersTheBundledTranslations()
    {
        QSettings().remove(u"ui/language"_s);
        MainWindow window;
        auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(menu);
        QStringList texts;
        QAction *checked = nullptr;
        QAction *german = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            texts.append(action->text());
            if (action->isChecked())
                checked = action;
            if (action->data().toString() == u"de"_s)
                german = action;
        }
        QCOMPARE(texts, QStringList({ u"System Language"_s, u"Deutsch"_s, u"English"_s, u"Français"_s }));
        QVERIFY(checked);
        QVERIFY(checked->data().toString().isEmpty()); // follows the system until chosen
        QVERIFY(german);
        // Choosing only stores the override (a message box then says it applies after a restart).
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        german->trigger();
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(QCoreApplication::translate("storyloom::HelpMenu", "&Help"), u"&Help"_s);
        QSettings().remove(u"ui/language"_s);
    }

    void everyMenuHasAMnemonic()
    {
        MainWindow window;
        for (QAction *menu : window.menuBar()->actions())
            QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
    }

    void mnemonicsAreUniqueInEachMenu()
    {
        // Alt+letter reaches every menu entry only when no two entries of a menu share the letter.
        MainWindow window;
        QStringList clashes;
        const std::function<void(QMenu *)> check = [&clashes, &check](QMenu *menu) {
            QHash<QChar, QString> seen;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (action->menu())
                    check(action->menu());
                const QString text = action->text();
                const qsizetype amp = text.indexOf(u'&');
                if (amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                if (seen.contains(key))
                    clashes.append(menu->title() + u": "_s + seen.value(key) + u" / "_s + text);
                seen.insert(key, text);
            }
        };
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu())
                check(menu->menu());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    void shortcutsAreCollectedFromTheActions()
    {
        MainWindow window;
        const QList<ShortcutEntry> entries = ShortcutsDialog::collect(&window);
        auto find = [&entries](const QString &text) -> const ShortcutEntry * {
            for (const ShortcutEntry &entry : entries) {
                if (entry.text == text)
                    return &entry;
            }
            return nullptr;
        };
        const ShortcutEntry *open = find(u"Open Project"_s);
        QVERIFY(open);
        QCOMPARE(open->menuPath, u"File"_s);
        QCOMPARE(open->shortcuts, QKeySequence::keyBindings(QKeySequence::Open));
        const ShortcutEntry *quit = find(u"Quit"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcuts, QKeySequence::keyBindings(QKeySequence::Quit));
        const ShortcutEntry *shortcuts = find(u"Keyboard Shortcuts"_s);
        QVERIFY(shortcuts);
        QCOMPARE(shortcuts->menuPath, u"Help"_s);
        QCOMPARE(shortcuts->shortcuts, QKeySequence::keyBindings(QKeySequence::HelpContents));
    }

    void noShortcutIsClaimedTwice()
    {
        MainWindow window;
        const QList<ShortcutConflict> clashes = ShortcutsDialog::conflicts(ShortcutsDialog::collect(&window));
        QStringList lines;
        for (const ShortcutConflict &clash : clashes)
            lines.append(clash.sequence.toString() + u": "_s + clash.actions.join(u", "_s));
        QVERIFY2(clashes.isEmpty(), qPrintable(lines.join(u"; "_s)));
    }

    void conflictsAreDetected()
    {
        QAction first(u"&First"_s);
        QAction second(u"Second"_s);
        const QKeySequence key(Qt::CTRL | Qt::Key_K);
        const QList<ShortcutEntry> entries { { u"Edit"_s, u"First"_s, { key }, &first },
            { u"View"_s, u"Second"_s, { key }, &second } };
        const QList<ShortcutConflict> clashes = ShortcutsDialog::conflicts(entries);
        QCOMPARE(clashes.size(), 1);
        QCOMPARE(clashes.first().sequence, key);
        QCOMPARE(clashes.first().actions, QStringList({ u"Edit › First"_s, u"View › Second"_s }));
        second.setEnabled(false);
        QVERIFY(ShortcutsDialog::conflicts(entries).isEmpty());
    }

    void dialogListsAndFilters()
    {
        MainWindow window;
        ShortcutsDialog dialog(&window);
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QVERIFY(tree->topLevelItemCount() >= 2);
        int rows = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows += tree->topLevelItem(i)->childCount();
        QCOMPARE(rows, int(ShortcutsDialog::collect(&window).size()));

        auto *filter = dialog.findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(u"quit"_s);
        int visible = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j) {
                if (!group->isHidden() && !group->child(j)->isHidden()) {
                    QCOMPARE(group->child(j)->text(0), u"Quit"_s);
                    ++visible;
                }
            }
        }
        QCOMPARE(visible, 1);
    }

    void aboutShowsVersionAndLicences()
    {
        QVERIFY(AboutDialog::versionText().startsWith(QStringLiteral(STORYLOOM_VERSION_STRING)));
        if (qstrlen(STORYLOOM_GIT_COMMIT) > 0)
            QVERIFY(AboutDialog::versionText().contains(QLatin1StringView(STORYLOOM_GIT_COMMIT)));
        const QList<ThirdPartyComponent> components = AboutDialog::components();
        QStringList names;
        for (const ThirdPartyComponent &component : components) {
            QVERIFY2(!component.licence.isEmpty(), qPrintable(component.name));
            QVERIFY(component.url.startsWith(u"https://"_s));
            names.append(component.name);
        }
        for (const QString &expected : { u"Qt"_s, u"cmark-gfm"_s, u"yaml-cpp"_s, u"SQLite"_s, u"Graphviz"_s })
            QVERIFY2(names.contains(expected), qPrintable(expected));
        QCOMPARE(components.first().version, QString::fromLatin1(qVersion()));

        AboutDialog dialog;
        auto *browser = dialog.findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(u"GNU General Public License"_s));
        QVERIFY(browser->toPlainText().contains(u"BSD-2-Clause"_s));
        QVERIFY(AboutDialog::systemInformation().contains(QString::fromLatin1(qVersion())));
    }

    void applicationIconHasTheUsualSizes()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        QVERIFY(sizes.contains(QSize(16, 16)));
        QVERIFY(sizes.contains(QSize(256, 256)));
        const QImage big = icon.pixmap(QSize(256, 256)).toImage();
        QCOMPARE(qAlpha(big.pixel(128, 128)), 255);
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "test_helpdialogs.moc"
