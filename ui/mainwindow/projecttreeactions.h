// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QObject>

class QModelIndex;
class QPoint;
class QTreeView;

namespace storyloom {

class MainWindow;
class ProjectEdit;

/**
 * The project tree's context menu (right click, the Menu key, Shift+F10):
 * rename a page, move it to another folder, move it to the trash; and
 * dropping a page on a group or another page to move it into that folder.
 * Each goes through the Writer as one ProjectEdit, with the links of other
 * pages and the book's SUMMARY.md kept right, onto the project's undo
 * history (Edit › Undo while the tree has the focus).
 */
class ProjectTreeActions : public QObject
{
    Q_OBJECT
public:
    ProjectTreeActions(MainWindow *window, QTreeView *tree);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QModelIndex &index, const QPoint &position);
    void renameEntity(const QString &id);
    void chooseFolder(const QString &id);
    void trashEntity(const QString &id);
    /** Moves the entity's file to `newPath` (relative to the root) as one undoable step. */
    void moveEntity(const QString &id, const QString &newPath);
    /**
     * Applies `edit` through the project history, saying why when it could not; reopens the page at
     * its new place when it was open.
     */
    bool perform(const QString &id, ProjectEdit edit, const QString &caption);
    /** The folder (relative to the root) a page dropped on `index` goes to, empty when none. */
    [[nodiscard]] QString dropFolder(const QModelIndex &index) const;
    /** The entity a drag from the tree carries, empty when it carries none. */
    [[nodiscard]] static QString draggedEntity(const QEvent *event);

    MainWindow *m_window;
    QTreeView *m_tree;
};

} // namespace storyloom
