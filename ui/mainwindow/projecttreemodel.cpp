// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/projecttreemodel.h"

#include <algorithm>

namespace storyloom {

namespace {
QStandardItem *groupItem(const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setEditable(false);
    item->setSelectable(false);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}
} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

void ProjectTreeModel::setSnapshot(const Snapshot &snapshot)
{
    clear();
    m_items.clear();
    if (!snapshot)
        return;

    std::vector<const Entity *> sorted;
    for (const Entity &e : snapshot->entities())
        sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entity *a, const Entity *b) {
        if (a->order != b->order)
            return a->order < b->order;
        return a->title.localeAwareCompare(b->title) < 0;
    });

    auto makeGroup = [this](const QString &title) {
        QStandardItem *group = groupItem(title);
        appendRow(group);
        return group;
    };
    QHash<int, QStandardItem *> groups;
    auto groupFor = [&](const Entity &e) -> QStandardItem * {
        int key = int(e.type) * 10 + (e.type == EntityType::Story ? int(e.kind) : 0);
        if (auto it = groups.constFind(key); it != groups.cend())
            return *it;
        QString title = displayName(e.type, true);
        if (e.type == EntityType::Story && e.kind != StoryKind::None)
            title = displayName(e.kind);
        return groups[key] = nullptr, groups[key] = makeGroup(title);
    };
    // Create the groups in the canonical order so the tree reads the same in every project.
    for (EntityType type : allEntityTypes) {
        for (const Entity *e : sorted) {
            if (e->type == type)
                groupFor(*e);
        }
    }

    for (const Entity *e : sorted) {
        auto *item = new QStandardItem(e->title.isEmpty() ? e->id : e->title);
        item->setEditable(false);
        item->setData(e->id, IdRole);
        item->setData(e->source.path, PathRole);
        item->setData(e->source.line, LineRole);
        item->setToolTip(QStringLiteral("%1\n%2:%3").arg(e->id, e->source.path).arg(e->source.line));
        m_items.insert(e->id, item);
    }
    for (const Entity *e : sorted) {
        QStandardItem *item = m_items.value(e->id);
        QStandardItem *parentItem = nullptr;
        if (!e->parent.isEmpty()) {
            const Entity *parentEntity = snapshot->entity(e->parent);
            if (parentEntity && parentEntity->type == e->type)
                parentItem = m_items.value(e->parent);
        }
        (parentItem ? parentItem : groupFor(*e))->appendRow(item);
    }
    for (QStandardItem *group : std::as_const(groups))
        group->setText(QStringLiteral("%1 (%2)").arg(group->text()).arg(group->rowCount()));
}

QModelIndex ProjectTreeModel::indexForId(const QString &id) const
{
    QStandardItem *item = m_items.value(id);
    return item ? item->index() : QModelIndex();
}

} // namespace storyloom
