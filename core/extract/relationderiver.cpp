// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/relationderiver.h"

#include <QHash>

namespace storyloom {

std::vector<Relation> RelationDeriver::derive(
    const std::vector<Entity> &entities, const std::vector<Relation> &relations)
{
    QHash<QString, const Entity *> byId;
    byId.reserve(qsizetype(entities.size()));
    for (const Entity &e : entities)
        byId.insert(e.id, &e);
    auto isStory = [&](const QString &id, StoryKind kind) {
        const Entity *e = byId.value(id);
        return e && e->type == EntityType::Story && e->kind == kind;
    };
    auto isType = [&](const QString &id, EntityType type) {
        const Entity *e = byId.value(id);
        return e && e->type == type;
    };
    // Outgoing relations of each kind, by source, in the graph's order.
    QHash<QString, QList<const Relation *>> exposes, retells, features;
    for (const Relation &r : relations) {
        if (r.provenance == Provenance::Derived)
            continue;
        if (r.kind == RelationKind::Exposes)
            exposes[r.from].append(&r);
        else if (r.kind == RelationKind::Retells)
            retells[r.from].append(&r);
        else if (r.kind == RelationKind::Features)
            features[r.from].append(&r);
    }
    std::vector<Relation> derived;
    auto add = [&](RelationKind kind, const QString &from, const QString &to, const Relation &via, QStringList chain) {
        Relation r;
        r.kind = kind;
        r.from = from;
        r.to = to;
        r.source = via.source;
        r.provenance = Provenance::Derived;
        r.context = via.context;
        r.chain = std::move(chain);
        derived.push_back(std::move(r));
    };
    for (const Relation &r : relations) {
        if (r.provenance == Provenance::Derived || !isType(r.from, EntityType::Goal))
            continue;
        if (r.kind == RelationKind::Links && isStory(r.to, StoryKind::StatusQuo)) {
            for (const Relation *pain : exposes.value(r.to))
                add(RelationKind::Addresses, r.from, pain->to, *pain,
                    { r.from, toString(r.kind), r.to, toString(pain->kind), pain->to });
        } else if (r.kind == RelationKind::Realises && isStory(r.to, StoryKind::ShinyFuture)) {
            for (const Relation *told : retells.value(r.to)) {
                if (!isStory(told->to, StoryKind::StatusQuo))
                    continue;
                for (const Relation *pain : exposes.value(told->to))
                    add(RelationKind::Addresses, r.from, pain->to, *pain,
                        { r.from, toString(r.kind), r.to, toString(told->kind), told->to, toString(pain->kind),
                            pain->to });
            }
        }
    }
    for (const Entity &story : entities) {
        if (story.type != EntityType::Story)
            continue;
        const QList<const Relation *> cast = features.value(story.id);
        const QList<const Relation *> pains = exposes.value(story.id);
        for (const Relation *character : cast) {
            if (!isType(character->to, EntityType::Character))
                continue;
            for (const Relation *pain : pains)
                add(RelationKind::HitBy, character->to, pain->to, *pain,
                    { character->to, backwards + toString(character->kind), story.id, toString(pain->kind), pain->to });
        }
    }
    return derived;
}

} // namespace storyloom
