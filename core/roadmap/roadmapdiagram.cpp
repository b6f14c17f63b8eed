// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roadmap/roadmapdiagram.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace storyloom {

namespace {
void appendSubtree(
    const StoryGraph &graph, const Entity *goal, int depth, std::vector<RoadmapRow> &rows, QSet<QString> &seen)
{
    if (seen.contains(goal->id))
        return;
    seen.insert(goal->id);
    rows.push_back({ goal, depth });
    for (const Entity *child : graph.children(goal->id)) {
        if (child->type == EntityType::Goal)
            appendSubtree(graph, child, depth + 1, rows, seen);
    }
}

bool byOrder(const Entity *a, const Entity *b)
{
    return a->order != b->order ? a->order < b->order : a->id < b->id;
}
} // namespace

std::vector<RoadmapRow> roadmapRows(const StoryGraph &graph)
{
    std::vector<const Entity *> goals = graph.entitiesOfType(EntityType::Goal);
    std::stable_sort(goals.begin(), goals.end(), byOrder);
    std::vector<RoadmapRow> rows;
    QSet<QString> seen;
    for (const Entity *goal : goals) {
        const Entity *parent = goal->parent.isEmpty() ? nullptr : graph.entity(goal->parent);
        if (!parent || parent->type != EntityType::Goal)
            appendSubtree(graph, goal, 0, rows, seen);
    }
    // Goals caught in a parent cycle are still shown, at top level.
    for (const Entity *goal : goals) {
        if (!seen.contains(goal->id))
            appendSubtree(graph, goal, 0, rows, seen);
    }
    return rows;
}

DiagramColors stateColors(GoalState state)
{
    switch (state) {
    case GoalState::Done:
        return { QStringLiteral("#d8f0d8"), QStringLiteral("#2e7d32"), QStringLiteral("#123d16") };
    case GoalState::InProgress:
        return { QStringLiteral("#ffe3c4"), QStringLiteral("#d9640a"), QStringLiteral("#4a2200") };
    case GoalState::HelpWanted:
        return { QStringLiteral("#fff4b8"), QStringLiteral("#b38f00"), QStringLiteral("#3d3100") };
    case GoalState::Paused:
        return { QStringLiteral("#e6e6e6"), QStringLiteral("#7a7a7a"), QStringLiteral("#333333") };
    case GoalState::Proposed:
        return { QStringLiteral("#e3ecfa"), QStringLiteral("#3f6fb5"), QStringLiteral("#14294a") };
    case GoalState::Accepted:
        return { QStringLiteral("#e0f4f1"), QStringLiteral("#2b8a7e"), QStringLiteral("#0f3833") };
    case GoalState::NotAccepted:
        return { QStringLiteral("#f6e0e0"), QStringLiteral("#a83a3a"), QStringLiteral("#3f1212") };
    case GoalState::Unknown:
        break;
    }
    return { QStringLiteral("#ffffff"), QStringLiteral("#9e9e9e"), QStringLiteral("#1a1a1a") };
}

QString pageLink(const StoryGraph &graph, const Entity &entity)
{
    if (!entity.ownFile || entity.source.path.isEmpty())
        return {};
    const QString content = graph.contentDir();
    if (!content.isEmpty() && entity.source.path.startsWith(content + u'/'))
        return entity.source.path.mid(content.size() + 1);
    return entity.source.path;
}

Diagram buildRoadmapDiagram(const StoryGraph &graph, const RoadmapDiagramOptions &options)
{
    Diagram diagram;
    diagram.direction = options.direction;
    diagram.title = options.title.isEmpty()
        ? QCoreApplication::translate("storyloom", "%1 roadmap")
              .arg(graph.title().isEmpty() ? QCoreApplication::translate("storyloom", "Project") : graph.title())
        : options.title;

    QSet<QString> included;
    for (const RoadmapRow &row : roadmapRows(graph)) {
        const Entity &goal = *row.goal;
        if (!options.states.isEmpty() && !options.states.contains(goal.state))
            continue;
        DiagramNode node;
        node.id = goal.id;
        const QString emoji = stateEmoji(goal.state);
        node.label << (emoji.isEmpty() ? goal.title : emoji + u' ' + goal.title);
        if (!goal.owners.isEmpty())
            node.label << goal.owners.join(QStringLiteral(", "));
        node.owners = goal.owners;
        node.progress = goal.progress;
        node.styleClass = goal.state == GoalState::Unknown ? QStringLiteral("unknown") : toString(goal.state);
        node.colors = stateColors(goal.state);
        node.rounded = row.depth == 0;
        node.href = pageLink(graph, goal);
        diagram.nodes.push_back(node);
        included.insert(goal.id);
    }
    for (const RoadmapRow &row : roadmapRows(graph)) {
        const Entity &goal = *row.goal;
        if (included.contains(goal.id) && row.depth > 0 && included.contains(goal.parent)) {
            DiagramEdge edge;
            edge.from = goal.id;
            edge.to = goal.parent;
            edge.reversedRank = true;
            diagram.edges.push_back(edge);
        }
    }

    auto addRelated = [&](RelationKind kind, EntityType type, const QString &styleClass, DiagramColors colors,
                          DiagramEdgeStyle style) {
        for (const DiagramNode &goalNode : std::vector<DiagramNode>(diagram.nodes)) {
            const Entity *goal = graph.entity(goalNode.id);
            if (!goal || goal->type != EntityType::Goal)
                continue;
            for (const Relation *relation : graph.outgoing(goal->id)) {
                const Entity *target = graph.entity(relation->to);
                if (relation->kind != kind || !target || target->type != type)
                    continue;
                if (!included.contains(target->id)) {
                    DiagramNode node;
                    node.id = target->id;
                    node.label << target->title;
                    node.styleClass = styleClass;
                    node.colors = colors;
                    node.rounded = false;
                    node.href = pageLink(graph, *target);
                    diagram.nodes.push_back(node);
                    included.insert(target->id);
                }
                DiagramEdge edge;
                edge.from = goal->id;
                edge.to = target->id;
                edge.style = style;
                edge.color = colors.stroke;
                diagram.edges.push_back(edge);
            }
        }
    };
    const DiagramColors painColors { QStringLiteral("#fde2e2"), QStringLiteral("#c62828"), QStringLiteral("#4a0d0d") };
    const DiagramColors storyColors { QStringLiteral("#e3ecfb"), QStringLiteral("#3a66b5"), QStringLiteral("#0f2550") };
    if (options.withPainPoints)
        addRelated(RelationKind::Addresses, EntityType::PainPoint, QStringLiteral("pain-point"), painColors,
            DiagramEdgeStyle::Dashed);
    if (options.withStories)
        addRelated(
            RelationKind::Realises, EntityType::Story, QStringLiteral("story"), storyColors, DiagramEdgeStyle::Dotted);

    if (options.legend) {
        // The four roadmap states always; a proposal's state only when a goal shown is in it.
        QSet<GoalState> shown;
        for (const DiagramNode &node : diagram.nodes) {
            if (const Entity *goal = graph.entity(node.id); goal && goal->type == EntityType::Goal)
                shown.insert(goal->state);
        }
        for (GoalState state : allGoalStates) {
            const bool proposal
                = state == GoalState::Proposed || state == GoalState::Accepted || state == GoalState::NotAccepted;
            if (!proposal || shown.contains(state))
                diagram.legend.push_back({ stateEmoji(state) + u' ' + displayName(state), stateColors(state) });
        }
        if (options.withPainPoints)
            diagram.legend.push_back({ displayName(EntityType::PainPoint), painColors });
        if (options.withStories)
            diagram.legend.push_back({ displayName(StoryKind::ShinyFuture), storyColors });
    }
    return diagram;
}

} // namespace storyloom
