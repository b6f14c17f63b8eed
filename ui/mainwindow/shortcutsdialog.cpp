// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyloom {

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void collectMenu(const QMenu *menu, const QString &path, QList<ShortcutEntry> &out, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() || seen.contains(action))
            continue;
        seen.insert(action);
        if (QMenu *sub = action->menu()) {
            collectMenu(sub, path + QStringLiteral(" › ") + plainText(action), out, seen);
            continue;
        }
        if (plainText(action).isEmpty())
            continue;
        out.append({ path, plainText(action), action->shortcuts(), action });
    }
}
} // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(const QMainWindow *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    if (const QMenuBar *bar = window->menuBar()) {
        for (QAction *top : bar->actions()) {
            if (QMenu *menu = top->menu(); menu && top->isVisible()) {
                seen.insert(top);
                collectMenu(menu, plainText(top), entries, seen);
            }
        }
    }
    // Actions added to the window (or its children) directly, outside any menu.
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (seen.contains(action) || action->isSeparator() || action->shortcuts().isEmpty()
            || plainText(action).isEmpty())
            continue;
        // Widget-local shortcuts (a line edit's own actions) only fire in that widget.
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        seen.insert(action);
        entries.append({ QString(), plainText(action), action->shortcuts(), action });
    }
    return entries;
}

QList<ShortcutConflict> ShortcutsDialog::conflicts(const QList<ShortcutEntry> &entries)
{
    QHash<QKeySequence, QStringList> owners;
    QList<QKeySequence> order;
    for (const ShortcutEntry &entry : entries) {
        if (entry.action && !entry.action->isEnabled())
            continue;
        for (const QKeySequence &sequence : entry.shortcuts) {
            if (sequence.isEmpty())
                continue;
            if (!owners.contains(sequence))
                order.append(sequence);
            const QString name
                = entry.menuPath.isEmpty() ? entry.text : entry.menuPath + QStringLiteral(" › ") + entry.text;
            if (!owners[sequence].contains(name))
                owners[sequence].append(name);
        }
    }
    QList<ShortcutConflict> result;
    for (const QKeySequence &sequence : order) {
        if (owners.value(sequence).size() > 1)
            result.append({ sequence, owners.value(sequence) });
    }
    return result;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent ? parent : window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action or key…"));
    m_filter->setAccessibleName(tr("Filter by action or key"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_filter->setClearButtonEnabled(true);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const QList<ShortcutEntry> entries = collect(window);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ShortcutEntry &entry : entries) {
        const QString group = entry.menuPath.isEmpty() ? tr("Window") : entry.menuPath;
        QTreeWidgetItem *parentItem = groups.value(group);
        if (!parentItem) {
            parentItem = new QTreeWidgetItem(m_tree, { group });
            QFont bold = parentItem->font(0);
            bold.setBold(true);
            parentItem->setFont(0, bold);
            parentItem->setFirstColumnSpanned(true);
            groups.insert(group, parentItem);
        }
        QStringList keys;
        for (const QKeySequence &sequence : entry.shortcuts)
            keys.append(sequence.toString(QKeySequence::NativeText));
        auto *item
            = new QTreeWidgetItem(parentItem, { entry.text, keys.join(tr(", ", "separates alternative shortcuts")) });
        if (keys.isEmpty())
            item->setToolTip(1, tr("No shortcut: open the menu with Alt and the underlined letters."));
    }
    m_tree->expandAll();

    const QList<ShortcutConflict> clashes = conflicts(entries);
    auto *warning = new QLabel(this);
    warning->setWordWrap(true);
    warning->setVisible(!clashes.isEmpty());
    if (!clashes.isEmpty()) {
        QStringList lines;
        for (const ShortcutConflict &conflict : clashes)
            lines.append(tr("%1 is claimed by %2")
                    .arg(conflict.sequence.toString(QKeySequence::NativeText), conflict.actions.join(tr(" and "))));
        warning->setText(tr("These shortcuts are ambiguous and do nothing: %1").arg(lines.join(QStringLiteral("; "))));
    }

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    resize(520, 600);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int visible = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool match = needle.isEmpty() || groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace storyloom
