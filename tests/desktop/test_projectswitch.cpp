// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening another project drops everything that belonged to the first one: its
// undo stacks (the roadmap offered "Redo Edit …" and rewrote the previous
// project's file), search results, quick-open list, graph selection, pending
// autosaves. Driven as a user: keys to the focused widget, clicks on menus and
// buttons, File › Open through its dialog; then every byte of the first project
// is compared.

#include "core/project/project.h"
#include "ui/editor/bufferkeeper.h"
#include "ui/editor/markdowneditor.h"
#include "ui/graph/graphscene.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roadmap/roadmapfiltermodel.h"
#include "ui/roadmap/roadmapmodel.h"
#include "ui/roadmap/roadmapview.h"
#include "ui/search/quickopendialog.h"
#include "ui/search/searchpanel.h"
#include "ui/settings/editorsettings.h"

#include "desktoptestutil.h"
#include "testsupport.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace storyloom;
using storyloom::test::answerDialog;
using storyloom::test::press;
using storyloom::test::shownTopLevel;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Every file under `root` (hidden ones too) with all its bytes. */
QMap<QString, QByteArray> contents(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return files;
}

/** Clicks a menu of the menu bar, then one of its entries, with the mouse. */
void clickMenuEntry(QMainWindow *window, QMenu *menu, QAction *entry)
{
    QMenuBar *bar = window->menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    QTRY_VERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
    // A disabled entry leaves the menu open.
    if (menu->isVisible())
        menu->close();
    QTRY_VERIFY(!menu->isVisible());
}

} // namespace

class TestProjectSwitch : public QObject
{
    Q_OBJECT

    /** Clicks a roadmap cell, opens its editor with F2, types `text` and Return. */
    static void editRoadmapCell(RoadmapView *view, const QString &goalId, int column, const QString &text)
    {
        auto *tree = view->findChild<QTreeView *>();
        auto *model = view->findChild<RoadmapModel *>(QStringLiteral("roadmapModel"));
        auto *filter = view->findChild<RoadmapFilterModel *>(QStringLiteral("roadmapFilter"));
        QVERIFY(tree && model && filter);
        const QModelIndex cell = filter->mapFromSource(model->indexForId(goalId, column));
        QVERIFY(cell.isValid());
        tree->scrollTo(cell);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(cell).center());
        QTRY_COMPARE(QApplication::focusWidget(), tree);
        QCOMPARE(tree->currentIndex(), cell);
        QTest::keyClick(tree, Qt::Key_F2);
        QTRY_VERIFY(QApplication::focusWidget() != tree);
        QWidget *editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), tree);
    }

    /** Waits until the write has come back as a snapshot and the file watcher's reload is over too. */
    static void settle(Project *project, const QString &goalId, double progress)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!project->isLoading() && project->snapshot()->entity(goalId)
                && project->snapshot()->entity(goalId)->progress
                && qFuzzyCompare(*project->snapshot()->entity(goalId)->progress, progress),
            20000);
        QTest::qWait(600); // the watcher's pause before it reloads
        project->waitForLoaded();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-projectswitch"_s);
        QApplication::setQuitOnLastWindowClosed(false);
        QSettings().clear();
    }

    void aProjectOpenedThroughASymlinkKeepsItsTabs()
    {
        // One project, one key (projectKey()): opened once by its folder and once through a link to
        // it, it shares the tabs as it shares the index. The tabs were keyed by the path as typed.
        QTemporaryDir dir;
        const QString real = dir.path() + u"/library"_s;
        const QString link = dir.path() + u"/library-link"_s;
        QVERIFY(test::copyTree(ensureSampleProject(), real));
        QVERIFY(QFile::link(real, link));
        QString storyId;
        {
            MainWindow window;
            window.resize(1200, 800);
            window.openProject(real);
            window.project()->waitForLoaded();
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
            QVERIFY(tabs);
            press(QKeySequence(Qt::CTRL | Qt::Key_P));
            QTRY_VERIFY(shownTopLevel<QuickOpenDialog>());
            QTRY_VERIFY(shownTopLevel<QuickOpenDialog>()->isAncestorOf(QApplication::focusWidget()));
            QTest::keyClicks(QApplication::focusWidget(), u"circle outgrows"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_VERIFY(qobject_cast<EntityPage *>(tabs->currentWidget()));
            storyId = qobject_cast<EntityPage *>(tabs->currentWidget())->entityId();
            QVERIFY(window.close());
        }
        MainWindow window;
        window.resize(1200, 800);
        window.openProject(link);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        QVERIFY(tabs);
        QStringList open;
        for (int i = 0; i < tabs->count(); ++i) {
            if (auto *page = qobject_cast<EntityPage *>(tabs->widget(i)))
                open.append(page->entityId());
        }
        QVERIFY2(open.contains(storyId), qPrintable(storyId + u" not in "_s + open.join(u", "_s)));
        QVERIFY(window.close());
    }

    void nothingOfTheFirstProjectWritesIntoItAfterTheSwitch()
    {
        QTemporaryDir dir;
        const QString first = dir.path() + u"/library"_s;
        const QString second = dir.path() + u"/ferry"_s;
        QVERIFY(test::copyTree(ensureSampleProject(), first));
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/other-project"), second));

        MainWindow window;
        window.resize(1400, 900);
        window.openProject(first);
        window.project()->waitForLoaded();
        const Snapshot firstSnapshot = window.project()->snapshot();
        QVERIFY(firstSnapshot);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        auto *roadmap = window.findChild<RoadmapView *>();
        auto *search = window.findChild<SearchPanel *>();
        auto *scene = window.findChild<GraphScene *>();
        QVERIFY(tabs && roadmap && search && scene);

        // A search with hits in the first project.
        press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QTest::keyClicks(QApplication::focusWidget(), u"spreadsheet"_s);
        QTRY_VERIFY_WITH_TIMEOUT(search->hitCount() > 0 && !search->isSearching(), 20000);

        // The editor: a story from quick open, typing that autosave and the journal have not written yet.
        press(QKeySequence(Qt::CTRL | Qt::Key_P));
        QTRY_VERIFY(shownTopLevel<QuickOpenDialog>());
        QTRY_VERIFY(shownTopLevel<QuickOpenDialog>()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"circle outgrows"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<EntityPage *>(tabs->currentWidget()));
        auto *page = qobject_cast<EntityPage *>(tabs->currentWidget());
        const QString storyPath = page->filePath();
        QTRY_COMPARE(QApplication::focusWidget(), page->editor());
        QTest::keyClick(page->editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(page->editor(), Qt::Key_Return);
        QTest::keyClicks(page->editor(), u"Typed in the library project."_s);
        QVERIFY(page->isModified());
        QTRY_COMPARE(scene->selectedEntity(), page->entityId());

        // The roadmap: two edits of a goal, the second undone with Ctrl+Z, so that both undo and redo are offered.
        const Entity *goal = nullptr;
        for (const Entity *candidate : firstSnapshot->entitiesOfType(EntityType::Goal)) {
            if (candidate->title == u"An accessible audiobook player"_s)
                goal = candidate;
        }
        QVERIFY(goal);
        const QString goalId = goal->id;
        const QString goalPath = first + u'/' + goal->source.path;
        press(QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(tabs->currentWidget(), roadmap);
        editRoadmapCell(roadmap, goalId, RoadmapModel::Progress, u"55"_s);
        QVERIFY(readFile(goalPath).contains("progress: 0.55"));
        settle(window.project(), goalId, 0.55);
        editRoadmapCell(roadmap, goalId, RoadmapModel::Progress, u"70"_s);
        QVERIFY(readFile(goalPath).contains("progress: 0.7"));
        settle(window.project(), goalId, 0.7);
        QTRY_COMPARE(QApplication::focusWidget(), roadmap->findChild<QTreeView *>());
        press(QKeySequence::keyBindings(QKeySequence::Undo).first());
        QVERIFY(readFile(goalPath).contains("progress: 0.55"));
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        auto *redo = window.findChild<QAction *>(u"redoAction"_s);
        QVERIFY(undo && redo);
        QTRY_VERIFY(redo->isEnabled());
        QVERIFY2(redo->text().contains(goal->title), qPrintable(redo->text())); // "Redo Edit An accessible…"
        QVERIFY(undo->isEnabled());

        // File › Open (Ctrl+O) and its dialog: the second project.
        const auto answered = answerDialog<QFileDialog>([second](QFileDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(second);
            QTest::keyClick(name, Qt::Key_Return);
        });
        press(QKeySequence::keyBindings(QKeySequence::Open).first());
        QVERIFY(*answered);
        QCOMPARE(window.project()->rootPath(), second);
        // From here on nothing may touch the first project.
        const QMap<QString, QByteArray> before = contents(first);
        // What was typed there was saved there, while it was still the open project.
        QVERIFY(before.value(QDir(first).relativeFilePath(storyPath)).contains("Typed in the library project."));
        window.project()->waitForLoaded();
        QVERIFY(window.project()->snapshot()->entity(u"stories/missed-ferry"_s));
        // What a window manager does when the dialog closes (offscreen has none).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Everything per project is gone.
        QCOMPARE(tabs->count(), 2); // Graph and Roadmap only
        QVERIFY(!firstSnapshot->entity(scene->selectedEntity()) || scene->selectedEntity().isEmpty());
        for (const SearchHit &hit : search->lastResult().hits)
            QVERIFY2(window.project()->snapshot()->entity(hit.entityId), qPrintable(hit.entityId));
        QCOMPARE(roadmap->undoStack()->count(), 0);
        QVERIFY(!roadmap->findChild<RoadmapModel *>(QStringLiteral("roadmapModel"))->indexForId(goalId).isValid());
        press(QKeySequence(Qt::CTRL | Qt::Key_P));
        QuickOpenDialog *quickOpen = shownTopLevel<QuickOpenDialog>();
        QVERIFY(quickOpen);
        QTRY_VERIFY(quickOpen->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"e"_s);
        QVERIFY(!quickOpen->candidates().isEmpty());
        for (const QString &id : quickOpen->candidates())
            QVERIFY2(window.project()->snapshot()->entity(id), qPrintable(id));
        QTRY_VERIFY(quickOpen->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!quickOpen->isVisible());
        window.activateWindow(); // the window manager's part
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Undo and redo, every way the user has: keys on the roadmap, the Edit menu, the roadmap's buttons.
        press(QKeySequence(Qt::CTRL | Qt::Key_R));
        const QString ferryGoal = u"roadmap/live-timetable"_s;
        const QModelIndex cell = roadmap->findChild<RoadmapFilterModel *>(QStringLiteral("roadmapFilter"))
                                     ->mapFromSource(roadmap->findChild<RoadmapModel *>(QStringLiteral("roadmapModel"))
                                             ->indexForId(ferryGoal, RoadmapModel::Owners));
        QVERIFY(cell.isValid());
        QTest::mouseClick(roadmap->findChild<QTreeView *>()->viewport(), Qt::LeftButton, {},
            roadmap->findChild<QTreeView *>()->visualRect(cell).center());
        QTRY_COMPARE(QApplication::focusWidget(), roadmap->findChild<QTreeView *>());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QVERIFY(!redo->text().contains(goal->title));
        for (const QKeySequence &keys :
            QKeySequence::keyBindings(QKeySequence::Undo) + QKeySequence::keyBindings(QKeySequence::Redo))
            press(keys);
        auto *editMenu = window.findChild<QMenu *>(u"editMenu"_s);
        QVERIFY(editMenu);
        clickMenuEntry(&window, editMenu, undo);
        clickMenuEntry(&window, editMenu, redo);
        for (QToolButton *button : roadmap->findChildren<QToolButton *>()) {
            QAction *action = button->defaultAction();
            if (action && (action->text().startsWith(u"Undo"_s) || action->text().startsWith(u"Redo"_s))) {
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }

        // Every timer that was pending runs out: autosave, the journal.
        QTest::qWait(EditorSettings::load().autosaveDelayMs + BufferKeeper::journalDelay + 1000);

        const QMap<QString, QByteArray> after = contents(first);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
};

QTEST_MAIN(TestProjectSwitch)
#include "test_projectswitch.moc"
