// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <optional>

namespace storyloom {

/**
 * A kind of entity as a reader names it: a type, and for stories perhaps a
 * kind. The columns of the story map and the axes of the coverage matrix.
 */
struct EntityClass
{
    EntityType type = EntityType::Character;
    std::optional<StoryKind> kind;

    /**
     * Reads `character`, `characters`, `pain-point`, `pain-points`, `status-quo`,
     * `status-quo-stories`, `shiny-future`… (case-insensitive, `_` for `-`).
     */
    [[nodiscard]] static std::optional<EntityClass> fromString(QStringView name);
    /** The machine name (`pain-point`, `status-quo`). */
    [[nodiscard]] QString name() const;
    /** The heading for many of them ("Pain points", "Status-quo stories"), translated. */
    [[nodiscard]] QString title() const;
    [[nodiscard]] bool holds(const Entity &entity) const
    {
        return entity.type == type && (!kind || entity.kind == *kind);
    }

    friend bool operator==(const EntityClass &, const EntityClass &) = default;
};

} // namespace storyloom
