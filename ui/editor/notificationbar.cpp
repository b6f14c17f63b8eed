// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/notificationbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace storyloom {

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    hide();
}

void NotificationBar::present(Level level, const QString &text, const QList<Choice> &choices)
{
    QPalette pal = palette();
    const QColor background = level == Level::Error ? QColor(0xf8, 0xd7, 0xda)
        : level == Level::Warning                   ? QColor(0xff, 0xf3, 0xcd)
                                                    : QColor(0xdd, 0xee, 0xff);
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    setPalette(pal);
    m_label->setText(text);
    // deleteLater: present() may run from one of these buttons' own click.
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (const Choice &choice : choices) {
        auto *button = new QPushButton(choice.label, this);
        button->setObjectName(choice.name);
        const std::function<void()> action = choice.action;
        connect(button, &QPushButton::clicked, this, [this, action] {
            dismiss();
            if (action)
                action();
        });
        m_buttons->addWidget(button);
    }
    show();
}

void NotificationBar::dismiss()
{
    hide();
}

QString NotificationBar::text() const
{
    return m_label->text();
}

} // namespace storyloom
