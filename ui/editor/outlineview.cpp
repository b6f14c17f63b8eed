// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/outlineview.h"

#include <QHeaderView>

namespace storyloom {

OutlineView::OutlineView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Outline"));
    setAccessibleDescription(tr("The headings of the page; Enter goes to the heading in the editor."));
    connect(this, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->data(0, Qt::UserRole).toInt()); });
    connect(this, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->data(0, Qt::UserRole).toInt()); });
}

QList<Heading> OutlineView::headings(const QString &text)
{
    return fileHeadings(text.toUtf8());
}

void OutlineView::setText(const QString &text)
{
    const QList<Heading> found = headings(text);
    bool same = found.size() == m_shown.size();
    for (qsizetype i = 0; same && i < found.size(); ++i)
        same = found[i].text == m_shown[i].text && found[i].level == m_shown[i].level
            && found[i].line == m_shown[i].line;
    if (same)
        return;
    m_shown = found;
    clear();
    QList<std::pair<int, QTreeWidgetItem *>> stack;
    for (const Heading &heading : found) {
        while (!stack.isEmpty() && stack.last().first >= heading.level)
            stack.removeLast();
        auto *item = stack.isEmpty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(stack.last().second);
        item->setText(0, heading.text.isEmpty() ? tr("(untitled)") : heading.text);
        item->setData(0, Qt::UserRole, heading.line);
        item->setToolTip(0, tr("Line %1").arg(heading.line));
        stack.append({ heading.level, item });
    }
    expandAll();
}

} // namespace storyloom
