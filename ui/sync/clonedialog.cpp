// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/clonedialog.h"

#include "core/sync/gitrepository.h"
#include "core/sync/syncerror.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace storyloom {

CloneDialog::CloneDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Clone a Vision Document"));
    m_url->setPlaceholderText(tr("https://github.com/rust-lang/wg-async.git"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the folder to clone into"));
    // Its form row holds a layout, which a label cannot name.
    m_folder->setAccessibleName(tr("Folder to clone into"));
    m_progress->setAccessibleName(tr("Cloning"));
    m_status->setAccessibleName(tr("Clone status"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Repository &URL:"), m_url);
    form->addRow(tr("Into &folder:"), folderRow);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    QPushButton *clone = m_buttons->addButton(tr("&Clone"), QDialogButtonBox::AcceptRole);
    clone->setDefault(true);
    resize(560, sizeHint().height());

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    connect(m_url, &QLineEdit::textEdited, this, [this, documents](const QString &url) {
        // Suggest a folder named after the repository.
        QString name = url.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1);
        name.remove(QRegularExpression(QStringLiteral("\\.git$")));
        if (!name.isEmpty())
            m_folder->setText(QDir(documents).filePath(name));
    });
    connect(browse, &QPushButton::clicked, this, [this, documents] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Clone Into"), documents);
        if (!dir.isEmpty())
            m_folder->setText(QDir(dir).filePath(m_folder->text().section(QLatin1Char('/'), -1)));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloneDialog::startClone);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloneDialog::reject);
}

QString CloneDialog::folder() const
{
    return QDir::cleanPath(m_folder->text());
}

void CloneDialog::startClone()
{
    const QString url = m_url->text().trimmed();
    const QString target = folder();
    if (url.isEmpty() || target.isEmpty()) {
        m_status->setText(tr("Give the repository's address and a folder to clone into."));
        return;
    }
    if (QDir(target).exists() && !QDir(target).isEmpty()) {
        m_status->setText(
            tr("%1 already exists and is not empty: choose another folder.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    m_git = new GitRepository(QFileInfo(target).absolutePath(), this);
    m_job = m_git->start({ QStringLiteral("clone"), QStringLiteral("--progress"), QStringLiteral("--"), url, target });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_url->setEnabled(false);
    m_folder->setEnabled(false);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(false);
    }
    m_status->setText(tr("Cloning…"));
    connect(m_job, &GitJob::progress, this, &CloneDialog::showProgress);
    connect(m_job, &GitJob::finished, this, [this, target](const GitResult &result) {
        m_job = nullptr;
        if (result.ok()) {
            accept();
            return;
        }
        if (!result.cancelled)
            QDir(target).removeRecursively(); // git removes it too; a killed clone may leave a partial folder
        m_progress->setVisible(false);
        m_url->setEnabled(true);
        m_folder->setEnabled(true);
        for (QAbstractButton *button : m_buttons->buttons())
            button->setEnabled(true);
        m_status->setText(SyncError::fromGit(result).fullText());
    });
}

void CloneDialog::showProgress(const QString &line)
{
    static const QRegularExpression percent(QStringLiteral("^(.*?):\\s+(\\d+)%"));
    const auto match = percent.match(line);
    if (match.hasMatch()) {
        m_progress->setRange(0, 100);
        m_progress->setValue(match.captured(2).toInt());
        m_progress->setFormat(match.captured(1) + QStringLiteral(" %p%"));
    }
    m_status->setText(line);
}

void CloneDialog::reject()
{
    if (m_job) {
        const QString target = folder();
        connect(m_job, &GitJob::finished, this, [target] { QDir(target).removeRecursively(); });
        m_job->cancel();
    }
    QDialog::reject();
}

} // namespace storyloom
