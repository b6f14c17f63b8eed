// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/conflictbanner.h"

#include "core/parse/conflictmarkers.h"
#include "core/sync/gitrepository.h"
#include "ui/editor/bufferkeeper.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/notificationbar.h"
#include "ui/sync/conflictdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

namespace storyloom {

namespace {
const QString topic = QStringLiteral("conflictMarkers");
} // namespace

ConflictBanner::ConflictBanner(MarkdownEditor *editor, NotificationBar *bar, BufferKeeper *keeper, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_bar(bar)
    , m_keeper(keeper)
    , m_timer(new QTimer(this))
{
    // Typing is not held up: the scan runs after a short pause (it returns at once for text without "<<<<<<<").
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ConflictBanner::check);
    connect(m_editor->document(), &QTextDocument::contentsChanged, m_timer, qOverload<>(&QTimer::start));
    // A reload (the sync rewrote the file) is checked at once.
    connect(m_keeper, &BufferKeeper::reloaded, this, &ConflictBanner::check);
    check();
}

void ConflictBanner::check()
{
    m_timer->stop();
    const QList<ConflictRegion> regions = ConflictMarkers::find(QStringView(m_editor->toPlainText()));
    const bool showing = m_bar->topic() == topic;
    if (regions.isEmpty()) {
        if (showing)
            m_bar->dismiss();
        return;
    }
    // Another question about this buffer (changed on disk while edited...) is answered first.
    if (!m_bar->isHidden() && !showing)
        return;
    m_bar->setTopic(topic);
    m_bar->present(NotificationBar::Level::Error,
        tr("This file holds an unresolved sync conflict (%n change(s), from line %1): your version and the other "
           "one are both in the text, between conflict markers.",
            nullptr, int(regions.size()))
            .arg(regions.first().begin),
        { { tr("Resolve…"), [this] { resolve(); }, QStringLiteral("resolveConflicts") } });
}

void ConflictBanner::resolve()
{
    const QString file = m_keeper->filePath();
    QString top = GitRepository(QFileInfo(file).absolutePath()).topLevel();
    if (top.isEmpty())
        top = QFileInfo(file).absolutePath(); // not versioned: the markers alone say what the versions are
    m_relativePath = QDir(top).relativeFilePath(file);
    // One conflict dialog per window: Sync's own (opened when a sync stops) is reused when it is open.
    ConflictDialog *dialog = nullptr;
    for (ConflictDialog *open : m_editor->window()->findChildren<ConflictDialog *>()) {
        if (open->isVisible() && open->topLevel() == top)
            dialog = open;
    }
    if (!dialog) {
        dialog = new ConflictDialog(top, m_editor->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    connect(dialog, &ConflictDialog::bufferResolved, this, &ConflictBanner::apply, Qt::UniqueConnection);
    // The dialog may leave the bar dismissed: it comes back if markers are left.
    connect(dialog, &QDialog::finished, this, &ConflictBanner::check, Qt::UniqueConnection);
    dialog->openBuffer(m_relativePath, m_editor->toPlainText());
    if (dialog->isVisible()) {
        dialog->raise();
        dialog->activateWindow();
    } else {
        dialog->open();
    }
}

void ConflictBanner::apply(const QString &path, const QString &text)
{
    if (path != m_relativePath)
        return; // another page's file
    // Only the lines that change are replaced, in one undoable edit: the cursor and the view stay where they were.
    const QString old = m_editor->toPlainText();
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old[old.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    const int scroll = m_editor->verticalScrollBar()->value();
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
    m_editor->verticalScrollBar()->setValue(scroll);
    m_keeper->save();
    check();
}

} // namespace storyloom
