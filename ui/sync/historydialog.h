// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/filehistory.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace storyloom {

/**
 * The history of one entity's file: its commits (author, date, message),
 * merges included, what each changed against its own parent (a merge also
 * against its other parent, or both at once), the text as it was, and
 * "Restore this version", which writes the old text as a new edit (history
 * is never rewritten).
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /** `file` is the absolute path of the entity's file. */
    HistoryDialog(const QString &file, const QString &title, QWidget *parent = nullptr);

Q_SIGNALS:
    /** A version was written to the file. */
    void restored(const QString &file);

private:
    void showEntry(int index);

    FileHistory m_history;
    QString m_file;
    std::vector<HistoryEntry> m_entries;
    QTreeWidget *m_commits;
    QPlainTextEdit *m_diff;
    QTextBrowser *m_rendered;
    QPlainTextEdit *m_text;
    QComboBox *m_base;
    QPushButton *m_restore;
};

} // namespace storyloom
