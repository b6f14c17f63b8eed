// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace storyloom {

class DocumentTabs;
class EntityPage;

/**
 * The status bar's word count and reading time for the current tab: follows
 * tab switches and the current page's edits, and is empty on tabs that are
 * not an entity (Graph, Roadmap).
 */
class WordCountLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WordCountLabel(DocumentTabs *tabs, QWidget *parent = nullptr);

private:
    void follow(EntityPage *page);

    QPointer<EntityPage> m_page;
    QMetaObject::Connection m_connection;
};

} // namespace storyloom
