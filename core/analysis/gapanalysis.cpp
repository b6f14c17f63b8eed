// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/gapanalysis.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace storyloom {

namespace {

/** The entities of type `other` that `id` has a relation of `kind` with (either direction), in relation order. */
QStringList relatedIds(const StoryGraph &graph, const QString &id, RelationKind kind, EntityType other)
{
    QStringList ids;
    auto take = [&](const QString &end) {
        const Entity *e = graph.entity(end);
        if (e && e->type == other && !ids.contains(end))
            ids.append(end);
    };
    for (const Relation *r : graph.outgoing(id)) {
        if (r->kind == kind)
            take(r->to);
    }
    for (const Relation *r : graph.incoming(id)) {
        if (r->kind == kind)
            take(r->from);
    }
    return ids;
}

bool related(const StoryGraph &graph, const QString &id, RelationKind kind, EntityType other)
{
    return !relatedIds(graph, id, kind, other).isEmpty();
}

/** A goal with a pain point it addresses or a story it realises or links (its own, not its sub-goals'). */
bool motivatedItself(const StoryGraph &graph, const QString &id)
{
    return related(graph, id, RelationKind::Addresses, EntityType::PainPoint)
        || related(graph, id, RelationKind::Realises, EntityType::Story)
        || related(graph, id, RelationKind::Links, EntityType::Story);
}

/** Every goal under `id`, depth first. */
void subGoals(const StoryGraph &graph, const QString &id, QStringList &into)
{
    for (const Entity *child : graph.children(id)) {
        if (child->type == EntityType::Goal && !into.contains(child->id)) {
            into.append(child->id);
            subGoals(graph, child->id, into);
        }
    }
}

/** The rank of a gap's group in findAll(): lower comes first. */
int groupOf(const Gap &gap)
{
    switch (gap.kind) {
    case GapKind::UnaddressedPainPoint:
        return gap.evidence.size() >= 2 ? 0 : 5;
    case GapKind::UnmotivatedGoal:
        return 1;
    case GapKind::StorylessCharacter:
        return 2;
    case GapKind::UnheldValue:
        return 3;
    case GapKind::FutureRetellingNothing:
        return 4;
    case GapKind::CharacterlessStory:
        return 6;
    }
    return 7;
}

} // namespace

std::vector<Gap> GapAnalysis::find(const StoryGraph &graph, GapKind kind)
{
    std::vector<Gap> gaps;
    for (const Entity &e : graph.entities()) {
        switch (kind) {
        case GapKind::UnaddressedPainPoint:
            if (e.type == EntityType::PainPoint && !related(graph, e.id, RelationKind::Addresses, EntityType::Goal)) {
                const QStringList stories = relatedIds(graph, e.id, RelationKind::Exposes, EntityType::Story);
                gaps.push_back({ kind, e.id,
                    tr("exposed by %n story(s); no goal addresses it", nullptr, int(stories.size())), stories });
            }
            break;
        case GapKind::UnmotivatedGoal:
            if (e.type == EntityType::Goal && !motivatedItself(graph, e.id)) {
                QStringList under;
                subGoals(graph, e.id, under);
                if (std::any_of(under.cbegin(), under.cend(),
                        [&](const QString &goal) { return motivatedItself(graph, goal); }))
                    break;
                gaps.push_back({ kind, e.id,
                    under.isEmpty()
                        ? tr("no pain point or story behind it")
                        : tr("no pain point or story behind it or the %n goal(s) under it", nullptr, int(under.size())),
                    under });
            }
            break;
        case GapKind::StorylessCharacter:
            if (e.type == EntityType::Character && !related(graph, e.id, RelationKind::Features, EntityType::Story)) {
                const QStringList mentioned = relatedIds(graph, e.id, RelationKind::Mentions, EntityType::Story);
                gaps.push_back({ kind, e.id,
                    mentioned.isEmpty()
                        ? tr("features in no story")
                        : tr("features in no story; %n story(s) mention it", nullptr, int(mentioned.size())),
                    mentioned });
            }
            break;
        case GapKind::UnheldValue:
            if (e.type == EntityType::Value
                && !related(graph, e.id, RelationKind::Prioritises, EntityType::Character)) {
                const QStringList hurt = relatedIds(graph, e.id, RelationKind::Hurts, EntityType::PainPoint);
                gaps.push_back({ kind, e.id,
                    hurt.isEmpty()
                        ? tr("no character prioritises it")
                        : tr("no character prioritises it; %n pain point(s) hurt it", nullptr, int(hurt.size())),
                    hurt });
            }
            break;
        case GapKind::FutureRetellingNothing:
            if (e.type == EntityType::Story && e.kind == StoryKind::ShinyFuture
                && !related(graph, e.id, RelationKind::Retells, EntityType::Story))
                gaps.push_back({ kind, e.id, tr("retells no status-quo story"), {} });
            break;
        case GapKind::CharacterlessStory:
            if (e.type == EntityType::Story && !related(graph, e.id, RelationKind::Features, EntityType::Character))
                gaps.push_back({ kind, e.id, tr("no character features in it"), {} });
            break;
        }
    }
    // More evidence is more telling: the pain point five stories expose before the one one story does.
    std::stable_sort(
        gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.evidence.size() > b.evidence.size(); });
    return gaps;
}

std::vector<Gap> GapAnalysis::findAll(const StoryGraph &graph)
{
    std::vector<Gap> all;
    for (GapKind kind : allGapKinds) {
        std::vector<Gap> gaps = find(graph, kind);
        all.insert(all.end(), std::make_move_iterator(gaps.begin()), std::make_move_iterator(gaps.end()));
    }
    std::stable_sort(all.begin(), all.end(), [](const Gap &a, const Gap &b) { return groupOf(a) < groupOf(b); });
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
    case GapKind::UnheldValue:
        return QStringLiteral("unheld-values");
    case GapKind::FutureRetellingNothing:
        return QStringLiteral("futures-retelling-nothing");
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
    case GapKind::UnheldValue:
        return tr("Values nobody holds");
    case GapKind::FutureRetellingNothing:
        return tr("Futures that retell nothing");
    case GapKind::CharacterlessStory:
        return tr("Stories without characters");
    }
    return {};
}

QString GapAnalysis::description(GapKind kind)
{
    switch (kind) {
    case GapKind::UnaddressedPainPoint:
        return tr("Pain points that no goal addresses, those more stories expose first.");
    case GapKind::UnmotivatedGoal:
        return tr("Goals with no pain point or story behind them.");
    case GapKind::StorylessCharacter:
        return tr("Characters that feature in no story.");
    case GapKind::UnheldValue:
        return tr("Values that no character prioritises.");
    case GapKind::FutureRetellingNothing:
        return tr("Shiny-future stories that retell no status-quo story.");
    case GapKind::CharacterlessStory:
        return tr("Stories in which no character features.");
    }
    return {};
}

} // namespace storyloom
