// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphscenekeymodel.h"

#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"

namespace storyloom {

GraphSceneKeyModel::GraphSceneKeyModel(GraphView *view, GraphScene *scene)
    : GraphKeyModel(view)
    , m_graphView(view)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("graphKeyModel"));
    connect(scene, &GraphScene::entitySelected, this, &GraphKeyModel::currentChanged);
}

int GraphSceneKeyModel::count() const
{
    return m_scene->nodeCount();
}

QString GraphSceneKeyModel::idAt(int index) const
{
    return index >= 0 && index < count() ? m_scene->nodeAt(index)->id() : QString();
}

int GraphSceneKeyModel::indexOf(const QString &id) const
{
    const GraphNodeItem *node = m_scene->node(id);
    return node ? node->index : -1;
}

QString GraphSceneKeyModel::current() const
{
    return m_scene->selectedEntity();
}

void GraphSceneKeyModel::setCurrent(const QString &id)
{
    m_scene->selectEntity(id);
    m_graphView->centreOn(id);
}

QStringList GraphSceneKeyModel::walkTargets(const QString &id) const
{
    return m_scene->neighbours(id);
}

QRectF GraphSceneKeyModel::sceneRect(const QString &id) const
{
    const GraphNodeItem *node = m_scene->node(id);
    return node ? node->sceneBoundingRect() : QRectF();
}

QString GraphSceneKeyModel::title(const QString &id) const
{
    const GraphNodeItem *node = m_scene->node(id);
    return node ? node->title() : QString();
}

QString GraphSceneKeyModel::description(const QString &id) const
{
    const GraphNodeItem *node = m_scene->node(id);
    if (!node)
        return {};
    const Entity *entity = m_scene->snapshot() ? m_scene->snapshot()->entity(id) : nullptr;
    const QString typeName = entity && entity->type == EntityType::Story && entity->kind != StoryKind::None
        ? displayName(entity->kind)
        : displayName(node->entityType());
    return describeEntity(typeName, relations(id));
}

QList<GraphRelationEntry> GraphSceneKeyModel::relations(const QString &id) const
{
    return GraphRelationsList::entries(*m_scene, id);
}

void GraphSceneKeyModel::activate(const QString &id)
{
    if (m_scene->node(id))
        Q_EMIT m_graphView->activated(id);
}

} // namespace storyloom
