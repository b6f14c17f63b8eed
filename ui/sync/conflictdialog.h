// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace storyloom {

class ConflictResolver;

/**
 * The files a sync could not merge: for each, your version, theirs and the
 * merge side by side. Take yours, take theirs, or edit the merge and save
 * it; "Finish sync" once nothing is left, "Abort sync" to return to exactly
 * the local state. Both versions stay in Git until a file is resolved.
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /** `topLevel` is the working tree's top folder. */
    explicit ConflictDialog(const QString &topLevel, QWidget *parent = nullptr);
    ~ConflictDialog() override;

Q_SIGNALS:
    /** The merge was finished: the caller syncs again to push it. */
    void finishRequested();
    /** Files on disk changed (a side taken, the merge aborted). */
    void filesChanged();

private:
    void reload();
    void showPath(const QString &path);
    [[nodiscard]] QString currentPath() const;
    void act(const std::function<bool()> &action);

    std::unique_ptr<ConflictResolver> m_resolver;
    QListWidget *m_paths;
    QPlainTextEdit *m_ours;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_merged;
    QLabel *m_message;
    QPushButton *m_takeOurs;
    QPushButton *m_takeTheirs;
    QPushButton *m_saveMerged;
    QPushButton *m_finish;
    QPushButton *m_abort;
};

} // namespace storyloom
