// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/remotesetup.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace storyloom {

/**
 * Sync > Remote…: the address of the repository syncs exchange with. Saving
 * checks the address with Git first, off the GUI thread; a password or token
 * typed into the address goes to Git's credential helper, never into the
 * repository's configuration.
 */
class RemoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemoteDialog(const QString &projectRoot, QWidget *parent = nullptr);
    /** What happened once accepted: the address now set and anything worth telling. */
    [[nodiscard]] const RemoteResult &result() const { return m_result; }

    void reject() override;

private:
    void save();
    void onFinished(const RemoteResult &result);
    void setBusy(bool busy);

    RemoteSetup *m_setup;
    QLineEdit *m_url;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    RemoteResult m_result;
};

} // namespace storyloom
