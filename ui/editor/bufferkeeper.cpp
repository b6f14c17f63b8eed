// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/bufferkeeper.h"

#include "core/journal/linediff.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/notificationbar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace storyloom {

BufferKeeper::BufferKeeper(
    MarkdownEditor *editor, NotificationBar *bar, const QString &filePath, const QString &projectRoot, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_bar(bar)
    , m_file(new DocumentFile(filePath, this))
    , m_projectRoot(projectRoot)
    , m_autosaveTimer(new QTimer(this))
    , m_journalTimer(new QTimer(this))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(2000);
    m_journalTimer->setSingleShot(true);
    m_journalTimer->setInterval(journalDelay);
    connect(m_autosaveTimer, &QTimer::timeout, this, &BufferKeeper::autosave);
    connect(m_journalTimer, &QTimer::timeout, this, &BufferKeeper::journalNow);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &BufferKeeper::onEdited);
    connect(m_editor, &MarkdownEditor::focusLost, this, &BufferKeeper::autosave);
    m_file->setProjectRoot(projectRoot);
    connect(m_file, &DocumentFile::changedOnDisk, this, &BufferKeeper::onChangedOnDisk);
    connect(m_file, &DocumentFile::removedFromDisk, this, &BufferKeeper::onRemovedFromDisk);
}

OpenedText BufferKeeper::open()
{
    OpenedText opened = m_file->open();
    m_loading = true;
    m_editor->setPlainText(opened.text);
    m_editor->document()->setModified(false);
    m_loading = false;
    m_readOnly = !opened.error.isEmpty() || opened.invalidUtf8;
    m_editor->setReadOnly(m_readOnly);
    if (!opened.error.isEmpty()) {
        m_bar->setTopic(QStringLiteral("error"));
        m_bar->present(NotificationBar::Level::Error, opened.error);
    } else if (opened.invalidUtf8) {
        m_bar->setTopic(QStringLiteral("readOnly"));
        m_bar->present(NotificationBar::Level::Warning,
            tr("This file is not valid UTF-8. It is shown read-only (invalid bytes as �) so that nothing in it is "
               "altered."));
    } else if (opened.large || opened.longLines) {
        m_bar->setTopic(QStringLiteral("large"));
        m_bar->present(NotificationBar::Level::Info,
            opened.large ? tr("This is a large file: highlighting and the live preview are off to keep typing fast.")
                         : tr("This file has very long lines: highlighting and wrapping are off to keep typing fast."));
    }
    return opened;
}

bool BufferKeeper::isModified() const
{
    return m_editor->document()->isModified();
}

void BufferKeeper::setAutosave(bool enabled, int delayMs)
{
    m_autosave = enabled;
    m_autosaveTimer->setInterval(delayMs);
    if (!enabled)
        m_autosaveTimer->stop();
}

void BufferKeeper::onEdited()
{
    if (m_loading)
        return;
    if (m_autosave)
        m_autosaveTimer->start();
    // Started once, not restarted: typing without pause still reaches the journal every second.
    if (!m_journalTimer->isActive())
        m_journalTimer->start();
}

void BufferKeeper::journalNow()
{
    m_journalTimer->stop();
    if (!isModified() || m_readOnly)
        return;
    JournalEntry entry;
    entry.filePath = m_file->path();
    entry.projectRoot = m_projectRoot;
    entry.contents = m_file->encode(m_editor->toPlainText());
    entry.written = QDateTime::currentDateTimeUtc();
    if (!m_journal.write(entry))
        Q_EMIT statusMessage(tr("Cannot write the recovery journal: %1").arg(m_journal.lastError()));
}

void BufferKeeper::autosave()
{
    if (m_autosave && isModified() && !m_conflict && !m_readOnly)
        save();
}

bool BufferKeeper::save()
{
    if (m_readOnly) {
        Q_EMIT statusMessage(
            tr("%1 is read-only here; nothing was written.").arg(QFileInfo(m_file->path()).fileName()));
        return false;
    }
    if (m_conflict) {
        Q_EMIT statusMessage(tr("The file changed on disk: choose in the bar above the editor first."));
        return false;
    }
    if (const std::optional<QString> error = m_file->save(m_editor->toPlainText())) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(*error));
        journalNow();
        return false;
    }
    m_autosaveTimer->stop();
    m_journalTimer->stop();
    m_editor->document()->setModified(false);
    m_journal.discard(m_file->path());
    Q_EMIT statusMessage(tr("Saved %1").arg(QFileInfo(m_file->path()).fileName()));
    Q_EMIT saved();
    return true;
}

void BufferKeeper::flush()
{
    if (!isModified())
        return;
    if (m_autosave && !m_conflict && !m_readOnly)
        save();
    else
        journalNow();
}

void BufferKeeper::restore(const QByteArray &contents)
{
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    QString text = DocumentFile::decode(contents);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_editor->document()->setModified(true);
}

void BufferKeeper::reloadFrom(const QByteArray &bytes)
{
    const int position = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    QString text = DocumentFile::decode(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_loading = true;
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_loading = false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::min(position, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->verticalScrollBar()->setValue(scroll);
    m_journal.discard(m_file->path());
    Q_EMIT reloaded();
}

void BufferKeeper::onChangedOnDisk(const QByteArray &bytes)
{
    if (!isModified() && !m_conflict) {
        reloadFrom(bytes);
        Q_EMIT statusMessage(tr("Reloaded %1 (changed on disk)").arg(QFileInfo(m_file->path()).fileName()));
        return;
    }
    m_conflict = true;
    m_autosaveTimer->stop();
    journalNow();
    showConflictBar();
}

void BufferKeeper::showConflictBar()
{
    m_bar->setTopic(QStringLiteral("conflict"));
    m_bar->present(NotificationBar::Level::Warning,
        tr("%1 was changed by another program while you were editing it. Nothing has been overwritten.")
            .arg(QFileInfo(m_file->path()).fileName()),
        { { tr("Keep Mine"),
              [this] {
                  m_conflict = false;
                  m_file->acceptDiskState();
                  save();
              },
              QStringLiteral("keepMine") },
            { tr("Take Theirs"),
                [this] {
                    m_conflict = false;
                    m_file->acceptDiskState();
                    reloadFrom(m_file->knownBytes());
                },
                QStringLiteral("takeTheirs") },
            { tr("Compare…"), [this] { compare(); }, QStringLiteral("compare") } });
}

void BufferKeeper::compare()
{
    const QString theirs
        = DocumentFile::decode(m_file->readDisk()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QDialog dialog(m_editor);
    dialog.setWindowTitle(tr("Changes: file on disk (−) and your buffer (+)"));
    auto *view = new QPlainTextEdit(&dialog);
    view->setReadOnly(true);
    view->setAccessibleName(tr("Changes between the file on disk and your buffer"));
    view->setFont(m_editor->font());
    view->setPlainText(LineDiff::unified(theirs, m_editor->toPlainText()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(900, 600);
    dialog.exec();
    showConflictBar();
}

void BufferKeeper::onRemovedFromDisk()
{
    m_conflict = true;
    m_autosaveTimer->stop();
    m_editor->document()->setModified(true);
    journalNow();
    m_bar->setTopic(QStringLiteral("deleted"));
    m_bar->present(NotificationBar::Level::Warning,
        tr("%1 was deleted or renamed on disk. Your text is still here.").arg(QFileInfo(m_file->path()).fileName()),
        { { tr("Save Again"),
            [this] {
                m_conflict = false;
                m_file->acceptDiskState();
                save();
            },
            QStringLiteral("saveAgain") } });
}

} // namespace storyloom
