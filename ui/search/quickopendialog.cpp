// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/quickopendialog.h"

#include "core/index/fuzzymatcher.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace storyloom {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

QuickOpenDialog::QuickOpenDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Quick Open"));
    m_filter->setPlaceholderText(tr("Go to a character, story, goal… (letters of its title or id)"));
    m_filter->installEventFilter(this);
    m_filter->setAccessibleName(tr("Title or id to go to"));
    m_list->setAccessibleName(tr("Matching entities"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(560, 420);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickOpenDialog::update);
    connect(m_filter, &QLineEdit::returnPressed, this, &QuickOpenDialog::choose);
    connect(m_list, &QListWidget::itemActivated, this, &QuickOpenDialog::choose);
}

void QuickOpenDialog::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    if (isVisible())
        update();
}

void QuickOpenDialog::popup()
{
    m_filter->clear();
    update();
    if (QWidget *owner = parentWidget())
        move(owner->mapToGlobal(QPoint((owner->width() - width()) / 2, 60)));
    show();
    raise();
    activateWindow();
    m_filter->setFocus();
}

void QuickOpenDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

QStringList QuickOpenDialog::candidates() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(IdRole).toString());
    return ids;
}

void QuickOpenDialog::update()
{
    m_list->clear();
    if (!m_snapshot)
        return;
    const QList<FuzzyMatcher::Candidate> ranked = FuzzyMatcher(m_filter->text()).rank(*m_snapshot, 60);
    for (const FuzzyMatcher::Candidate &c : ranked) {
        auto *item
            = new QListWidgetItem(QStringLiteral("%1    —  %2 · %3").arg(c.title, displayName(c.type), c.id), m_list);
        item->setData(IdRole, c.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void QuickOpenDialog::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(IdRole).toString();
    accept();
    // Back to the window, where the chosen page takes the keyboard: typing goes on there.
    if (QWidget *owner = parentWidget())
        owner->activateWindow();
    Q_EMIT entityChosen(id);
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace storyloom
