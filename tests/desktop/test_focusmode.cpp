// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Focus mode as a writer uses it, with key presses on the focused widget of a
// shown window: F11 hides the menu bar, panels, tab bar, toolbars and status bar
// and leaves the editor in a centred column with the cursor and the selection
// where they were; Esc (or F11) brings everything back as it was. The words
// written in the session are counted against the story's target, and the
// toggles and the target are kept in the user's settings.

#include "core/i18n/translations.h"
#include "core/project/project.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"

#include "desktoptestutil.h"
#include "testsupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;
using namespace storyloom;
using storyloom::test::press;

class TestFocusMode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QPointer<EntityPage> m_page;

    [[nodiscard]] MarkdownEditor *editor() const { return m_page->editor(); }
    [[nodiscard]] QDockWidget *projectDock() const { return m_window->findChild<QDockWidget *>(u"projectDock"_s); }
    [[nodiscard]] QTabBar *tabBar() const { return qobject_cast<QTabWidget *>(m_window->centralWidget())->tabBar(); }
    [[nodiscard]] QWidget *focusBar() const { return m_page->findChild<QWidget *>(u"focusBar"_s); }

    [[nodiscard]] bool chromeShown() const
    {
        return m_window->menuBar()->isVisible() && m_window->statusBar()->isVisible() && projectDock()->isVisible()
            && tabBar()->isVisible();
    }
    [[nodiscard]] bool chromeHidden() const
    {
        return !m_window->menuBar()->isVisible() && !m_window->statusBar()->isVisible() && !projectDock()->isVisible()
            && !tabBar()->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-focusmode"_s);
        QSettings().clear();
        Translations::install(qApp, u"en"_s); // English plurals come from a translation too
        const QString root = m_dir.path() + u"/library"_s;
        QVERIFY(test::copyTree(ensureSampleProject(), root));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->openProject(root);
        m_window->project()->waitForLoaded();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const Entity *story
            = m_window->project()->snapshot()->entityForPath(u"stories/status-quo/amaras-reading-circle.md"_s);
        QVERIFY(story);
        m_window->openEntity(story->id, 12);
        m_page = qobject_cast<EntityPage *>(qobject_cast<QTabWidget *>(m_window->centralWidget())->currentWidget());
        QVERIFY(m_page);
        QTRY_COMPARE(QApplication::focusWidget(), editor());
    }

    void cleanupTestCase() { m_window.reset(); }

    void enteringAndLeavingKeepTheCursorAndTheSelection()
    {
        // Two panels in one place, the project tree in front: it is in front again afterwards.
        auto *backlinks = m_window->findChild<QDockWidget *>(u"backlinksDock"_s);
        QVERIFY(backlinks);
        m_window->tabifyDockWidget(projectDock(), backlinks);
        backlinks->show();
        projectDock()->raise();
        QTRY_VERIFY(!projectDock()->visibleRegion().isEmpty());
        QTRY_VERIFY(backlinks->visibleRegion().isEmpty());
        QVERIFY(chromeShown());
        // A selection made with the keyboard: three words back from the end of a line.
        QTest::keyClick(editor(), Qt::Key_End);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        const QTextCursor before = editor()->textCursor();
        QVERIFY(before.hasSelection());
        const QString selected = before.selectedText();

        press(QKeySequence(Qt::Key_F11));
        QTRY_VERIFY(chromeHidden());
        QVERIFY(m_page->findChildren<QToolBar *>().first()->isHidden());
        QVERIFY(focusBar() && focusBar()->isVisible());
        QVERIFY(!m_page->isPreviewShown());
        QTRY_COMPARE(QApplication::focusWidget(), editor());
        QCOMPARE(editor()->textCursor().anchor(), before.anchor());
        QCOMPARE(editor()->textCursor().position(), before.position());
        QCOMPARE(editor()->textCursor().selectedText(), selected);
        // The column is centred: as much room left of the text as right of it.
        QVERIFY(editor()->viewport()->geometry().left() > 100);
        QVERIFY(qAbs(editor()->viewport()->geometry().left()
                    - (editor()->width() - editor()->viewport()->geometry().right()))
            < 40);

        // Esc leaves, with everything back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(chromeShown());
        QTRY_VERIFY(!projectDock()->visibleRegion().isEmpty());
        QVERIFY(backlinks->visibleRegion().isEmpty());
        QVERIFY(m_page->isPreviewShown());
        QVERIFY(!focusBar()->isVisible());
        QCOMPARE(QApplication::focusWidget(), editor());
        QCOMPARE(editor()->textCursor().anchor(), before.anchor());
        QCOMPARE(editor()->textCursor().position(), before.position());
        QCOMPARE(editor()->textCursor().selectedText(), selected);

        // F11 enters and leaves too; the menus' keys work while the menu bar is hidden.
        press(QKeySequence(Qt::Key_F11));
        QTRY_VERIFY(chromeHidden());
        press(QKeySequence(Qt::Key_F11));
        QTRY_VERIFY(chromeShown());
        QCOMPARE(editor()->textCursor().selectedText(), selected);
    }

    void countsTheSessionsWordsAgainstTheTarget()
    {
        press(QKeySequence(Qt::Key_F11));
        QTRY_VERIFY(chromeHidden());
        auto *words = focusBar()->findChild<QLabel *>(u"sessionWords"_s);
        auto *target = focusBar()->findChild<QSpinBox *>(u"wordTarget"_s);
        QVERIFY(words && target);
        QCOMPARE(words->text(), u"0 words this session"_s);
        QTest::keyClick(editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), u"Four brave new words"_s);
        QTRY_COMPARE(words->text(), u"4 words this session"_s);

        // A target for this story, typed into its box.
        QTest::mouseClick(target, Qt::LeftButton);
        QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(target, u"500"_s);
        QTRY_COMPARE(words->text(), u"4 of 500 words this session"_s);
        bool kept = false;
        for (const QString &key : QSettings().allKeys())
            kept = kept || (key.startsWith(u"focus/targets/"_s) && QSettings().value(key).toInt() == 500);
        QVERIFY(kept);

        // The toggles on the bar are kept in the settings.
        QToolButton *typewriter = nullptr;
        for (QToolButton *button : focusBar()->findChildren<QToolButton *>()) {
            if (button->defaultAction() && button->defaultAction()->objectName() == u"typewriterAction"_s)
                typewriter = button;
        }
        QVERIFY(typewriter);
        QVERIFY(typewriter->isChecked());
        QTest::mouseClick(typewriter, Qt::LeftButton);
        QVERIFY(!QSettings().value(u"focus/typewriter"_s).toBool());
        QVERIFY(!editor()->focusLook().typewriter);
        QTest::mouseClick(typewriter, Qt::LeftButton);
        QVERIFY(QSettings().value(u"focus/typewriter"_s).toBool());

        editor()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), editor());
        QTest::keyClick(editor(), Qt::Key_Escape);
        QTRY_VERIFY(chromeShown());
    }
};

QTEST_MAIN(TestFocusMode)
#include "test_focusmode.moc"
