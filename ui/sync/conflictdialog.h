// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/conflicttext.h"

#include <QDialog>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QUndoStack;
class QVBoxLayout;

namespace storyloom {

class ConflictResolver;

/**
 * The files a sync could not merge. For each, every change both sides made
 * to the same lines is shown as your version beside theirs, the words that
 * differ marked, with "take mine", "take theirs" or "take both"; the result
 * is shown below and saved in one step (choices can be undone until then).
 * Whole files can be taken from one side. "Finish sync" once nothing is
 * left, "Abort sync" to return to exactly the local state. Both versions
 * stay in Git until a file is resolved.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /** `topLevel` is the working tree's top folder. */
    explicit ConflictDialog(const QString &topLevel, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    /**
     * Resolves `text`, an open editor's buffer of `path` (relative to the top level), instead of the
     * file on disk, and selects it. Its result goes to bufferResolved(), for the editor to apply.
     */
    void openBuffer(const QString &path, const QString &text);
    /** The working tree's top folder this dialog resolves in. */
    [[nodiscard]] QString topLevel() const { return m_topLevel; }

Q_SIGNALS:
    /** The merge was finished: the caller syncs again to push it. */
    void finishRequested();
    /** Files on disk changed (a side taken, the merge aborted). */
    void filesChanged();
    /** The resolution of an open buffer (see openBuffer()): the editor applies and saves it. */
    void bufferResolved(const QString &path, const QString &text);

private:
    void reload();
    void showPath(const QString &path);
    [[nodiscard]] QString currentPath() const;
    void act(const std::function<bool()> &action);
    void setChoice(int change, ConflictChoice choice);
    void showChoices();
    void saveResolution();
    [[nodiscard]] QWidget *changeCard(int index, const ConflictChunk &chunk);

    QString m_topLevel;
    std::unique_ptr<ConflictResolver> m_resolver;
    QHash<QString, QString> m_buffers;
    std::optional<ConflictText> m_text;
    QList<ConflictChoice> m_choices;
    QListWidget *m_paths;
    QTabWidget *m_views;
    QWidget *m_changes;
    QVBoxLayout *m_changesLayout;
    QPlainTextEdit *m_ours;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_merged;
    QLabel *m_message;
    QPushButton *m_takeOurs;
    QPushButton *m_takeTheirs;
    QPushButton *m_saveMerged;
    QPushButton *m_finish;
    QPushButton *m_abort;
    QUndoStack *m_undo;
};

} // namespace storyloom
