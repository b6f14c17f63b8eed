// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/projectedit.h"

#include <QObject>

class QUndoStack;

namespace storyloom {

class MainWindow;
struct WriteResult;

/**
 * The undo history of project operations (create, rename, move and trash a
 * page; later quick fixes that edit several files): each entry one
 * ProjectEdit, undone and redone as one step. Reached through Edit › Undo
 * and Redo while the focus is in the project tree. Before either, open
 * buffers are saved and the tabs of pages that go away close; when a file
 * the entry touches changed on disk since, the user is told which and
 * nothing changes. The history belongs to the open project: opening
 * another drops it.
 */
class ProjectHistory : public QObject
{
    Q_OBJECT
public:
    explicit ProjectHistory(MainWindow *window);

    [[nodiscard]] QUndoStack *stack() const { return m_stack; }
    /**
     * Applies a planned edit as one undoable step and reloads the project. Open buffers are
     * saved first and the tabs of pages the edit takes away close. Says why when it could not.
     */
    WriteResult perform(ProjectEdit edit);
    void undo();
    void redo();

private:
    enum class Direction { Undo, Redo };
    void step(Direction direction);
    /** Saves every modified page and closes the tabs of files at `paths`; false when a save failed. */
    bool prepare(const QStringList &paths);

    MainWindow *m_window;
    QUndoStack *m_stack;
};

} // namespace storyloom
