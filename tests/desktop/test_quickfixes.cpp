// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Quick fixes and the Problems panel as an author uses them, on a shown window:
// Ctrl+. on a problem in the editor opens a small menu, Enter takes the first
// fix, Ctrl+S writes it. The file is compared byte for byte with the expected
// one, and Ctrl+Z (then Ctrl+S) gives every byte back. The status bar's
// problem count opens the Problems panel; a click on a row opens the page at
// the problem's line. The project is tests/desktop/data/quickfixes/project.

#include "core/i18n/translations.h"
#include "core/project/project.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"

#include "desktoptestutil.h"
#include "quickfixdriver.h"
#include "testsupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;
using namespace storyloom;
using storyloom::test::press;

class TestQuickFixes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<MainWindow> m_window;

    [[nodiscard]] static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    [[nodiscard]] EntityPage *currentPage() const { return test::currentPageOf(m_window.get()); }
    void openAt(const QString &path, int line) { test::openPageAt(m_window.get(), path, line); }

    void fixAndUndo(const QString &path, int line, const QString &expected)
    {
        const QString file = m_root + u'/' + path;
        const QByteArray before = read(file);
        openAt(path, line);
        test::chooseQuickFix();
        test::saveCurrentPage(m_window.get());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(read(file), test::readTestData(u"quickfixes/expected/"_s + expected));
        // One fix, one undo step.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        test::saveCurrentPage(m_window.get());
        QCOMPARE(read(file), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-quickfixes"_s);
        QSettings().clear();
        Translations::install(qApp, u"en"_s);
        m_root = m_dir.path() + u"/project"_s;
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/quickfixes/project"), m_root));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->openProject(m_root);
        m_window->project()->waitForLoaded();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void unknownKeyIsRenamed() { fixAndUndo(u"stories/status-quo/typo-key.md"_s, 7, u"typo-key.md"_s); }

    void brokenReferenceNamesTheClosestEntity()
    {
        fixAndUndo(u"stories/status-quo/broken-reference.md"_s, 7, u"broken-reference.md"_s);
    }

    void brokenLinkPointsToTheClosestPage()
    {
        fixAndUndo(u"stories/status-quo/broken-link.md"_s, 12, u"broken-link.md"_s);
    }

    void brokenLinkCreatesTheMissingPage()
    {
        QSKIP("the created page does not take the focus yet, and the case then crashes: issue #27 (quick fixes)");
        const QString story = m_root + u"/stories/status-quo/broken-link.md"_s;
        const QString created = m_root + u"/characters/alcie.md"_s;
        const QByteArray before = read(story);
        openAt(u"stories/status-quo/broken-link.md"_s, 12);
        // The last entry: a new page where the link points, made as File › New makes one.
        test::chooseQuickFix(-1);
        QTRY_VERIFY(QFile::exists(created));
        QCOMPARE(read(created), test::readTestData(u"quickfixes/expected/alcie.md"_s));
        QCOMPARE(read(story), before);
        QTRY_VERIFY(m_window->project()->snapshot()->entityForPath(u"characters/alcie.md"_s));
        // The project's undo: Edit › Undo with the focus in the project tree.
        press(QKeySequence(Qt::ALT | Qt::Key_1));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"projectTree"_s);
        press(QKeySequence::Undo);
        QTRY_VERIFY(!QFile::exists(created));
        QCOMPARE(read(story), before);
    }

    void duplicateIdTakesTheFreeOne() { fixAndUndo(u"characters/dora.md"_s, 6, u"dora.md"_s); }

    void problemsAreUnderlinedWithTheirMessage()
    {
        openAt(u"stories/status-quo/typo-key.md"_s, 1);
        MarkdownEditor *editor = currentPage()->editor();
        // The dotted underline on the problem's line (the snapshot may still be rebuilding after the saves).
        const auto underline = [editor]() -> QTextEdit::ExtraSelection {
            for (const QTextEdit::ExtraSelection &s : editor->extraSelections()) {
                if (s.format.underlineStyle() == QTextCharFormat::DotLine)
                    return s;
            }
            return {};
        };
        QTRY_COMPARE(underline().cursor.blockNumber() + 1, 7);
        QCOMPARE(underline().format.toolTip(), u"unknown front matter key 'chracters'"_s);
        QCOMPARE(underline().cursor.selectedText(), u"chracters: [alice]"_s);
    }

    void statusBarCountOpensTheProblemsAndARowJumps()
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        auto *count = m_window->statusBar()->findChild<QLabel *>(u"problems"_s);
        QVERIFY(count && count->isVisible());
        QTest::mouseClick(count, Qt::LeftButton);
        QTRY_VERIFY(dock->isVisible());
        auto *view = dock->findChild<QTreeView *>(u"problemsView"_s);
        // The same list as `storyloom-cli check`: one row per diagnostic.
        QCOMPARE(view->model()->rowCount(), int(m_window->project()->snapshot()->diagnostics().size()));
        auto *filter = dock->findChild<QLineEdit *>(u"problemsFilter"_s);
        filter->setFocus();
        QTest::keyClicks(filter, u"alcie.md"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex row = view->model()->index(0, 3);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTRY_VERIFY(currentPage() && currentPage()->filePath().endsWith(u"stories/status-quo/broken-link.md"_s));
        QTRY_COMPARE(currentPage()->editor()->textCursor().blockNumber() + 1, 12);
    }
};

QTEST_MAIN(TestQuickFixes)
#include "test_quickfixes.moc"
