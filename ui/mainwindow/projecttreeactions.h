// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QPoint;
class QTreeView;

namespace storyloom {

class MainWindow;

/**
 * The project tree's context menu: rename a page and move it to the trash,
 * through the Writer, with the links of other pages and the book's
 * SUMMARY.md kept right. Open buffers are saved first. There is no
 * project-level undo yet: a trashed page comes back from the trash.
 */
class ProjectTreeActions : public QObject
{
    Q_OBJECT
public:
    ProjectTreeActions(MainWindow *window, QTreeView *tree);

private:
    void showMenu(const QPoint &position);
    void renameEntity(const QString &id);
    void trashEntity(const QString &id);
    /** Saves every modified page and closes the tab of `id`; false when a save failed. */
    bool prepareFor(const QString &id);

    MainWindow *m_window;
    QTreeView *m_tree;
};

} // namespace storyloom
