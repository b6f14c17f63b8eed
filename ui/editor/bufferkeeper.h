// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/recoveryjournal.h"
#include "ui/editor/documentfile.h"

#include <QObject>

class QTimer;

namespace storyloom {

class MarkdownEditor;
class NotificationBar;

/**
 * Never lose a keystroke: owns the link between one editor buffer and its
 * file. Saves atomically on request, after a pause in typing and when the
 * editor loses focus; journals the unsaved buffer within a second of typing
 * so a crash or kill -9 loses nothing; and when another program changes or
 * deletes the file, reloads an unmodified buffer silently but never
 * overwrites (or is overwritten by) a modified one without asking.
 */
class BufferKeeper : public QObject
{
    Q_OBJECT
public:
    /** How soon unsaved typing reaches the journal. */
    static constexpr int journalDelay = 1000;

    BufferKeeper(MarkdownEditor *editor, NotificationBar *bar, const QString &filePath, const QString &projectRoot,
        QObject *parent = nullptr);

    /** Reads the file into the editor (nothing is written). */
    OpenedText open();
    /** Writes the buffer now. False (with a status message) when it cannot or must not. */
    bool save();
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /** True while a bar waits for the user to decide about a change on disk. */
    [[nodiscard]] bool hasConflict() const { return m_conflict; }
    [[nodiscard]] QString filePath() const { return m_file->path(); }
    [[nodiscard]] DocumentFile *file() const { return m_file; }

    void setAutosave(bool enabled, int delayMs);
    /** Puts journaled bytes into the buffer as an edit (undoable; saved like any edit). */
    void restore(const QByteArray &contents);
    /** Writes the journal entry now (the timer does it within journalDelay). */
    void journalNow();
    /** The tab is closing: save if autosave is on (else the journal keeps the text). */
    void flush();
    void setJournal(const RecoveryJournal &journal) { m_journal = journal; }

Q_SIGNALS:
    void saved();
    void reloaded();
    void statusMessage(const QString &message);

private:
    void onEdited();
    void autosave();
    void reloadFrom(const QByteArray &bytes);
    void onChangedOnDisk(const QByteArray &bytes);
    void onRemovedFromDisk();
    void showConflictBar();
    void compare();

    MarkdownEditor *m_editor;
    NotificationBar *m_bar;
    DocumentFile *m_file;
    QString m_projectRoot;
    RecoveryJournal m_journal;
    QTimer *m_autosaveTimer;
    QTimer *m_journalTimer;
    bool m_autosave = true;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_conflict = false;
};

} // namespace storyloom
