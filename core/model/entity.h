// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"
#include "core/model/types.h"

#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace storyloom {

/**
 * Where a goal's roadmap attributes (state, progress, owners) were read from,
 * so an edit is written back to the same place.
 */
enum class AttributeOrigin { None, FrontMatter, OverviewTable, MetadataTable };

/**
 * One thing in the vision document: a character, value, story, pain point,
 * goal, project or page. Entities are plain values; a StoryGraph owns them.
 */
struct Entity
{
    /** Stable id: `id:` from front matter, else the slug of the path (plus `#fragment` for entities inside a file). */
    QString id;
    EntityType type = EntityType::Page;
    StoryKind kind = StoryKind::None;
    QString title;
    /** The file and line the entity starts at; `ownFile` tells whether it is the whole file. */
    SourceLocation source;
    bool ownFile = true;
    /**
     * The Markdown body (without front matter); for an entity inside a file, its own
     * section or bullet. It feeds the search index; a snapshot read back from the
     * index leaves it empty (the editor and preview read the file itself).
     */
    QByteArray body;
    /**
     * For a whole file, bodyDigestOf() its body (0 otherwise). `body` is then
     * empty when the file's parse came from the index's cache, which keeps the
     * text apart; the index compares this instead.
     */
    quint64 bodyDigest = 0;
    /**
     * The texts of the headings in `body`, in order, when the loader had them from its parse
     * (the search rows take them, so the body is not parsed again); nullopt when not known.
     * Like `body`, the index's graph rows do not keep them.
     */
    std::optional<QStringList> headings;

    // Roadmap attributes (goals).
    GoalState state = GoalState::Unknown;
    std::optional<double> progress;
    QStringList owners;
    /** Id of the parent goal (initiatives) or of the story a chapter belongs to. */
    QString parent;
    AttributeOrigin attributeOrigin = AttributeOrigin::None;
    /** The overview-table row or metadata table that holds the attributes, when not front matter. */
    SourceLocation attributeSource;
    /** How many segments the overview table's progress bar had (to rewrite it at the same width). */
    int progressWidth = 0;

    /** Position in the book's order (SUMMARY, overview table): the natural sort order in views. */
    int order = 0;
    /** Front-matter keys this entity was given (all of them, in file order), for the properties panel. */
    QVariantMap frontMatter;

    [[nodiscard]] bool isInitiative() const { return type == EntityType::Goal && !parent.isEmpty(); }
    [[nodiscard]] bool isTopLevelGoal() const { return type == EntityType::Goal && parent.isEmpty(); }

    /** Every field equal (visitEntityFields() lists those the index keeps). */
    friend bool operator==(const Entity &, const Entity &) = default;
};

/** A typed, directed link between two entities, with where it came from. */
struct Relation
{
    RelationKind kind = RelationKind::Links;
    QString from;
    QString to;
    SourceLocation source;
    /** Declared (front matter, a link), extracted (a name in a title, a morals bullet) or derived (along `chain`). */
    Provenance provenance = Provenance::Declared;
    /** The sentence the link stands in, for the backlinks panel. */
    QString context;
    /**
     * For a derived relation, the path it was derived along: entity ids and relation kinds
     * taking turns (`goal`, `links`, `story`, `exposes`, `pain point`); empty otherwise.
     */
    QStringList chain = {};

    /** True when no one wrote the relation down (extracted or derived). */
    [[nodiscard]] bool inferred() const { return provenance != Provenance::Declared; }

    friend bool operator==(const Relation &a, const Relation &b)
    {
        return a.kind == b.kind && a.from == b.from && a.to == b.to;
    }
};

} // namespace storyloom
