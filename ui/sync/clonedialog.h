// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace storyloom {

class GitJob;
class GitRepository;

/** File > Clone…: a repository URL and a folder, with progress; cancelling stops git and removes the partial folder. */
class CloneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloneDialog(QWidget *parent = nullptr);
    /** The folder cloned into, once accepted. */
    [[nodiscard]] QString folder() const;

    void reject() override;

private:
    void startClone();
    void showProgress(const QString &line);

    QLineEdit *m_url;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    GitRepository *m_git = nullptr;
    QPointer<GitJob> m_job;
};

} // namespace storyloom
