// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/wordcountlabel.h"

#include "ui/mainwindow/entitypage.h"

#include <QTabWidget>

namespace storyloom {

WordCountLabel::WordCountLabel(QTabWidget *tabs, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("wordCount"));
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] { follow(tabs->currentWidget()); });
    follow(tabs->currentWidget());
}

void WordCountLabel::follow(QWidget *current)
{
    disconnect(m_connection);
    m_page = qobject_cast<EntityPage *>(current);
    if (!m_page) {
        clear();
        return;
    }
    setText(m_page->statistics());
    m_connection = connect(m_page, &EntityPage::statisticsChanged, this, &QLabel::setText);
}

} // namespace storyloom
