// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Project operations from the project tree — Move to…, a page dragged onto a group, Move to Trash
// with the links to it removed, Rename, File › New — each undone and redone as one step with Ctrl+Z
// and Ctrl+Shift+Z (or Edit › Undo "Undo Rename page") while the tree has the focus, every byte of
// every file back; refused, changing nothing, when a file changed since; gone with the project.
// Driven as a user: clicks on rows, Shift+F10 and right clicks for the menu, keys in the dialogs.

#include "../model/pagetestutil.h"

#include "core/project/project.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/movepagedialog.h"
#include "ui/mainwindow/projecttreemodel.h"

#include "desktoptestutil.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString minibook = QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/model/data/minibook");

QTreeView *projectTree(MainWindow *window)
{
    return window->findChild<QTreeView *>(u"projectTree"_s);
}

/** The tree's row of the entity at `path` (relative to the root), scrolled into view. */
QModelIndex rowOf(MainWindow *window, const QString &path)
{
    QTreeView *tree = projectTree(window);
    const Entity *entity = window->project()->snapshot()->entityForPath(path);
    if (!tree || !entity)
        return {};
    const QModelIndexList found = tree->model()->match(
        tree->model()->index(0, 0), ProjectTreeModel::IdRole, entity->id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return {};
    tree->scrollTo(found.first());
    return found.first();
}

/** Clicks the row of the page at `path`: the tree takes the focus and the row becomes current. */
void clickRow(MainWindow *window, const QString &path)
{
    // What a window manager does when a dialog closes (offscreen has none).
    if (!window->isActiveWindow()) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    QTreeView *tree = projectTree(window);
    const QModelIndex row = rowOf(window, path);
    QVERIFY2(row.isValid(), qPrintable(path));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QTRY_COMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(tree->currentIndex(), row);
}

/** Waits for the context menu, then picks its action `name` with the arrow keys and Return. */
void pickFromContextMenu(const QString &name, bool *picked)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, picked] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QAction *action = menu->findChild<QAction *>(name);
        QVERIFY(action);
        for (int step = 0; menu->activeAction() != action && step <= menu->actions().size(); ++step)
            QTest::keyClick(menu, Qt::Key_Down);
        QCOMPARE(menu->activeAction(), action);
        QTest::keyClick(menu, Qt::Key_Return);
        *picked = true;
    });
    timer->start();
    QTimer::singleShot(10000, timer, [timer] { timer->deleteLater(); });
}

/** The page's row clicked, then its context menu opened with Shift+F10 and `name` chosen. */
void menuKeyAction(MainWindow *window, const QString &path, const QString &name)
{
    clickRow(window, path);
    bool picked = false;
    pickFromContextMenu(name, &picked);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(picked);
}

/** The page's row right-clicked (through the window, as the platform delivers it), then `name` chosen. */
void rightClickAction(MainWindow *window, const QString &path, const QString &name)
{
    QTreeView *tree = projectTree(window);
    const QModelIndex row = rowOf(window, path);
    QVERIFY2(row.isValid(), qPrintable(path));
    bool picked = false;
    pickFromContextMenu(name, &picked);
    const QPoint at = tree->viewport()->mapTo(window, tree->visualRect(row).center());
    QTest::mouseClick(window->windowHandle(), Qt::RightButton, {}, at);
    QTRY_VERIFY(picked);
}

/** Presses a key on the focused widget and waits until the project has read the result. */
void pressAndSettle(MainWindow *window, const QKeySequence &keys)
{
    press(keys);
    QTRY_VERIFY(!window->project()->isLoading());
    window->project()->waitForLoaded();
}

/** Ctrl+Z and Ctrl+Shift+Z (asked once the application is there: the platform names the keys). */
QKeySequence undoKey()
{
    return QKeySequence::keyBindings(QKeySequence::Undo).first();
}

QKeySequence redoKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

/** Chooses `folder` in the Move to… dialog with the arrow keys, then Return. */
void chooseFolder(MovePageDialog *dialog, const QString &folder, QString *result)
{
    auto *folders = dialog->findChild<QTreeWidget *>(u"folderTree"_s);
    // A failed check leaves the function: the dialog must close then, or the test would hang in it.
    auto closeOnFailure = qScopeGuard([dialog] {
        if (dialog->isVisible())
            dialog->reject();
    });
    QVERIFY(folders);
    QTRY_COMPARE(QApplication::focusWidget(), folders);
    auto current = [folders] { return folders->currentItem()->data(0, Qt::UserRole + 1).toString(); };
    for (int step = 0; current() != folder && step < 40; ++step)
        QTest::keyClick(folders, Qt::Key_Down);
    for (int step = 0; current() != folder && step < 40; ++step)
        QTest::keyClick(folders, Qt::Key_Up);
    QCOMPARE(current(), folder);
    *result = dialog->findChild<QLabel *>(u"moveResult"_s)->text();
    QTest::keyClick(folders, Qt::Key_Return);
}
} // namespace

class TestProjectUndo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_book;

    void openWindow(MainWindow &window, const QString &root)
    {
        window.resize(1200, 800);
        window.openProject(root);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-projectundo"_s);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
        QSettings().clear();
    }

    void init()
    {
        m_book = m_home.filePath(u"book"_s + QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(copyTree(minibook, m_book));
    }

    void moveToFolderThenUndoAndRedo()
    {
        MainWindow window;
        openWindow(window, m_book);
        const QMap<QString, QByteArray> before = readTree(m_book);

        // Cancel first: an mdBook's files change only when the user accepts.
        auto cancelled = answerDialog<MovePageDialog>([](MovePageDialog *dialog) {
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        });
        menuKeyAction(&window, u"src/status_quo/grace_reads_a_trace.md"_s, u"movePage"_s);
        QTRY_VERIFY(*cancelled);
        QCOMPARE(readTree(m_book), before);

        QString said;
        auto moved = answerDialog<MovePageDialog>([&said](MovePageDialog *dialog) {
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            chooseFolder(dialog, u"src/characters"_s, &said);
        });
        menuKeyAction(&window, u"src/status_quo/grace_reads_a_trace.md"_s, u"movePage"_s);
        QTRY_VERIFY(*moved);
        QVERIFY2(said.contains(u"src/characters/grace_reads_a_trace.md"_s) && said.contains(u"SUMMARY.md"_s)
                && said.contains(u"2"_s),
            qPrintable(said));
        const QString path = u"src/characters/grace_reads_a_trace.md"_s;
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(path));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after),
            (QStringList { u"src/SUMMARY.md"_s, path, u"src/status_quo.md"_s, u"src/status_quo/alan_hits_a_wall.md"_s,
                u"src/status_quo/grace_reads_a_trace.md"_s }));
        // Its chapter moved among the characters'; links to it and its own links follow.
        QVERIFY(after.value(u"src/SUMMARY.md"_s)
                .contains("    * [Grace](characters/grace.md)\n    * [Grace reads a "
                          "trace](characters/grace_reads_a_trace.md)\n"));
        QVERIFY(after.value(u"src/status_quo/alan_hits_a_wall.md"_s).contains("(../characters/grace_reads_a_trace.md"));
        QVERIFY(after.value(path).contains("[wall]: ../status_quo/alan_hits_a_wall.md\n"));

        // Ctrl+Z with the focus in the tree takes it all back, Ctrl+Shift+Z does it again.
        clickRow(&window, u"src/characters/alan.md"_s);
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        QTRY_COMPARE(undo->text(), u"&Undo Move page"_s);
        pressAndSettle(&window, undoKey());
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/status_quo/grace_reads_a_trace.md"_s));
        QCOMPARE(readTree(m_book), before);
        QVERIFY(!QFileInfo::exists(m_book + u'/' + path));
        QTRY_COMPARE(QApplication::focusWidget(), projectTree(&window));
        pressAndSettle(&window, redoKey());
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(path));
        QCOMPARE(readTree(m_book), after);
    }

    void renameUndoneFromTheEditMenu()
    {
        MainWindow window;
        openWindow(window, m_book);
        const QMap<QString, QByteArray> before = readTree(m_book);
        auto renamed = answerDialog<QInputDialog>([](QInputDialog *dialog) {
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(edit);
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, u"Alan climbs a wall"_s);
            QTest::keyClick(edit, Qt::Key_Return);
        });
        rightClickAction(&window, u"src/status_quo/alan_hits_a_wall.md"_s, u"renamePage"_s);
        QTRY_VERIFY(*renamed);
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/status_quo/alan_climbs_a_wall.md"_s));
        window.project()->waitForLoaded();
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after).size(), 7);

        // Edit › Undo names the operation while the tree has the focus; in an editor it is the text's undo.
        clickRow(&window, u"src/characters/grace.md"_s);
        auto *editMenu = window.findChild<QMenu *>(u"editMenu"_s);
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        QMenuBar *bar = window.menuBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(editMenu->menuAction()).center());
        QTRY_VERIFY(editMenu->isVisible());
        QCOMPARE(undo->text(), u"&Undo Rename page"_s);
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(editMenu, Qt::LeftButton, {}, editMenu->actionGeometry(undo).center());
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/status_quo/alan_hits_a_wall.md"_s));
        window.project()->waitForLoaded();
        QCOMPARE(readTree(m_book), before);
    }

    void renameSavesTypingInALinkingPageFirst()
    {
        MainWindow window;
        openWindow(window, m_book);
        // Typing in a page that links to the one about to be renamed, not saved yet.
        const QString linking = u"src/status_quo/alan_hits_a_wall.md"_s;
        clickRow(&window, linking);
        QTest::keyClick(projectTree(&window), Qt::Key_Return);
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        QTRY_VERIFY(qobject_cast<EntityPage *>(tabs->currentWidget()));
        auto *page = qobject_cast<EntityPage *>(tabs->currentWidget());
        QTRY_COMPARE(QApplication::focusWidget(), page->editor());
        QTest::keyClick(page->editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(page->editor(), u"Typed before the rename."_s);
        QVERIFY(page->isModified());

        auto renamed = answerDialog<QInputDialog>([](QInputDialog *dialog) {
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), u"Grace reads logs"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        menuKeyAction(&window, u"src/status_quo/grace_reads_a_trace.md"_s, u"renamePage"_s);
        QTRY_VERIFY(*renamed);
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/status_quo/grace_reads_logs.md"_s));
        window.project()->waitForLoaded();
        const QByteArray text = readBytes(m_book + u'/' + linking);
        QVERIFY2(text.contains("Typed before the rename.") && text.contains("(grace_reads_logs.md \"her story\")"),
            text.constData());

        // Undo goes back to the page as it was saved, typing included.
        clickRow(&window, u"src/characters/alan.md"_s);
        pressAndSettle(&window, undoKey());
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/status_quo/grace_reads_a_trace.md"_s));
        const QByteArray undone = readBytes(m_book + u'/' + linking);
        QVERIFY(undone.contains("Typed before the rename."));
        QVERIFY(undone.contains("(grace_reads_a_trace.md \"her story\")"));
    }

    void trashRemovesLinksAndUndoRestoresEveryByte()
    {
        MainWindow window;
        openWindow(window, m_book);
        const QMap<QString, QByteArray> before = readTree(m_book);
        const QString path = u"src/characters/grace.md"_s;

        QString question;
        auto cancelled = answerDialog<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            QTest::keyClick(box, Qt::Key_Escape);
        });
        menuKeyAction(&window, path, u"trashPage"_s);
        QTRY_VERIFY(*cancelled);
        // Which pages link to it, before anything happens; nothing happens on Cancel.
        QVERIFY2(question.contains(u"3 page"_s) && question.contains(u"src/characters.md"_s)
                && question.contains(u"src/intro.md"_s) && question.contains(u"grace_reads_a_trace.md"_s),
            qPrintable(question));
        QCOMPARE(readTree(m_book), before);

        auto trashed = answerDialog<QMessageBox>([](QMessageBox *box) {
            auto *unlink = box->findChild<QPushButton *>(u"trashAndUnlink"_s);
            QVERIFY(unlink);
            QTest::mouseClick(unlink, Qt::LeftButton);
        });
        menuKeyAction(&window, path, u"trashPage"_s);
        QTRY_VERIFY(*trashed);
        QTRY_VERIFY(!window.project()->snapshot()->entityForPath(path));
        window.project()->waitForLoaded();
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after),
            (QStringList { u"src/SUMMARY.md"_s, u"src/characters.md"_s, path, u"src/intro.md"_s,
                u"src/status_quo/grace_reads_a_trace.md"_s }));
        QCOMPARE(after.value(u"src/intro.md"_s), "# Introduction\n\nMeet [Alan](characters/alan.md) and Grace.\n");
        QCOMPARE(window.project()->snapshot()->errorCount(), 0);

        clickRow(&window, u"src/characters/alan.md"_s);
        pressAndSettle(&window, undoKey());
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(path));
        QCOMPARE(readTree(m_book), before);
    }

    void undoRefusedWhenAFileChangedSince()
    {
        MainWindow window;
        openWindow(window, m_book);
        auto moved = answerDialog<MovePageDialog>([](MovePageDialog *dialog) {
            QString said;
            chooseFolder(dialog, u"src/notes"_s, &said);
        });
        menuKeyAction(&window, u"src/characters/alan.md"_s, u"movePage"_s);
        QTRY_VERIFY(*moved);
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/notes/alan.md"_s));
        window.project()->waitForLoaded();
        // Someone edits a page the move touched.
        QVERIFY(writeFile(m_book, u"src/intro.md"_s, readBytes(m_book + u"/src/intro.md"_s) + "Later.\n"));
        const QMap<QString, QByteArray> now = readTree(m_book);

        QString refusal;
        auto told = answerDialog<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        clickRow(&window, u"src/characters/grace.md"_s);
        press(undoKey());
        QTRY_VERIFY(*told);
        QVERIFY2(refusal.contains(u"src/intro.md"_s), qPrintable(refusal));
        QCOMPARE(readTree(m_book), now);
        // Still there to undo once the file is as the move left it.
        clickRow(&window, u"src/characters/grace.md"_s);
        QTRY_COMPARE(window.findChild<QAction *>(u"undoAction"_s)->text(), u"&Undo Move page"_s);
    }

    void dropOnAGroupMovesIntoItsFolder()
    {
        MainWindow window;
        openWindow(window, m_book);
        const QMap<QString, QByteArray> before = readTree(m_book);
        QTreeView *tree = projectTree(&window);
        clickRow(&window, u"src/status_quo/grace_reads_a_trace.md"_s);
        std::unique_ptr<QMimeData> mime(tree->model()->mimeData({ tree->currentIndex() }));
        // The Characters group's row, where the page is dropped.
        QModelIndex group;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            if (tree->model()->index(row, 0).data().toString().startsWith(u"Characters"_s))
                group = tree->model()->index(row, 0);
        }
        QVERIFY(group.isValid());
        const QPoint at = tree->visualRect(group).center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        const QString path = u"src/characters/grace_reads_a_trace.md"_s;
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(path));
        window.project()->waitForLoaded();
        QCOMPARE(changedFiles(before, readTree(m_book)).size(), 5);

        clickRow(&window, path);
        pressAndSettle(&window, undoKey());
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/status_quo/grace_reads_a_trace.md"_s));
        QCOMPARE(readTree(m_book), before);
    }

    void newPageIsOneUndoStep()
    {
        MainWindow window;
        openWindow(window, m_book);
        const QMap<QString, QByteArray> before = readTree(m_book);
        auto titled = answerDialog<QInputDialog>([](QInputDialog *dialog) {
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            QTest::keyClicks(QApplication::focusWidget(), u"Barbara waits"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        auto saved = answerDialog<QFileDialog>([](QFileDialog *dialog) {
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QMenuBar *bar = window.menuBar();
        QMenu *file = nullptr;
        for (QAction *action : bar->actions()) {
            if (action->text().remove(u'&') == u"File"_s)
                file = action->menu();
        }
        QVERIFY(file);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(file->menuAction()).center());
        QTRY_VERIFY(file->isVisible());
        QMenu *newMenu = nullptr;
        for (QAction *action : file->actions()) {
            if (action->menu() && action->text().remove(u'&') == u"New"_s)
                newMenu = action->menu();
        }
        QVERIFY(newMenu);
        while (file->activeAction() != newMenu->menuAction())
            QTest::keyClick(file, Qt::Key_Down);
        QTest::keyClick(file, Qt::Key_Right);
        QTRY_VERIFY(newMenu->isVisible());
        QTest::keyClick(newMenu, Qt::Key_Return); // its first entry
        QTRY_VERIFY(*titled);
        QTRY_VERIFY(*saved);
        QTRY_COMPARE(changedFiles(before, readTree(m_book)).size(), 2);
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        QTRY_VERIFY(qobject_cast<EntityPage *>(tabs->currentWidget()));
        window.project()->waitForLoaded();

        // Alt+1 to the tree, then Ctrl+Z: the page (its tab too) and its SUMMARY entry go.
        window.activateWindow(); // the window manager's part once the dialogs closed
        QVERIFY(QTest::qWaitForWindowActive(&window));
        press(QKeySequence(Qt::ALT | Qt::Key_1));
        QTRY_COMPARE(QApplication::focusWidget(), projectTree(&window));
        QTRY_COMPARE(window.findChild<QAction *>(u"undoAction"_s)->text(), u"&Undo New page"_s);
        pressAndSettle(&window, undoKey());
        QTRY_COMPARE(readTree(m_book), before);
        QTRY_VERIFY(!qobject_cast<EntityPage *>(tabs->currentWidget()));
    }

    void sampleProjectMoveUndoes()
    {
        const QString sample = m_home.filePath(u"sample"_s + QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(copyTree(ensureSampleProject(), sample));
        MainWindow window;
        openWindow(window, sample);
        const QMap<QString, QByteArray> before = readTree(sample);
        const QString path = u"stories/status-quo/zoe-needs-a-room.md"_s;
        auto moved = answerDialog<MovePageDialog>([](MovePageDialog *dialog) {
            QString said;
            chooseFolder(dialog, u"stories"_s, &said);
        });
        menuKeyAction(&window, path, u"movePage"_s);
        QTRY_VERIFY(*moved);
        const QString target = u"stories/zoe-needs-a-room.md"_s;
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(target));
        window.project()->waitForLoaded();
        const QMap<QString, QByteArray> after = readTree(sample);
        QVERIFY(changedFiles(before, after).contains(target));
        QVERIFY(after.value(target).contains("[Zoë](../characters/zoe.md)"));

        clickRow(&window, target);
        pressAndSettle(&window, undoKey());
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(path));
        QCOMPARE(readTree(sample), before);
    }

    void anotherProjectDropsTheHistory()
    {
        const QString other = m_home.filePath(u"other"_s + QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/other-project"), other));
        MainWindow window;
        openWindow(window, m_book);
        auto moved = answerDialog<MovePageDialog>([](MovePageDialog *dialog) {
            QString said;
            chooseFolder(dialog, u"src/notes"_s, &said);
        });
        menuKeyAction(&window, u"src/characters/alan.md"_s, u"movePage"_s);
        QTRY_VERIFY(*moved);
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(u"src/notes/alan.md"_s));
        window.project()->waitForLoaded();
        const QMap<QString, QByteArray> moveDone = readTree(m_book);

        window.activateWindow(); // the window manager's part once the dialog closed
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // File › Open (Ctrl+O) and its dialog: the other project.
        const auto answered = answerDialog<QFileDialog>([other](QFileDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            QVERIFY(name);
            name->setText(other);
            QTest::keyClick(name, Qt::Key_Return);
        });
        press(QKeySequence::keyBindings(QKeySequence::Open).first());
        QVERIFY(*answered);
        window.project()->waitForLoaded();
        window.activateWindow(); // the window manager's part
        QVERIFY(QTest::qWaitForWindowActive(&window));

        clickRow(&window, u"stories/missed-ferry.md"_s);
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->text(), u"&Undo"_s);
        press(undoKey());
        press(redoKey());
        QTest::qWait(200);
        QCOMPARE(readTree(m_book), moveDone);
    }
};

QTEST_MAIN(TestProjectUndo)
#include "test_projectundo.moc"
