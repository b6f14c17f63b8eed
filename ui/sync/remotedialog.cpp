// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/remotedialog.h"

#include "core/sync/remoteurl.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyloom {

RemoteDialog::RemoteDialog(const QString &projectRoot, QWidget *parent)
    : QDialog(parent)
    , m_setup(new RemoteSetup(projectRoot, this))
    , m_url(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Remote Repository"));
    m_url->setObjectName(QStringLiteral("remoteUrl"));
    m_status->setObjectName(QStringLiteral("remoteStatus"));
    m_status->setAccessibleName(tr("Remote status"));
    m_progress->setAccessibleName(tr("Checking the remote"));
    const QString current = m_setup->currentAddress();
    m_url->setText(current);
    m_url->setPlaceholderText(tr("https://example.org/team/vision.git"));
    auto *intro = new QLabel(current.isEmpty()
            ? tr("Where syncs push your changes and fetch those of others. This project has no remote yet.")
            : tr("Where syncs push your changes and fetch those of others."),
        this);
    intro->setWordWrap(true);
    auto *hint = new QLabel(tr("A password or token typed into the address (https://name:token@…) is handed to "
                               "Git's credential helper and not kept in the address."),
        this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Remote &URL:"), m_url);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    QPushButton *save = m_buttons->addButton(tr("Check and &Save"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    resize(600, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteDialog::reject);
    connect(m_setup, &RemoteSetup::finished, this, &RemoteDialog::onFinished, Qt::QueuedConnection);
}

void RemoteDialog::save()
{
    if (m_setup->isRunning())
        return;
    if (m_url->text().trimmed().isEmpty()) {
        m_status->setText(tr("Give the address of the remote repository."));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Checking %1…").arg(RemoteUrl::masked(RemoteUrl::parse(m_url->text()).address())));
    m_setup->start(m_url->text());
}

void RemoteDialog::onFinished(const RemoteResult &result)
{
    setBusy(false);
    if (result.error.isError()) {
        m_status->setText(result.error.code == SyncError::Code::Cancelled ? QString() : result.error.fullText());
        m_url->setFocus();
        return;
    }
    m_result = result;
    accept();
}

void RemoteDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_url->setEnabled(!busy);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    }
}

void RemoteDialog::reject()
{
    // The check stops; the remote stays as it was.
    m_setup->cancel();
    QDialog::reject();
}

} // namespace storyloom
