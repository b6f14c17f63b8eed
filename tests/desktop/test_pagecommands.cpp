// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File › New and the project tree's Rename and Move to Trash, driven as a user does: clicks on the
// menus, the title typed into the dialog, Return to accept the proposed file. The pages land where
// the book keeps its pages, in SUMMARY.md, and every other file keeps its bytes.

#include "../model/pagetestutil.h"

#include "core/project/project.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projecttreemodel.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString fixture = QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/model/data/minibook");

/**
 * Runs `handle` on the next modal dialog of type T once it is shown and has the keyboard focus (dialogs
 * run their own event loop inside the click that opens them, so the test acts from a timer). `handled`
 * is set after. A dialog that never gets there is rejected after a while, so the test fails, not hangs.
 */
template<typename T> void whenDialog(bool *handled, std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, handled, handle, ticks] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        const bool ready = dialog && dialog->isVisible() && dialog->isAncestorOf(QApplication::focusWidget());
        if (!ready && ++*ticks < 1000)
            return;
        timer->stop();
        timer->deleteLater();
        if (!ready) {
            qWarning("no %s took the keyboard focus", T::staticMetaObject.className());
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                modal->reject();
            return;
        }
        handle(dialog);
        *handled = true;
    });
    timer->start();
}

/** Clicks the menu bar's `path.first()` menu, then picks each further item of `path` with the arrow keys. */
void clickMenuPath(QMainWindow *window, const QStringList &path)
{
    QMenuBar *bar = window->menuBar();
    QMenu *menu = nullptr;
    for (QAction *action : bar->actions()) {
        if (action->text().remove(u'&') == path.first())
            menu = action->menu();
    }
    QVERIFY2(menu, qPrintable(path.first()));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    QTRY_VERIFY(menu->isVisible());
    for (qsizetype i = 1; i < path.size(); ++i) {
        QAction *item = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(u'&') == path.at(i))
                item = action;
        }
        QVERIFY2(item, qPrintable(path.at(i)));
        // Within the open menus, the keyboard: arrow down to the item, then Right into a submenu or Return.
        for (int step = 0; menu->activeAction() != item && step <= menu->actions().size(); ++step)
            QTest::keyClick(menu, Qt::Key_Down);
        QCOMPARE(menu->activeAction(), item);
        QTest::keyClick(menu, item->menu() ? Qt::Key_Right : Qt::Key_Return);
        if (item->menu()) {
            menu = item->menu();
            QTRY_VERIFY(menu->isVisible());
        }
    }
}

/** Right-clicks the tree's row of the entity at `path` and clicks the context menu's action `name`. */
void clickTreeAction(MainWindow *window, const QString &path, const QString &name)
{
    auto *tree = window->findChild<QTreeView *>(u"projectTree"_s);
    QVERIFY(tree);
    const Entity *entity = window->project()->snapshot()->entityForPath(path);
    QVERIFY2(entity, qPrintable(path));
    const QModelIndexList found = tree->model()->match(
        tree->model()->index(0, 0), ProjectTreeModel::IdRole, entity->id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    tree->scrollTo(found.first());
    const QPoint at = tree->viewport()->mapTo(window, tree->visualRect(found.first()).center());
    bool clicked = false;
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, &clicked] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QAction *action = menu->findChild<QAction *>(name);
        QVERIFY(action);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        clicked = true;
    });
    timer->start();
    // Through the window, as the platform delivers it: a right click there becomes a context menu request.
    QTest::mouseClick(window->windowHandle(), Qt::RightButton, {}, at);
    QTRY_VERIFY(clicked);
}
} // namespace

class TestPageCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_book;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-pagecommands"_s);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
    }

    void init()
    {
        m_book = m_home.filePath(u"book"_s + QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(copyTree(fixture, m_book));
    }

    void newStatusQuoStoryLandsInTheBook()
    {
        MainWindow window;
        window.openProject(m_book);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QMap<QString, QByteArray> before = readTree(m_book);

        bool titled = false;
        bool saved = false;
        QString proposed;
        whenDialog<QInputDialog>(&titled, [&](QInputDialog *) {
            QTest::keyClicks(QApplication::focusWidget(), u"Barbara wants async I/O"_s);
            whenDialog<QFileDialog>(&saved, [&](QFileDialog *dialog) {
                proposed = dialog->selectedFiles().value(0);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            });
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        clickMenuPath(&window, { u"File"_s, u"New"_s, u"Status Quo Story"_s });
        QTRY_VERIFY(titled);
        QTRY_VERIFY(saved);
        const QString path = u"src/status_quo/barbara_wants_async_i_o.md"_s;
        QCOMPARE(QDir(m_book).relativeFilePath(proposed), path);

        // The story is written from the book's template, listed in SUMMARY.md, and opened.
        QTRY_VERIFY(QFileInfo::exists(m_book + u'/' + path));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after), (QStringList { u"src/SUMMARY.md"_s, path }));
        const QString expected = QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/model/data/minibook-expected/");
        QCOMPARE(after.value(path), readBytes(expected + u"barbara_wants_async_i_o.md"_s));
        QCOMPARE(after.value(u"src/SUMMARY.md"_s), readBytes(expected + u"SUMMARY-new-story.md"_s));
        auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
        QTRY_VERIFY(qobject_cast<EntityPage *>(tabs->currentWidget()));
        const Entity *opened
            = window.project()->snapshot()->entity(qobject_cast<EntityPage *>(tabs->currentWidget())->entityId());
        QVERIFY(opened);
        QCOMPARE(opened->source.path, path);
        QVERIFY(opened->kind == StoryKind::StatusQuo);
    }

    void renameFromTheProjectTree()
    {
        MainWindow window;
        window.openProject(m_book);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QMap<QString, QByteArray> before = readTree(m_book);

        bool renamed = false;
        whenDialog<QInputDialog>(&renamed, [](QInputDialog *) {
            auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(edit);
            QCOMPARE(edit->text(), u"Grace reads a trace"_s);
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, u"Grace reads a long trace"_s);
            QTest::keyClick(edit, Qt::Key_Return);
        });
        clickTreeAction(&window, u"src/status_quo/grace_reads_a_trace.md"_s, u"renamePage"_s);
        QTRY_VERIFY(renamed);
        const QString path = u"src/status_quo/grace_reads_a_long_trace.md"_s;
        QTRY_VERIFY(window.project()->snapshot()->entityForPath(path));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after),
            (QStringList { u"src/SUMMARY.md"_s, u"src/status_quo.md"_s, u"src/status_quo/alan_hits_a_wall.md"_s, path,
                u"src/status_quo/grace_reads_a_trace.md"_s }));
        QVERIFY(after.value(u"src/SUMMARY.md"_s)
                .contains("* [Grace reads a long trace](status_quo/grace_reads_a_long_trace.md)\n"));
        QVERIFY(after.value(u"src/status_quo/alan_hits_a_wall.md"_s)
                .contains("(grace_reads_a_long_trace.md \"her story\")"));
    }

    void trashFromTheProjectTree()
    {
        MainWindow window;
        window.openProject(m_book);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QMap<QString, QByteArray> before = readTree(m_book);

        bool confirmed = false;
        QString question;
        whenDialog<QMessageBox>(&confirmed, [&question](QMessageBox *box) {
            question = box->text();
            auto *confirm = box->findChild<QPushButton *>(u"confirmTrash"_s);
            QVERIFY(confirm);
            QTest::mouseClick(confirm, Qt::LeftButton);
        });
        const QString path = u"src/characters/grace.md"_s;
        clickTreeAction(&window, path, u"trashPage"_s);
        QTRY_VERIFY(confirmed);
        // The pages whose links break are named before anything happens.
        QVERIFY2(
            question.contains(u"src/characters.md"_s) && question.contains(u"src/intro.md"_s), qPrintable(question));
        QTRY_VERIFY(!window.project()->snapshot()->entityForPath(path));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after), (QStringList { u"src/SUMMARY.md"_s, path }));
        QByteArray summary = before.value(u"src/SUMMARY.md"_s);
        summary.replace("    * [Grace](characters/grace.md)\n", "");
        QCOMPARE(after.value(u"src/SUMMARY.md"_s), summary);
    }
};

QTEST_MAIN(TestPageCommands)
#include "test_pagecommands.moc"
