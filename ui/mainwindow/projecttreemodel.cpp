// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/projecttreemodel.h"

#include "core/export/savedview.h"
#include <QDir>

#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

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
QColor markColor(FileMark mark)
{
    switch (mark) {
    case FileMark::New:
        return QColor(0x2e, 0x7d, 0x32);
    case FileMark::Modified:
        return QColor(0xc7, 0x7c, 0x02);
    case FileMark::Conflicted:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

/** A dot in the mark's colour; a conflict gets a ring around it so it reads without colour too. */
QIcon markIcon(FileMark mark)
{
    static QHash<int, QIcon> icons;
    if (auto it = icons.constFind(int(mark)); it != icons.cend())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(markColor(mark));
    const qreal radius = mark == FileMark::New ? 7 : 9;
    painter.drawEllipse(QPointF(16, 16), radius, radius);
    if (mark == FileMark::Conflicted) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(markColor(mark), 3));
        painter.drawEllipse(QPointF(16, 16), 14, 14);
    }
    painter.end();
    return icons[int(mark)] = QIcon(pixmap);
}

QString baseToolTip(const QStandardItem *item)
{
    return QStringLiteral("%1\n%2:%3")
        .arg(item->data(ProjectTreeModel::IdRole).toString(), item->data(ProjectTreeModel::PathRole).toString())
        .arg(item->data(ProjectTreeModel::LineRole).toInt());
}
} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{ }

void ProjectTreeModel::setSnapshot(const Snapshot &snapshot)
{
    clear();
    m_items.clear();
    m_viewsGroup = nullptr;
    m_root = snapshot ? snapshot->rootPath() : QString();
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
        QString title = pluralDisplayName(e.type);
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
        item->setToolTip(baseToolTip(item));
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
    addViews();
    applyMarks();
}

void ProjectTreeModel::addViews()
{
    const QStringList names = m_root.isEmpty() ? QStringList() : SavedViews::list(m_root);
    if (names.isEmpty())
        return;
    m_viewsGroup = groupItem(tr("Views (%1)").arg(names.size()));
    for (const QString &name : names) {
        auto *item = new QStandardItem(name);
        item->setEditable(false);
        const QString path = SavedViews::pathFor(m_root, name);
        item->setData(path, ViewPathRole);
        item->setToolTip(tr("Saved view: %1").arg(QDir(m_root).relativeFilePath(path)));
        m_viewsGroup->appendRow(item);
    }
    appendRow(m_viewsGroup);
}

void ProjectTreeModel::refreshViews()
{
    if (m_viewsGroup) {
        removeRow(m_viewsGroup->row());
        m_viewsGroup = nullptr;
    }
    addViews();
}

void ProjectTreeModel::setFileMarks(const FileMarks &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    applyMarks();
}

void ProjectTreeModel::applyMarks()
{
    for (QStandardItem *item : std::as_const(m_items)) {
        const auto it = m_marks.constFind(item->data(PathRole).toString());
        const QVariant current = item->data(MarkRole);
        if (it == m_marks.cend()) {
            if (current.isValid()) {
                item->setData(QVariant(), MarkRole);
                item->setIcon(QIcon());
                item->setData(QVariant(), Qt::ForegroundRole);
                item->setToolTip(baseToolTip(item));
            }
            continue;
        }
        if (current.isValid() && current.toInt() == int(*it))
            continue;
        item->setData(int(*it), MarkRole);
        item->setIcon(markIcon(*it));
        if (*it == FileMark::Conflicted)
            item->setForeground(markColor(*it));
        else
            item->setData(QVariant(), Qt::ForegroundRole);
        item->setToolTip(baseToolTip(item) + u'\n' + describe(*it));
    }
}

QStringList ProjectTreeModel::mimeTypes() const
{
    return QStandardItemModel::mimeTypes() << QString::fromLatin1(entityMimeType);
}

QMimeData *ProjectTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QMimeData *mime = QStandardItemModel::mimeData(indexes);
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (const QString id = index.data(IdRole).toString(); !id.isEmpty())
            ids.append(id);
    }
    if (mime && !ids.isEmpty())
        mime->setData(QString::fromLatin1(entityMimeType), ids.join(u'\n').toUtf8());
    return mime;
}

QModelIndex ProjectTreeModel::indexForId(const QString &id) const
{
    QStandardItem *item = m_items.value(id);
    return item ? item->index() : QModelIndex();
}

} // namespace storyloom
