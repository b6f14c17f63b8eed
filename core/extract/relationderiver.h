// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <vector>

namespace storyloom {

/**
 * Relations that follow from others along a chain, each with its chain:
 * - a goal that links a status-quo story addresses the pain points that story exposes;
 * - a goal that realises a shiny-future story that retells a status-quo story addresses
 *   the pain points that story exposes;
 * - a character a story features is hit by the pain points that story exposes.
 * Only declared and extracted relations are followed (nothing is derived from the derived).
 */
class RelationDeriver
{
public:
    /** The derived relations, in a stable order; some may repeat relations already there (the caller drops those). */
    [[nodiscard]] static std::vector<Relation> derive(
        const std::vector<Entity> &entities, const std::vector<Relation> &relations);

    /** How a chain step is written when it is followed against the relation's direction (`<features`). */
    static constexpr QChar backwards = u'<';
};

} // namespace storyloom
