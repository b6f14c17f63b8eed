// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's document tabs as a user meets them: pages opened with quick
// open, a "•" on the tab of an unsaved page, the tab's title following the
// page's first heading once saved, File › Save All saving every page, and the
// close button. The menu bar is assembled in one place, in a fixed order.

#include "core/project/project.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/editorsettings.h"

#include "desktoptestutil.h"
#include "testsupport.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyloom;
using storyloom::test::press;

namespace {

const QString fixture = QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/desktop/data/two-pages");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The visible texts of a menu's entries, "-" for a separator. */
QStringList entries(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (action->isVisible())
            texts.append(action->isSeparator() ? u"-"_s : action->text().remove(u'&'));
    }
    return texts;
}

} // namespace

class TestDocumentTabs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** Ctrl+P, the title, Return: the page opens with the focus in its editor. */
    static void quickOpen(const QString &title)
    {
        press(QKeySequence(Qt::CTRL | Qt::Key_P));
        QTRY_VERIFY(QApplication::focusWidget() && qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), title);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<MarkdownEditor *>(QApplication::focusWidget()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-documenttabs"_s);
        QSettings().clear();
        // The markers stay until the user saves: no autosave behind the test's back.
        EditorSettings settings = EditorSettings::load();
        settings.autosave = false;
        settings.save();
    }

    void unsavedMarkerTitlesAndSaveAll()
    {
        const QString root = m_dir.filePath(u"two-pages"_s);
        QVERIFY(test::copyTree(fixture, root));
        MainWindow window;
        window.resize(1200, 800);
        window.openProject(root);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<DocumentTabs *>(u"documentTabs"_s);
        QVERIFY(tabs);

        quickOpen(u"Odile"_s);
        auto *odile = qobject_cast<EntityPage *>(tabs->currentWidget());
        QVERIFY(odile);
        quickOpen(u"Pavel"_s);
        auto *pavel = qobject_cast<EntityPage *>(tabs->currentWidget());
        QVERIFY(pavel && pavel != odile);
        QCOMPARE(tabs->tabText(tabs->indexOf(odile)), u"Odile"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(pavel)), u"Pavel"_s);

        // Pavel's first heading gets a surname: his tab says it is unsaved, under the old title.
        QWidget *editor = QApplication::focusWidget();
        QCOMPARE(editor, pavel->editor());
        QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
        for (int line = 1; line < 7; ++line)
            QTest::keyClick(editor, Qt::Key_Down);
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClicks(editor, u" Novak"_s);
        QVERIFY(pavel->editor()->toPlainText().contains(u"# Pavel Novak\n"_s));
        QCOMPARE(tabs->tabText(tabs->indexOf(pavel)), u"Pavel •"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(odile)), u"Odile"_s);

        // A click on Odile's tab, one in her text, and a line typed at its end.
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(odile)).center());
        QTRY_COMPARE(tabs->currentWidget(), odile);
        QTest::mouseClick(odile->editor()->viewport(), Qt::LeftButton, {}, QPoint(20, 20));
        QTRY_COMPARE(QApplication::focusWidget(), odile->editor());
        QTest::keyClick(odile->editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(odile->editor(), u"She sings too."_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(odile)), u"Odile •"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(pavel)), u"Pavel •"_s);

        // File › Save All: both files on disk, no marker left.
        auto *saveAll = window.findChild<QAction *>(u"saveAllAction"_s);
        QVERIFY(saveAll);
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file && file->actions().contains(saveAll));
        QTest::mouseClick(
            window.menuBar(), Qt::LeftButton, {}, window.menuBar()->actionGeometry(file->menuAction()).center());
        QTRY_VERIFY(file->isVisible());
        // Within the open menu, the keyboard: down to Save All, then Return.
        for (int step = 0; file->activeAction() != saveAll && step <= file->actions().size(); ++step)
            QTest::keyClick(file, Qt::Key_Down);
        QCOMPARE(file->activeAction(), saveAll);
        QTest::keyClick(file, Qt::Key_Return);
        QTRY_VERIFY(!file->isVisible());
        QVERIFY(readFile(pavel->filePath()).contains("# Pavel Novak\n"));
        QVERIFY(readFile(odile->filePath()).contains("She sings too."));
        QCOMPARE(tabs->tabText(tabs->indexOf(odile)), u"Odile"_s);
        // The project reads the saved heading: Pavel's tab takes his new title.
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->indexOf(pavel)), u"Pavel Novak"_s, 20000);

        // The close button of Odile's tab closes her page, and Pavel's is current.
        QWidget *close = bar->tabButton(tabs->indexOf(odile), QTabBar::RightSide);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE(tabs->pages(), QList<EntityPage *>({ pavel }));
    }

    void menuBarIsAssembledInItsOrder()
    {
        MainWindow window;
        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus.append(action->text().remove(u'&'));
        QCOMPARE(menus, QStringList({ u"File"_s, u"Edit"_s, u"View"_s, u"Search"_s, u"Sync"_s, u"Help"_s }));
        QCOMPARE(entries(window.menuBar()->actions().first()->menu()),
            QStringList({ u"New"_s, u"Clone…"_s, u"-"_s, u"Open Project…"_s, u"Open Recent"_s, u"-"_s, u"Save"_s,
                u"Save All"_s, u"-"_s, u"Reload Project"_s, u"Describe This Project…"_s, u"Export Roadmap…"_s, u"-"_s,
                u"Settings…"_s, u"-"_s, u"Quit"_s }));
        QCOMPARE(entries(window.findChild<QMenu *>(u"editMenu"_s)),
            QStringList({ u"Undo"_s, u"Redo"_s, u"-"_s, u"Cut"_s, u"Copy"_s, u"Paste"_s, u"-"_s, u"Find…"_s,
                u"Replace…"_s, u"Go to Line…"_s }));
        QCOMPARE(entries(window.menuBar()->actions().at(2)->menu()),
            QStringList({ u"Graph"_s, u"Roadmap"_s, u"Project Tree"_s, u"Suggestions"_s, u"Problems"_s, u"-"_s,
                u"Properties"_s, u"Outline"_s, u"Preview"_s, u"-"_s, u"Focus Mode"_s, u"Typewriter Scrolling"_s,
                u"Dim Other Paragraphs"_s }));
    }
};

QTEST_MAIN(TestDocumentTabs)
#include "test_documenttabs.moc"
