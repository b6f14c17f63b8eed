// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Quick fixes chosen as an author chooses them: Ctrl+. on the focused editor,
// arrow keys and Enter in the menu, Ctrl+S.

#include "core/project/project.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"

#include "desktoptestutil.h"

#include <QApplication>
#include <QMenu>
#include <QTabWidget>
#include <QTest>

namespace storyloom::test {

inline EntityPage *currentPageOf(MainWindow *window)
{
    return qobject_cast<EntityPage *>(qobject_cast<QTabWidget *>(window->centralWidget())->currentWidget());
}

/** Opens the page of `path` (relative) with the cursor on `line` and the focus in its editor. */
inline void openPageAt(MainWindow *window, const QString &path, int line)
{
    const Entity *entity = window->project()->snapshot()->entityForPath(path);
    QVERIFY2(entity, qPrintable(path));
    window->openEntity(entity->id, line);
    QTRY_VERIFY(currentPageOf(window) && currentPageOf(window)->filePath().endsWith(path));
    QTRY_COMPARE(QApplication::focusWidget(), currentPageOf(window)->editor());
    QCOMPARE(currentPageOf(window)->editor()->textCursor().blockNumber() + 1, line);
}

/** Ctrl+. on the focused editor, Down to the fix at `index` (-1: the last one), Enter. */
inline void chooseQuickFix(int index = 0)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(menu->objectName(), QStringLiteral("quickFixMenu"));
    QVERIFY(menu->actions().first()->isEnabled());
    QCOMPARE(menu->activeAction(), menu->actions().first());
    const qsizetype downs = index < 0 ? menu->actions().size() - 1 : index;
    for (qsizetype i = 0; i < downs; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

/** Ctrl+S on the focused editor, until the page is saved. */
inline void saveCurrentPage(MainWindow *window)
{
    QTRY_COMPARE(QApplication::focusWidget(), currentPageOf(window)->editor());
    press(QKeySequence::Save);
    QTRY_VERIFY(!currentPageOf(window)->isModified());
}

} // namespace storyloom::test
