// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/notificationbar.h"

#include "ui/settings/apptheme.h"

#include <QApplication>
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
    // The application's palette, not this bar's own (which the last message coloured).
    QPalette pal = QApplication::palette(this);
    const QColor window = pal.color(QPalette::Window);
    if (window.lightness() >= 128) {
        pal.setColor(QPalette::Window,
            level == Level::Error         ? QColor(0xf8, 0xd7, 0xda)
                : level == Level::Warning ? QColor(0xff, 0xf3, 0xcd)
                                          : QColor(0xdd, 0xee, 0xff));
        pal.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    } else {
        // On a dark palette a pastel bar glares: the level's colour is faded into the window instead,
        // under the palette's own light text.
        const QColor accent = level == Level::Error ? QColor(0xcf, 0x22, 0x2e)
            : level == Level::Warning               ? QColor(0xd2, 0x99, 0x22)
                                                    : QColor(0x2f, 0x81, 0xf7);
        pal.setColor(QPalette::Window, AppTheme::tint(accent, window, 0.35f));
    }
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
