// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace storyloom {

class BufferKeeper;
class MarkdownEditor;
class NotificationBar;

/**
 * Speaks up when the text in an editor holds conflict markers (a sync
 * stopped with a conflict and the file was reloaded): an error bar with
 * "Resolve…", which opens the conflict dialog on the buffer. The chosen
 * result goes into the editor as one edit (undoable) and is saved.
 */
class ConflictBanner : public QObject
{
    Q_OBJECT
public:
    ConflictBanner(MarkdownEditor *editor, NotificationBar *bar, BufferKeeper *keeper, QObject *parent = nullptr);

    /** Shows or hides the bar for the editor's text as it is now. */
    void check();
    /** Opens the conflict dialog on the buffer (what "Resolve…" does). */
    void resolve();

private:
    /** Puts the dialog's result for `path` (relative to the top level) into the editor, when it is this file. */
    void apply(const QString &path, const QString &text);

    MarkdownEditor *m_editor;
    NotificationBar *m_bar;
    BufferKeeper *m_keeper;
    QTimer *m_timer;
    /** The file relative to the working tree's top folder, as the conflict dialog names it. */
    QString m_relativePath;
};

} // namespace storyloom
