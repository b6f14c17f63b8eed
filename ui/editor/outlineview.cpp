// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/outlineview.h"

#include <QHeaderView>
#include <QRegularExpression>

namespace storyloom {

OutlineView::OutlineView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->data(0, Qt::UserRole).toInt()); });
    connect(this, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { Q_EMIT lineActivated(item->data(0, Qt::UserRole).toInt()); });
}

QList<OutlineHeading> OutlineView::headings(const QString &text)
{
    QList<OutlineHeading> result;
    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    const QStringList lines = text.split(u'\n');
    QString openFence;
    qsizetype start = 0;
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed() == QLatin1String("---") || lines[i].trimmed() == QLatin1String("...")) {
                start = i + 1;
                break;
            }
        }
    }
    for (qsizetype i = start; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QRegularExpressionMatch fenceMatch = fence.match(line);
        if (fenceMatch.hasMatch()) {
            const QString marker = fenceMatch.captured(1);
            if (openFence.isEmpty())
                openFence = marker;
            else if (marker.front() == openFence.front() && marker.size() >= openFence.size())
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty())
            continue;
        const QRegularExpressionMatch match = atx.match(line);
        if (match.hasMatch()) {
            result.append({ int(match.capturedLength(1)), match.captured(2).trimmed(), int(i + 1) });
            continue;
        }
        if (i > start && setext.match(line).hasMatch() && !lines[i - 1].trimmed().isEmpty()
            && line.trimmed().startsWith(u'=') && (result.isEmpty() || result.last().line != int(i))) {
            result.append({ 1, lines[i - 1].trimmed(), int(i) });
        }
    }
    return result;
}

void OutlineView::setText(const QString &text)
{
    const QList<OutlineHeading> found = headings(text);
    bool same = found.size() == m_shown.size();
    for (qsizetype i = 0; same && i < found.size(); ++i)
        same = found[i].text == m_shown[i].text && found[i].level == m_shown[i].level
            && found[i].line == m_shown[i].line;
    if (same)
        return;
    m_shown = found;
    clear();
    QList<std::pair<int, QTreeWidgetItem *>> stack;
    for (const OutlineHeading &heading : found) {
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
