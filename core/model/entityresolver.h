// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <optional>
#include <vector>

namespace storyloom {

/**
 * Finds the entity a short reference names: its id, the id's last segment,
 * its title or the title's slug, case ignored. These are the names `check`
 * resolves front-matter references by, so what this resolves to one entity,
 * `check` accepts. The CLI's entity options and the completion of the
 * properties pane both go through it.
 */
class EntityResolver
{
public:
    /** The graph must outlive the resolver. */
    explicit EntityResolver(const StoryGraph &graph);

    struct Resolution
    {
        /** The one entity named, or null. */
        const Entity *entity = nullptr;
        /** When the reference names several entities: all of them, in book order. */
        std::vector<const Entity *> candidates;
        [[nodiscard]] bool ambiguous() const { return candidates.size() > 1; }
    };

    /** The entity `reference` names, of `type` when one is given. An exact id always wins. */
    [[nodiscard]] Resolution resolve(const QString &reference, std::optional<EntityType> type = std::nullopt) const;
    /**
     * The shortest text naming `entity` and nothing else, as front matter
     * writes it: the id's last segment, else the title, else the whole id.
     */
    [[nodiscard]] QString referenceFor(const Entity &entity) const;
    /** "grace (Grace, character)": one candidate of an ambiguous reference, for messages. */
    [[nodiscard]] static QString describe(const Entity &entity);

private:
    /** Every entity `reference` names by segment, title or slug. */
    [[nodiscard]] std::vector<const Entity *> matching(const QString &reference) const;

    struct Keys
    {
        QString segment;
        QString foldedSegment;
        QString foldedTitle;
        QString titleSlug;
    };
    const StoryGraph &m_graph;
    std::vector<Keys> m_keys;
};

} // namespace storyloom
