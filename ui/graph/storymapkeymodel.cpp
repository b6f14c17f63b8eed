// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/storymapkeymodel.h"

#include "ui/graph/graphscene.h"
#include "ui/graph/storymapview.h"

#include <QCoreApplication>

namespace storyloom {

namespace {

QString storyMapTypeName(const StoryMapItem &item)
{
    return item.type == EntityType::Story && item.storyKind != StoryKind::None ? displayName(item.storyKind)
                                                                               : displayName(item.type);
}

} // namespace

StoryMapKeyModel::StoryMapKeyModel(StoryMapView *view, const GraphScene *scene)
    : GraphKeyModel(view)
    , m_map(view)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("storyMapKeyModel"));
    connect(view, &StoryMapView::currentItemChanged, this, &GraphKeyModel::currentChanged);
}

const StoryMapItem *StoryMapKeyModel::item(const QString &id) const
{
    const int index = m_map->map().indexOf(id);
    return index >= 0 ? &m_map->map().items[size_t(index)] : nullptr;
}

int StoryMapKeyModel::count() const
{
    return int(m_map->map().items.size());
}

QString StoryMapKeyModel::idAt(int index) const
{
    return index >= 0 && index < count() ? m_map->map().items[size_t(index)].id : QString();
}

int StoryMapKeyModel::indexOf(const QString &id) const
{
    return m_map->map().indexOf(id);
}

QString StoryMapKeyModel::current() const
{
    return m_map->currentItem();
}

void StoryMapKeyModel::setCurrent(const QString &id)
{
    // An entity id from a relation may be drawn inside a folded group's box.
    const StoryMap &map = m_map->map();
    if (!item(id) && map.itemOfEntity.contains(id)) {
        m_map->selectEntity(id);
        m_map->setCurrentItem(map.items[size_t(map.itemOfEntity.value(id))].id);
        return;
    }
    m_map->setCurrentItem(id);
}

QStringList StoryMapKeyModel::walkTargets(const QString &id) const
{
    const StoryMap &map = m_map->map();
    const int index = map.indexOf(id);
    if (index < 0)
        return {};
    QStringList targets;
    const auto add = [&](int other) {
        if (other >= 0 && other != index && !targets.contains(map.items[size_t(other)].id))
            targets.append(map.items[size_t(other)].id);
    };
    for (const StoryMapEdge &edge : map.edges) {
        if (edge.from == index)
            add(edge.to);
        else if (edge.to == index)
            add(edge.from);
    }
    // The nearest boxes above and below in the same column.
    const StoryMapItem &self = map.items[size_t(index)];
    int above = -1;
    int below = -1;
    for (size_t i = 0; i < map.items.size(); ++i) {
        const StoryMapItem &other = map.items[i];
        if (int(i) == index || other.column != self.column)
            continue;
        if (other.rect.center().y() < self.rect.center().y()
            && (above < 0 || other.rect.center().y() > map.items[size_t(above)].rect.center().y()))
            above = int(i);
        if (other.rect.center().y() > self.rect.center().y()
            && (below < 0 || other.rect.center().y() < map.items[size_t(below)].rect.center().y()))
            below = int(i);
    }
    add(above);
    add(below);
    return targets;
}

QRectF StoryMapKeyModel::sceneRect(const QString &id) const
{
    const StoryMapItem *found = item(id);
    return found ? found->rect : QRectF();
}

QString StoryMapKeyModel::title(const QString &id) const
{
    const StoryMapItem *found = item(id);
    return found ? found->title : QString();
}

QString StoryMapKeyModel::description(const QString &id) const
{
    const StoryMapItem *found = item(id);
    if (!found)
        return {};
    if (found->kind == StoryMapItemKind::Entity)
        return describeEntity(storyMapTypeName(*found), relations(id));
    const int members = int(found->members.size());
    //: A folded group of the story map for screen readers: the type of its members and how many.
    return found->kind == StoryMapItemKind::Group
        ? tr("Group of %1: %n entity(s), folded; Enter unfolds", nullptr, members).arg(storyMapTypeName(*found))
        : tr("Group of %1: %n entity(s), unfolded; Enter folds", nullptr, members).arg(storyMapTypeName(*found));
}

QList<GraphRelationEntry> StoryMapKeyModel::relations(const QString &id) const
{
    const StoryMapItem *found = item(id);
    if (!found)
        return {};
    if (found->kind == StoryMapItemKind::Entity)
        return GraphRelationsList::entries(*m_scene, id);
    // A group: its lines, in the words of the relations list.
    QList<GraphRelationEntry> result;
    const StoryMap &map = m_map->map();
    const int index = map.indexOf(id);
    for (const StoryMapEdge &edge : map.edges) {
        if (edge.from != index && edge.to != index)
            continue;
        const bool outgoing = edge.from == index;
        const StoryMapItem &other = map.items[size_t(outgoing ? edge.to : edge.from)];
        const char *form = outgoing ? "%1 → %2 (%3)" : "%1 ← %2 (%3)";
        QString text = QCoreApplication::translate("storyloom::GraphRelationsList", form)
                           .arg(displayName(edge.kind), other.title, storyMapTypeName(other));
        if (edge.provenance == Provenance::Derived)
            text += QStringLiteral(", ") + displayName(edge.provenance);
        result.append({ other.id, text, outgoing });
    }
    return result;
}

void StoryMapKeyModel::activate(const QString &id)
{
    const StoryMapItem *found = item(id);
    if (!found)
        return;
    if (found->kind == StoryMapItemKind::Entity)
        Q_EMIT m_map->activated(id);
    else
        m_map->toggleGroup(id);
}

GraphKeyModel::Fold StoryMapKeyModel::fold(const QString &id) const
{
    const StoryMapItem *found = item(id);
    if (!found || found->kind == StoryMapItemKind::Entity)
        return Fold::None;
    return found->kind == StoryMapItemKind::Group ? Fold::Folded : Fold::Unfolded;
}

} // namespace storyloom
