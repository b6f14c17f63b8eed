// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/recoverydialog.h"

#include "core/journal/linediff.h"
#include "ui/editor/documentfile.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace storyloom {

RecoveryDialog::RecoveryDialog(
    const QList<JournalEntry> &entries, std::function<bool(const JournalEntry &)> restore, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_restore(std::move(restore))
    , m_list(new QListWidget(this))
    , m_diff(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Recover Unsaved Changes"));
    auto *intro = new QLabel(tr("Storyloom did not close properly. These files had changes that were not saved. "
                                "The difference to the file on disk is shown (− on disk, + unsaved)."),
        this);
    intro->setWordWrap(true);
    m_diff->setReadOnly(true);
    m_list->setAccessibleName(tr("Files with unsaved changes"));
    m_diff->setAccessibleName(tr("Unsaved changes"));
    m_diff->setAccessibleDescription(tr("Lines starting with − are on disk, lines starting with + are unsaved."));
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const JournalEntry &entry : entries) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(entry.filePath).fileName(),
                                             QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setToolTip(entry.filePath);
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setSizes({ 120, 400 });
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restoreButton = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    QPushButton *discardButton = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    restoreButton->setObjectName(QStringLiteral("restore"));
    discardButton->setObjectName(QStringLiteral("discard"));
    connect(restoreButton, &QPushButton::clicked, this, [this] { act(Choice::Restore); });
    connect(discardButton, &QPushButton::clicked, this, [this] { act(Choice::Discard); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::showCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(800, 600);
    m_list->setCurrentRow(0);
}

void RecoveryDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_diff->clear();
        return;
    }
    const JournalEntry &entry = m_entries.at(row);
    QFile file(entry.filePath);
    const QString disk = file.open(QIODevice::ReadOnly) ? DocumentFile::decode(file.readAll()) : QString();
    const QString diff = LineDiff::unified(disk, DocumentFile::decode(entry.contents));
    m_diff->setPlainText(!file.exists() ? tr("(The file is gone from disk; restoring brings it back.)\n\n") + diff
            : diff.isEmpty()            ? tr("(Same as the file on disk.)")
                                        : diff);
}

void RecoveryDialog::act(Choice choice)
{
    const bool restore = choice == Choice::Restore;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const JournalEntry entry = m_entries.at(row);
    if (restore && !m_restore(entry))
        return;
    if (!restore)
        RecoveryJournal().discard(entry.filePath);
    m_entries.removeAt(row);
    delete m_list->takeItem(row);
    if (m_entries.isEmpty())
        accept();
}

} // namespace storyloom
