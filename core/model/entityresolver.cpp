// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/entityresolver.h"

#include "core/util/text.h"

namespace storyloom {

EntityResolver::EntityResolver(const StoryGraph &graph)
    : m_graph(graph)
{
    m_keys.reserve(graph.entities().size());
    for (const Entity &e : graph.entities()) {
        const QString segment = e.id.section(u'/', -1);
        m_keys.push_back({ segment, segment.toCaseFolded(), e.title.toCaseFolded(), slugify(e.title) });
    }
}

std::vector<const Entity *> EntityResolver::matching(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    const QString folded = wanted.toCaseFolded();
    const QString slug = slugify(wanted);
    std::vector<const Entity *> found;
    if (wanted.isEmpty())
        return found;
    const std::vector<Entity> &entities = m_graph.entities();
    for (size_t i = 0; i < entities.size(); ++i) {
        const Keys &k = m_keys[i];
        // `check` looks titles up folded, slugs of titles, and id segments by the reference's slug.
        if (k.foldedTitle == folded || k.foldedSegment == folded || k.segment == slug
            || (!slug.isEmpty() && k.titleSlug == slug))
            found.push_back(&entities[i]);
    }
    return found;
}

EntityResolver::Resolution EntityResolver::resolve(const QString &reference, std::optional<EntityType> type) const
{
    Resolution result;
    if (const Entity *exact = m_graph.entity(reference.trimmed()); exact && (!type || exact->type == *type)) {
        result.entity = exact;
        return result;
    }
    for (const Entity *e : matching(reference)) {
        if (!type || e->type == *type)
            result.candidates.push_back(e);
    }
    if (result.candidates.size() == 1) {
        result.entity = result.candidates.front();
        result.candidates.clear();
    }
    return result;
}

QString EntityResolver::referenceFor(const Entity &entity) const
{
    const QString segment = entity.id.section(u'/', -1);
    // `check` finds a segment only through the reference's slug: "story#pain-1" is no slug of itself.
    for (const QString &form : { slugify(segment) == segment ? segment : QString(), entity.title }) {
        // A comma would split the form in a comma-separated list.
        if (form.isEmpty() || form.contains(u','))
            continue;
        if (const Entity *exact = m_graph.entity(form)) {
            if (exact == &entity)
                return form;
            continue;
        }
        const std::vector<const Entity *> named = matching(form);
        if (named.size() == 1 && named.front() == &entity)
            return form;
    }
    return entity.id;
}

QString EntityResolver::describe(const Entity &entity)
{
    return QStringLiteral("%1 (%2, %3)").arg(entity.id, entity.title, displayName(entity.type));
}

} // namespace storyloom
