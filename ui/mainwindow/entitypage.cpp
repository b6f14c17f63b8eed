// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/entitypage.h"

#include <QFile>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>

namespace storyloom {

EntityPage::EntityPage(const Snapshot &snapshot, const QString &entityId, QWidget *parent)
    : QWidget(parent)
    , m_entityId(entityId)
    , m_source(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_source);
    splitter->addWidget(m_preview);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_source->setReadOnly(true);
    m_preview->setOpenLinks(false);
    setSnapshot(snapshot);
}

void EntityPage::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    const Entity *entity = snapshot ? snapshot->entity(m_entityId) : nullptr;
    if (!entity)
        return;
    QFile file(snapshot->rootPath() + u'/' + entity->source.path);
    if (file.open(QIODevice::ReadOnly))
        m_source->setPlainText(QString::fromUtf8(file.readAll()));
    m_preview->setMarkdown(entity->body);
}

void EntityPage::goToLine(int line)
{
    if (line <= 0)
        return;
    QTextCursor cursor(m_source->document()->findBlockByNumber(line - 1));
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
}

} // namespace storyloom
