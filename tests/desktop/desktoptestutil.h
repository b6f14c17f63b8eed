// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving the main window as a user does: key presses on the focused widget,
// and answering the modal dialogs those presses open.

#include <QApplication>
#include <QKeySequence>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace storyloom::test {

/** Presses the key sequence (one chord) on the focused widget, else on the active window, as a user would. */
inline void press(const QKeySequence &keys)
{
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QVERIFY(focus);
    const QKeyCombination chord = keys[0];
    QTest::keyClick(focus, chord.key(), chord.keyboardModifiers());
}

/** A visible top-level widget of type T, or null. */
template<typename T> T *shownTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

/**
 * Watches for a dialog of type T while a key opens it (modal dialogs block the key press
 * until they close): hands it to `act` (which closes it), and says whether it came.
 */
template<typename T> std::shared_ptr<bool> answerDialog(std::function<void(T *)> act)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seen, act] {
        T *dialog = shownTopLevel<T>();
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        *seen = true;
        act(dialog);
    });
    timer->start();
    QTimer::singleShot(30000, timer, [timer] { timer->deleteLater(); });
    return seen;
}

} // namespace storyloom::test
