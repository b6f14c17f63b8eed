// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace storyloom {

/**
 * Move to…: the folders of the project's content (an mdBook's `src/`, else
 * the project folder; hidden folders left out) to choose where a page goes,
 * its folder preselected. Says where the file lands, how many pages' links
 * follow it and, in an mdBook, that its SUMMARY.md chapter moves too. Only
 * folders inside the project can be chosen.
 */
class MovePageDialog : public QDialog
{
    Q_OBJECT
public:
    MovePageDialog(const Snapshot &snapshot, const QString &entityId, QWidget *parent = nullptr);

    /** The chosen folder, relative to the project root. */
    [[nodiscard]] QString folder() const;
    /** Where the page's file goes, relative to the project root. */
    [[nodiscard]] QString newPath() const;
    /** The folder of a file relative to the root, empty at the top (as the Writer names folders). */
    [[nodiscard]] static QString folderOf(const QString &path);

private:
    void update();

    Snapshot m_snapshot;
    QString m_path;
    int m_linking = 0;
    QTreeWidget *m_folders;
    QLabel *m_result;
    QPushButton *m_move;
};

} // namespace storyloom
