// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/roadmap/overviewtablewriter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeView;
class QUndoStack;

namespace storyloom {

class Project;
class RoadmapFilterModel;
class RoadmapModel;

/**
 * The Roadmap tab: the goal tree with state, progress, owners, pain points
 * and stories; filters by state and owner; inline edits written back to the
 * files they came from (with undo); "Regenerate overview table" and the
 * export dialog.
 */
class RoadmapView : public QWidget
{
    Q_OBJECT
public:
    explicit RoadmapView(Project *project, QWidget *parent = nullptr);

    /** Writes an edit of one goal to its file (undoable); false with a message in the view when it cannot. */
    bool applyEdit(const QString &goalId, const GoalEdit &edit);
    /** Asks for a page and writes the overview table between marker comments there. */
    void regenerateOverviewTable();
    /** Opens the Export Roadmap dialog. */
    void exportRoadmap();
    /** The roadmap's own edits: the window's Undo and Redo act on it while the roadmap has the focus. */
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    /** Shows `snapshot` (an old revision) instead of the project's, read-only; null returns to the project's. */
    void setSnapshotOverride(const Snapshot &snapshot);
    /** Puts the history's timeline under the table. */
    void setTimeline(QWidget *timeline);

Q_SIGNALS:
    /** The user wants to see an entity (a goal, a pain point, a story). */
    void openEntityRequested(const QString &id);
    /** An export wrote this file. */
    void exported(const QString &path);

private:
    void setSnapshot(const Snapshot &snapshot);
    void onClicked(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    /** A notice under the table: an error stands out in red. */
    enum class MessageKind { Notice, Error };
    void showMessage(const QString &text, MessageKind kind);
    /** Applies a planned edit as one undoable step; false (with the reason shown) when it could not. */
    bool perform(class ProjectEdit edit);
    /** Shows how a write went (nothing when it went well) and reloads the project. */
    void written(const struct WriteResult &result);

    Project *m_project;
    RoadmapModel *m_model;
    RoadmapFilterModel *m_filter;
    QTreeView *m_tree = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QLabel *m_message = nullptr;
    QUndoStack *m_undo = nullptr;
    /** Set while an old revision is shown. */
    Snapshot m_override;
    /** Hidden while an old revision is shown. */
    QList<QAction *> m_editing;
};

} // namespace storyloom
