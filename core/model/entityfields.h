// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <type_traits>

namespace storyloom {

/** Whether many entities hold the same text in a field (ids, paths): a reader keeps one copy of each. */
enum class Repeats { No, Yes };

/** One field of an entity as the index keeps it. */
struct EntityField
{
    /** Its column in the index's `entities` table; for a SourceLocation, the prefix of its `path`, `line` and `col`. */
    const char *column;
    Repeats repeats = Repeats::No;
};

/**
 * The lists and maps (owners, front matter) have no column form: the index keeps all of an
 * entity's in one `extra` blob, in visitEntityFields() order, and decodes them on another thread.
 */
template<typename T>
inline constexpr bool isExtraField = std::is_same_v<T, QStringList> || std::is_same_v<T, QVariantMap>;

/**
 * Calls `visit(EntityField, member)` for each field of `entity` the index keeps, always in this
 * order. The graph's rows, its blob and its fingerprint are written and read through this list
 * alone, so a field added here reaches all of them. Not kept: `body`, `bodyDigest` and
 * `headings`, which only the search rows need (they hold them once).
 */
template<typename E, typename Visitor>
    requires std::is_same_v<std::remove_const_t<E>, Entity>
void visitEntityFields(E &entity, Visitor &&visit)
{
    visit(EntityField { "id", Repeats::Yes }, entity.id);
    visit(EntityField { "type" }, entity.type);
    visit(EntityField { "kind" }, entity.kind);
    visit(EntityField { "title" }, entity.title);
    visit(EntityField { "" }, entity.source);
    visit(EntityField { "own_file" }, entity.ownFile);
    visit(EntityField { "state" }, entity.state);
    visit(EntityField { "progress" }, entity.progress);
    visit(EntityField { "parent", Repeats::Yes }, entity.parent);
    visit(EntityField { "attribute_origin" }, entity.attributeOrigin);
    visit(EntityField { "attribute_" }, entity.attributeSource);
    visit(EntityField { "progress_width" }, entity.progressWidth);
    visit(EntityField { "ord" }, entity.order);
    visit(EntityField { "owners" }, entity.owners);
    visit(EntityField { "front_matter" }, entity.frontMatter);
}

namespace detail {

/**
 * Never called: it names every member of Entity, so a member added to Entity without a line
 * in visitEntityFields() (or among the fields it leaves out) stops the build here.
 */
inline void entityMembersAreListed(const Entity &entity)
{
    [[maybe_unused]] const auto &[id, type, kind, title, source, ownFile, body, bodyDigest, headings, state, progress,
        owners, parent, attributeOrigin, attributeSource, progressWidth, order, frontMatter]
        = entity;
}

} // namespace detail

} // namespace storyloom
