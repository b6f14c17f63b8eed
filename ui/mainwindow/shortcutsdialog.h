// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace storyloom {

/** One action of the main window as the shortcuts list shows it. */
struct ShortcutEntry
{
    QString menuPath; ///< "File › Open Recent", empty for window-wide actions
    QString text; ///< the action's text without mnemonics
    QList<QKeySequence> shortcuts; ///< may be empty: then the menu path is the keyboard route
    QAction *action = nullptr;
};

/** Two or more enabled actions that claim the same key sequence, so none of them fires. */
struct ShortcutConflict
{
    QKeySequence sequence;
    QStringList actions;
};

/**
 * Help > Keyboard Shortcuts: every action of the main window with its key
 * sequences, generated from the actions themselves so the list cannot go
 * stale. Actions without a shortcut are listed with their menu path, which
 * is how the keyboard reaches them (Alt + mnemonics).
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    /** Walks the menu bar (recursively) and the window's own actions; separators and hidden actions are skipped. */
    [[nodiscard]] static QList<ShortcutEntry> collect(const QMainWindow *window);
    /** Key sequences claimed by more than one distinct action. */
    [[nodiscard]] static QList<ShortcutConflict> conflicts(const QList<ShortcutEntry> &entries);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace storyloom
