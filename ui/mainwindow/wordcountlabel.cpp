// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/wordcountlabel.h"

#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"

namespace storyloom {

WordCountLabel::WordCountLabel(DocumentTabs *tabs, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("wordCount"));
    setAccessibleName(tr("Word count"));
    connect(tabs, &DocumentTabs::currentPageChanged, this, &WordCountLabel::follow);
    follow(tabs->currentPage());
}

void WordCountLabel::follow(EntityPage *page)
{
    disconnect(m_connection);
    m_page = page;
    if (!m_page) {
        clear();
        return;
    }
    setText(m_page->statistics());
    m_connection = connect(m_page, &EntityPage::statisticsChanged, this, &QLabel::setText);
}

} // namespace storyloom
