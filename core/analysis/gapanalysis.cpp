// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/gapanalysis.h"

#include <QCoreApplication>

namespace storyloom {

namespace {

/** True when `id` has a relation of `kind` (either direction) with an entity of type `other`. */
bool related(const StoryGraph &graph, const QString &id, RelationKind kind, EntityType other)
{
    for (const Relation *r : graph.outgoing(id)) {
        if (r->kind == kind) {
            const Entity *e = graph.entity(r->to);
            if (e && e->type == other)
                return true;
        }
    }
    for (const Relation *r : graph.incoming(id)) {
        if (r->kind == kind) {
            const Entity *e = graph.entity(r->from);
            if (e && e->type == other)
                return true;
        }
    }
    return false;
}

} // namespace

std::vector<Gap> GapAnalysis::find(const StoryGraph &graph, GapKind kind)
{
    std::vector<Gap> gaps;
    for (const Entity &e : graph.entities()) {
        switch (kind) {
        case GapKind::UnaddressedPainPoint:
            if (e.type == EntityType::PainPoint && !related(graph, e.id, RelationKind::Addresses, EntityType::Goal))
                gaps.push_back({ kind, e.id, tr("no goal addresses it") });
            break;
        case GapKind::UnmotivatedGoal:
            if (e.type == EntityType::Goal && !related(graph, e.id, RelationKind::Addresses, EntityType::PainPoint)
                && !related(graph, e.id, RelationKind::Realises, EntityType::Story))
                gaps.push_back({ kind, e.id, tr("addresses no pain point and realises no story") });
            break;
        case GapKind::StorylessCharacter:
            if (e.type == EntityType::Character && !related(graph, e.id, RelationKind::Features, EntityType::Story))
                gaps.push_back({ kind, e.id, tr("features in no story") });
            break;
        case GapKind::UnanchoredValue:
            if (e.type == EntityType::Value) {
                const bool prioritised = related(graph, e.id, RelationKind::Prioritises, EntityType::Character);
                const bool hurt = related(graph, e.id, RelationKind::Hurts, EntityType::PainPoint);
                if (!prioritised && !hurt)
                    gaps.push_back({ kind, e.id, tr("no character prioritises it and no pain point hurts it") });
                else if (!prioritised)
                    gaps.push_back({ kind, e.id, tr("no character prioritises it") });
                else if (!hurt)
                    gaps.push_back({ kind, e.id, tr("no pain point hurts it") });
            }
            break;
        case GapKind::CharacterlessStory:
            if (e.type == EntityType::Story && !related(graph, e.id, RelationKind::Features, EntityType::Character))
                gaps.push_back({ kind, e.id, tr("no character features in it") });
            break;
        }
    }
    return gaps;
}

std::vector<Gap> GapAnalysis::findAll(const StoryGraph &graph)
{
    std::vector<Gap> all;
    for (GapKind kind : allGapKinds) {
        std::vector<Gap> gaps = find(graph, kind);
        all.insert(all.end(), std::make_move_iterator(gaps.begin()), std::make_move_iterator(gaps.end()));
    }
    return all;
}

QString GapAnalysis::toString(GapKind kind)
{
    switch (kind) {
    case GapKind::UnaddressedPainPoint:
        return QStringLiteral("unaddressed-pain-points");
    case GapKind::UnmotivatedGoal:
        return QStringLiteral("unmotivated-goals");
    case GapKind::StorylessCharacter:
        return QStringLiteral("storyless-characters");
    case GapKind::UnanchoredValue:
        return QStringLiteral("unanchored-values");
    case GapKind::CharacterlessStory:
        return QStringLiteral("characterless-stories");
    }
    return {};
}

QString GapAnalysis::displayName(GapKind kind)
{
    switch (kind) {
    case GapKind::UnaddressedPainPoint:
        return tr("Unaddressed pain points");
    case GapKind::UnmotivatedGoal:
        return tr("Goals without a reason");
    case GapKind::StorylessCharacter:
        return tr("Characters without stories");
    case GapKind::UnanchoredValue:
        return tr("Unanchored values");
    case GapKind::CharacterlessStory:
        return tr("Stories without characters");
    }
    return {};
}

QString GapAnalysis::description(GapKind kind)
{
    switch (kind) {
    case GapKind::UnaddressedPainPoint:
        return tr("Pain points that no goal addresses.");
    case GapKind::UnmotivatedGoal:
        return tr("Goals that address no pain point and realise no story.");
    case GapKind::StorylessCharacter:
        return tr("Characters that feature in no story.");
    case GapKind::UnanchoredValue:
        return tr("Values that no character prioritises or no pain point hurts.");
    case GapKind::CharacterlessStory:
        return tr("Stories in which no character features.");
    }
    return {};
}

} // namespace storyloom
