// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every shortcut Help › Keyboard Shortcuts lists works while the user types in
// the editor: on a shown, active window, the keys go to the focused widget and
// each row checks what the key did. A shortcut added later without a check here
// fails the test. Opening a page from quick open, search or the tree puts the
// focus in its editor.

#include "core/project/project.h"
#include "ui/editor/findbar.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/outlineview.h"
#include "ui/editor/propertiespanel.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"
#include "ui/graph/graphwidget.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projecttreemodel.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/preview/previewbrowser.h"
#include "ui/roadmap/roadmapview.h"
#include "ui/search/quickopendialog.h"
#include "ui/search/searchpanel.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sync/historydialog.h"

#include "desktoptestutil.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace storyloom;
using storyloom::test::answerDialog;
using storyloom::test::press;
using storyloom::test::shownTopLevel;

namespace {

const QString storyFile = u"stories/status-quo/amaras-reading-circle.md"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Runs git in `dir`; true when it exits with 0. */
bool git(const QString &dir, const QStringList &arguments, QString *out = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(u"git"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return false;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode() == 0;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

    using Check = void (TestShortcuts::*)(const QKeySequence &);

    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<MainWindow> m_window;
    QPointer<EntityPage> m_page;
    int m_marker = 0;

    [[nodiscard]] QTabWidget *tabs() const { return qobject_cast<QTabWidget *>(m_window->centralWidget()); }
    [[nodiscard]] MarkdownEditor *editor() const { return m_page->editor(); }
    [[nodiscard]] QString nextMarker() { return u"mark%1x"_s.arg(++m_marker); }

    /** Types `text` at the end of the editor with real key presses. */
    void typeAtEnd(const QString &text)
    {
        QTest::keyClick(editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), text);
    }

    /** Types `text` and selects it with Shift+Left, as a user would. */
    void typeAndSelect(const QString &text)
    {
        typeAtEnd(text);
        for (qsizetype i = 0; i < text.size(); ++i)
            QTest::keyClick(editor(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(editor()->textCursor().selectedText(), text);
    }

    // One check per listed shortcut: prepares, presses the keys, looks at the effect.

    void checkOpenProject(const QKeySequence &keys)
    {
        const auto seen = answerDialog<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); });
        press(keys);
        QTRY_VERIFY(*seen);
        QCOMPARE(m_window->project()->rootPath(), m_root); // rejected: the project stays
    }

    void checkSave(const QKeySequence &keys)
    {
        const QString marker = nextMarker();
        typeAtEnd(marker);
        QVERIFY(m_page->isModified());
        QVERIFY(!readFile(m_page->filePath()).contains(marker.toUtf8()));
        press(keys);
        // On disk at once, not when autosave would have run.
        QVERIFY(readFile(m_page->filePath()).contains(marker.toUtf8()));
        QVERIFY(!m_page->isModified());
    }

    void checkReload(const QKeySequence &keys)
    {
        m_window->project()->waitForLoaded();
        press(keys);
        QVERIFY(m_window->project()->isLoading());
        m_window->project()->waitForLoaded();
    }

    void checkSettings(const QKeySequence &keys)
    {
        const auto seen = answerDialog<SettingsDialog>([](SettingsDialog *dialog) { dialog->reject(); });
        press(keys);
        QTRY_VERIFY(*seen);
    }

    void checkQuit(const QKeySequence &keys)
    {
        press(keys);
        QTRY_VERIFY(!m_window->isVisible());
    }

    void checkUndo(const QKeySequence &keys)
    {
        const QString before = editor()->toPlainText();
        QTest::keyClicks(editor(), nextMarker());
        QVERIFY(editor()->toPlainText() != before);
        press(keys);
        QCOMPARE(editor()->toPlainText(), before);
    }

    void checkRedo(const QKeySequence &keys)
    {
        const QString marker = nextMarker();
        QTest::keyClicks(editor(), marker);
        QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!editor()->toPlainText().contains(marker));
        press(keys);
        QVERIFY(editor()->toPlainText().contains(marker));
    }

    void checkCut(const QKeySequence &keys)
    {
        const QString marker = nextMarker();
        typeAndSelect(marker);
        press(keys);
        QCOMPARE(QApplication::clipboard()->text(), marker);
        QVERIFY(!editor()->toPlainText().contains(marker));
    }

    void checkCopy(const QKeySequence &keys)
    {
        const QString marker = nextMarker();
        typeAndSelect(marker);
        QApplication::clipboard()->clear();
        press(keys);
        QCOMPARE(QApplication::clipboard()->text(), marker);
    }

    void checkPaste(const QKeySequence &keys)
    {
        const QString marker = nextMarker();
        QApplication::clipboard()->setText(marker);
        QVERIFY(!editor()->toPlainText().contains(marker));
        press(keys);
        QVERIFY(editor()->toPlainText().contains(marker));
    }

    void checkFind(const QKeySequence &keys)
    {
        auto *bar = m_page->findChild<FindBar *>();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        press(keys);
        QVERIFY(bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar->findChild<QLineEdit *>(u"findField"_s));
        QVERIFY(!bar->findChild<QWidget *>(u"replaceRow"_s)->isVisible());
    }

    void checkReplace(const QKeySequence &keys)
    {
        auto *bar = m_page->findChild<FindBar *>();
        QVERIFY(bar);
        press(keys);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->findChild<QWidget *>(u"replaceRow"_s)->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar->findChild<QLineEdit *>(u"findField"_s));
    }

    void checkGoToLine(const QKeySequence &keys)
    {
        QVERIFY(editor()->blockCount() > 3);
        const auto seen = answerDialog<QInputDialog>([](QInputDialog *dialog) {
            QWidget *field = QApplication::focusWidget();
            if (!field || field->window() != dialog)
                field = dialog->findChild<QSpinBox *>();
            QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(field, u"3"_s);
            QTest::keyClick(field, Qt::Key_Return);
        });
        press(keys);
        QTRY_VERIFY(*seen);
        QCOMPARE(editor()->textCursor().blockNumber(), 2);
        QTRY_COMPARE(QApplication::focusWidget(), editor());
    }

    void checkGraph(const QKeySequence &keys)
    {
        press(keys);
        QVERIFY(qobject_cast<GraphWidget *>(tabs()->currentWidget()));
    }

    void checkRoadmap(const QKeySequence &keys)
    {
        press(keys);
        QVERIFY(qobject_cast<RoadmapView *>(tabs()->currentWidget()));
    }

    void checkProjectTree(const QKeySequence &keys)
    {
        press(keys);
        auto *dock = m_window->findChild<QDockWidget *>(u"projectDock"_s);
        QVERIFY(dock);
        QCOMPARE(QApplication::focusWidget(), dock->widget());
    }

    void checkProperties(const QKeySequence &keys)
    {
        auto *panel = m_page->findChild<PropertiesPanel *>();
        QVERIFY(panel);
        const bool shown = panel->isVisible();
        press(keys);
        QCOMPARE(panel->isVisible(), !shown);
    }

    void checkOutline(const QKeySequence &keys)
    {
        auto *outline = m_page->findChild<OutlineView *>();
        QVERIFY(outline);
        const bool shown = outline->isVisible();
        press(keys);
        QCOMPARE(outline->isVisible(), !shown);
    }

    void checkPreview(const QKeySequence &keys)
    {
        auto *preview = m_page->findChild<PreviewBrowser *>();
        QVERIFY(preview);
        const bool shown = preview->isVisible();
        press(keys);
        QCOMPARE(preview->isVisible(), !shown);
        press(keys); // and back
        QCOMPARE(preview->isVisible(), shown);
    }

    void checkFocusMode(const QKeySequence &keys)
    {
        QVERIFY(m_window->menuBar()->isVisible());
        press(keys);
        QVERIFY(!m_window->menuBar()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), editor());
        press(keys); // and back: the key works while the menu bar is hidden
        QVERIFY(m_window->menuBar()->isVisible());
        QCOMPARE(QApplication::focusWidget(), editor());
    }

    void checkProblems(const QKeySequence &keys)
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
        QVERIFY(dock);
        dock->hide();
        press(keys);
        QVERIFY(dock->isVisible());
        QCOMPARE(QApplication::focusWidget()->objectName(), u"problemsView"_s);
        dock->hide();
    }

    void checkFindInProject(const QKeySequence &keys)
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"searchDock"_s);
        QVERIFY(dock);
        dock->hide();
        press(keys);
        QVERIFY(dock->isVisible());
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QVERIFY(dock->isAncestorOf(QApplication::focusWidget()));
        dock->hide();
    }

    void checkQuickOpen(const QKeySequence &keys)
    {
        press(keys);
        QuickOpenDialog *dialog = shownTopLevel<QuickOpenDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void checkSync(const QKeySequence &keys)
    {
        // Something to commit: a sync commits it.
        QVERIFY(test::writeFile(m_root, u"notes/sync-marker.md"_s, "# Sync marker\n"));
        QString status;
        QVERIFY(git(m_root, { u"status"_s, u"--porcelain"_s }, &status));
        QVERIFY(status.contains(u"notes/"_s));
        press(keys);
        // Polled without taking index.lock (as editors' git integrations do): a plain `git status`
        // refreshes the index under the lock, and the sync's own commit failed on it under load.
        QTRY_VERIFY2_WITH_TIMEOUT(
            git(m_root, { u"--no-optional-locks"_s, u"status"_s, u"--porcelain"_s }, &status) && status.isEmpty(),
            qPrintable(m_window->statusBar()->currentMessage() + u" | "_s + status), 30000);
        QString log;
        QVERIFY(git(m_root, { u"log"_s, u"-1"_s, u"--name-only"_s }, &log));
        QVERIFY2(log.contains(u"notes/sync-marker.md"_s), qPrintable(log));
    }

    void checkHistory(const QKeySequence &keys)
    {
        press(keys);
        QTRY_VERIFY(shownTopLevel<HistoryDialog>());
        shownTopLevel<HistoryDialog>()->close();
    }

    void checkKeyboardShortcuts(const QKeySequence &keys)
    {
        const auto seen = answerDialog<ShortcutsDialog>([](ShortcutsDialog *dialog) { dialog->reject(); });
        press(keys);
        QTRY_VERIFY(*seen);
    }

    void checkFit(const QKeySequence &keys)
    {
        // The graph's own key: it works while the graph is shown.
        m_window->showView(MainWindow::View::Graph);
        auto *graph = qobject_cast<GraphWidget *>(tabs()->currentWidget());
        QVERIFY(graph);
        auto *scene = graph->findChild<GraphScene *>(QStringLiteral("graphScene"));
        auto *view = graph->findChild<GraphView *>(QStringLiteral("graphView"));
        QVERIFY(scene && view);
        // The free-form graph is the Graph tab's second mode: switch to it as a reader would.
        for (QObject *object : graph->findChild<QAction *>(QStringLiteral("freeGraphMode"))->associatedObjects()) {
            if (auto *button = qobject_cast<QToolButton *>(object))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QTRY_VERIFY(scene->nodeCount() > 0);
        graph->waitForLayout();
        view->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), view);
        view->fitAll();
        const double fitted = view->zoom();
        view->zoomBy(3.0);
        QVERIFY(view->zoom() > fitted * 2);
        press(keys);
        QVERIFY(qAbs(view->zoom() - fitted) < fitted * 0.01);
    }

    /** What each row of the shortcuts list must do, by the name the list shows. */
    [[nodiscard]] static QHash<QString, Check> checks()
    {
        return {
            { u"File › Open Project"_s, &TestShortcuts::checkOpenProject },
            { u"File › Save"_s, &TestShortcuts::checkSave },
            { u"File › Reload Project"_s, &TestShortcuts::checkReload },
            { u"File › Settings"_s, &TestShortcuts::checkSettings },
            { u"File › Quit"_s, &TestShortcuts::checkQuit },
            { u"Edit › Undo"_s, &TestShortcuts::checkUndo },
            { u"Edit › Redo"_s, &TestShortcuts::checkRedo },
            { u"Edit › Cut"_s, &TestShortcuts::checkCut },
            { u"Edit › Copy"_s, &TestShortcuts::checkCopy },
            { u"Edit › Paste"_s, &TestShortcuts::checkPaste },
            { u"Edit › Find"_s, &TestShortcuts::checkFind },
            { u"Edit › Replace"_s, &TestShortcuts::checkReplace },
            { u"Edit › Go to Line"_s, &TestShortcuts::checkGoToLine },
            { u"View › Graph"_s, &TestShortcuts::checkGraph },
            { u"View › Roadmap"_s, &TestShortcuts::checkRoadmap },
            { u"View › Project Tree"_s, &TestShortcuts::checkProjectTree },
            { u"View › Properties"_s, &TestShortcuts::checkProperties },
            { u"View › Outline"_s, &TestShortcuts::checkOutline },
            { u"View › Preview"_s, &TestShortcuts::checkPreview },
            { u"View › Focus Mode"_s, &TestShortcuts::checkFocusMode },
            { u"View › Problems"_s, &TestShortcuts::checkProblems },
            { u"Search › Find in Project"_s, &TestShortcuts::checkFindInProject },
            { u"Search › Quick Open"_s, &TestShortcuts::checkQuickOpen },
            { u"Sync › Sync"_s, &TestShortcuts::checkSync },
            { u"Sync › History of This Entity"_s, &TestShortcuts::checkHistory },
            { u"Help › Keyboard Shortcuts"_s, &TestShortcuts::checkKeyboardShortcuts },
            { u"Fit"_s, &TestShortcuts::checkFit },
        };
    }

    [[nodiscard]] static QString nameOf(const ShortcutEntry &entry)
    {
        return entry.menuPath.isEmpty() ? entry.text : entry.menuPath + u" › "_s + entry.text;
    }

    /** Shows and activates the window with the focus in the story's editor (what every row starts from). */
    void showWithFocusInEditor()
    {
        if (!m_window->isVisible())
            m_window->show();
        // A dialog of the row before may have left no window active (offscreen has no window manager).
        if (!m_window->isActiveWindow())
            m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_page);
        tabs()->setCurrentWidget(m_page);
        editor()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), editor());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-shortcuts"_s);
        QApplication::setQuitOnLastWindowClosed(false);
        QSettings().clear();
        m_root = m_dir.path() + u"/library"_s;
        QVERIFY(test::copyTree(ensureSampleProject(), m_root));
        // Versioned, so that Sync and History have something to work on.
        QVERIFY(git(m_root, { u"init"_s, u"-q"_s, u"-b"_s, u"main"_s }));
        QVERIFY(git(m_root, { u"config"_s, u"user.name"_s, u"Tess Ter"_s }));
        QVERIFY(git(m_root, { u"config"_s, u"user.email"_s, u"tess@example.org"_s }));
        QVERIFY(git(m_root, { u"add"_s, u"-A"_s }));
        QVERIFY(git(m_root, { u"commit"_s, u"-q"_s, u"-m"_s, u"Start"_s }));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->openProject(m_root);
        m_window->project()->waitForLoaded();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void quickOpenPutsTheFocusInTheEditor()
    {
        m_window->showView(MainWindow::View::Graph);
        m_window->findChild<GraphView *>()->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        press(QKeySequence(Qt::CTRL | Qt::Key_P));
        QuickOpenDialog *dialog = shownTopLevel<QuickOpenDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"circle outgrows"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<EntityPage *>(tabs()->currentWidget()));
        m_page = qobject_cast<EntityPage *>(tabs()->currentWidget());
        QCOMPARE(QFileInfo(m_page->filePath()).fileName(), QFileInfo(storyFile).fileName());
        QTRY_COMPARE(QApplication::focusWidget(), editor());
        // Typing right away goes into the page.
        const QString marker = nextMarker();
        QTest::keyClicks(QApplication::focusWidget(), marker);
        QVERIFY(editor()->toPlainText().contains(marker));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    }

    void treeAndSearchPutTheFocusInTheEditor()
    {
        QVERIFY(m_page);
        // The project tree: Alt+1, then the arrow keys to an entity and Return.
        m_window->showView(MainWindow::View::Graph);
        press(QKeySequence(Qt::ALT | Qt::Key_1));
        auto *tree = qobject_cast<QTreeView *>(QApplication::focusWidget());
        QVERIFY(tree);
        QModelIndex entity;
        for (int i = 0; i < 200 && !entity.isValid(); ++i) {
            QTest::keyClick(tree, Qt::Key_Down);
            if (!tree->currentIndex().data(ProjectTreeModel::IdRole).toString().isEmpty())
                entity = tree->currentIndex();
        }
        QVERIFY(entity.isValid());
        QTest::keyClick(tree, Qt::Key_Return);
        auto *opened = qobject_cast<EntityPage *>(tabs()->currentWidget());
        QVERIFY(opened);
        QTRY_COMPARE(QApplication::focusWidget(), opened->editor());

        // Find in project: type a query, click a hit.
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        auto *search = m_window->findChild<SearchPanel *>();
        QVERIFY(search);
        QTest::keyClicks(QApplication::focusWidget(), u"spreadsheet"_s);
        QTRY_VERIFY_WITH_TIMEOUT(search->hitCount() > 0 && !search->isSearching(), 20000);
        auto *results = search->findChild<QListWidget *>();
        QVERIFY(results);
        tabs()->setCurrentWidget(m_window->findChild<GraphWidget *>());
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
        auto *hit = qobject_cast<EntityPage *>(tabs()->currentWidget());
        QVERIFY(hit);
        QTRY_COMPARE(QApplication::focusWidget(), hit->editor());
        m_window->findChild<QDockWidget *>(u"searchDock"_s)->hide();
    }

    void everyListedShortcutWorksWhileTyping_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QKeySequence>("keys");
        // The list Help › Keyboard Shortcuts shows, of the window under test.
        const QList<ShortcutEntry> entries = ShortcutsDialog::collect(m_window.get());
        QVERIFY(entries.size() > 20);
        QStringList names;
        for (const ShortcutEntry &entry : entries) {
            for (const QKeySequence &keys : entry.shortcuts) {
                const QString name = nameOf(entry);
                names.append(name);
                QTest::newRow(qPrintable(name + u" ("_s + keys.toString(QKeySequence::PortableText) + u')'))
                    << name << keys;
            }
        }
        // The keys the issue found dead are among them.
        for (const QString &name : { u"File › Save"_s, u"Edit › Find"_s, u"Edit › Replace"_s, u"Edit › Go to Line"_s,
                 u"View › Outline"_s, u"View › Preview"_s, u"Sync › History of This Entity"_s })
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void everyListedShortcutWorksWhileTyping()
    {
        QFETCH(QString, name);
        QFETCH(QKeySequence, keys);
        const Check check = checks().value(name);
        QVERIFY2(check, qPrintable(u"no check for the listed shortcut “%1”: add one to this test"_s.arg(name)));
        showWithFocusInEditor();
        editor()->document()->clearUndoRedoStacks();
        if (auto *bar = m_page->findChild<FindBar *>(); bar && bar->isVisible()) {
            bar->hide();
            editor()->setFocus();
        }
        QTRY_COMPARE(QApplication::focusWidget(), editor());
        (this->*check)(keys);
    }
};

QTEST_MAIN(TestShortcuts)
#include "test_shortcuts.moc"
