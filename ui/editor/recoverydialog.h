// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/recoveryjournal.h"

#include <QDialog>
#include <functional>

class QListWidget;
class QPlainTextEdit;

namespace storyloom {

/**
 * Offered at start-up when the recovery journal holds buffers a crash left
 * unsaved: each with the difference to the file on disk, to restore into
 * the editor (as an unsaved edit) or discard.
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    /** `restore` puts one entry's bytes into an editor tab; it returns false when it could not. */
    RecoveryDialog(const QList<JournalEntry> &entries, std::function<bool(const JournalEntry &)> restore,
        QWidget *parent = nullptr);

private:
    void showCurrent();
    enum class Choice { Restore, Discard };
    void act(Choice choice);

    QList<JournalEntry> m_entries;
    std::function<bool(const JournalEntry &)> m_restore;
    QListWidget *m_list;
    QPlainTextEdit *m_diff;
};

} // namespace storyloom
