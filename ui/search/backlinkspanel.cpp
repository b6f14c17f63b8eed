// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/backlinkspanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyloom {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;
} // namespace

BacklinksPanel::BacklinksPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_heading->setWordWrap(true);
    m_tree->setAccessibleName(tr("Backlinks"));
    m_tree->setAccessibleDescription(tr("Pages that link to the current page; Enter opens one."));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("From"), tr("Where it says so") });
    m_tree->header()->setStretchLastSection(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(id, item->data(0, LineRole).toInt());
    });
    rebuild();
}

void BacklinksPanel::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void BacklinksPanel::setEntity(const QString &id)
{
    if (id == m_entity)
        return;
    m_entity = id;
    rebuild();
}

int BacklinksPanel::groupCount() const
{
    return m_tree->topLevelItemCount();
}

int BacklinksPanel::linkCount() const
{
    int count = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        count += m_tree->topLevelItem(i)->childCount();
    return count;
}

void BacklinksPanel::rebuild()
{
    m_tree->clear();
    const Entity *target = m_snapshot && !m_entity.isEmpty() ? m_snapshot->entity(m_entity) : nullptr;
    if (!target) {
        m_heading->setText(tr("Open an entity to see what links to it."));
        return;
    }
    const std::vector<const Relation *> incoming = m_snapshot->incoming(m_entity);
    m_heading->setText(incoming.empty()
            ? tr("Nothing links to <b>%1</b> yet.").arg(target->title.toHtmlEscaped())
            : tr("%n link(s) to <b>%1</b>", nullptr, int(incoming.size())).arg(target->title.toHtmlEscaped()));
    for (RelationKind kind : allRelationKinds) {
        QTreeWidgetItem *group = nullptr;
        for (const Relation *r : incoming) {
            if (r->kind != kind)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, { displayName(kind) });
                QFont font = group->font(0);
                font.setBold(true);
                group->setFont(0, font);
                group->setFirstColumnSpanned(true);
            }
            const Entity *from = m_snapshot->entity(r->from);
            auto *item = new QTreeWidgetItem(group, { from ? from->title : r->from, r->context.simplified() });
            item->setData(0, IdRole, r->from);
            item->setData(0, LineRole, r->source.line);
            item->setToolTip(0, r->source.toString());
            item->setToolTip(1, r->context + (r->inferred() ? tr("\n(inferred)") : QString()));
            if (r->inferred()) {
                QFont font = item->font(0);
                font.setItalic(true);
                item->setFont(0, font);
            }
        }
        if (group)
            group->setText(0, QStringLiteral("%1 (%2)").arg(displayName(kind)).arg(group->childCount()));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

} // namespace storyloom
