// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace storyloom {

/** What an entity is in the vision document. The order is the display order of the project tree. */
enum class EntityType { Character, Value, Story, PainPoint, Goal, Project, Page };

/** A story shows either today's pain (status quo) or how it should feel (shiny future). */
enum class StoryKind { None, StatusQuo, ShinyFuture };

/**
 * The roadmap states, with Unknown for a goal whose state nobody wrote down. Proposed,
 * Accepted and NotAccepted are the states of a proposal (an RFC-like goal page).
 */
enum class GoalState { Unknown, Done, InProgress, HelpWanted, Paused, Proposed, Accepted, NotAccepted };

/**
 * Typed, directed relation kinds; `Links` is any other link between two entities.
 * `Mentions` is the weaker `Features`: a story names a character without being about them.
 * `Retells` goes from a shiny-future story to the status-quo story it tells anew; `HitBy`
 * from a character to a pain point a story of theirs exposes.
 */
enum class RelationKind {
    Features,
    Mentions,
    Exposes,
    Prioritises,
    Hurts,
    Addresses,
    Realises,
    PartOf,
    SetIn,
    Retells,
    HitBy,
    Links
};

/**
 * Where a relation comes from: written down (front matter, a link the typing table types),
 * extracted by a heuristic (a morals bullet, a name in a title) or derived along a chain of
 * other relations.
 */
enum class Provenance { Declared, Extracted, Derived };

inline constexpr EntityType allEntityTypes[] = { EntityType::Character, EntityType::Value, EntityType::Story,
    EntityType::PainPoint, EntityType::Goal, EntityType::Project, EntityType::Page };
inline constexpr RelationKind allRelationKinds[]
    = { RelationKind::Features, RelationKind::Mentions, RelationKind::Exposes, RelationKind::Prioritises,
          RelationKind::Hurts, RelationKind::Addresses, RelationKind::Realises, RelationKind::PartOf,
          RelationKind::SetIn, RelationKind::Retells, RelationKind::HitBy, RelationKind::Links };
inline constexpr GoalState allGoalStates[] = { GoalState::Done, GoalState::InProgress, GoalState::HelpWanted,
    GoalState::Paused, GoalState::Proposed, GoalState::Accepted, GoalState::NotAccepted };
inline constexpr Provenance allProvenances[] = { Provenance::Declared, Provenance::Extracted, Provenance::Derived };

/** The machine names used in front matter, JSON and the CLI (never translated). */
[[nodiscard]] QString toString(EntityType type);
[[nodiscard]] QString toString(StoryKind kind);
[[nodiscard]] QString toString(GoalState state);
[[nodiscard]] QString toString(RelationKind kind);
[[nodiscard]] QString toString(Provenance provenance);

[[nodiscard]] std::optional<EntityType> entityTypeFromString(QStringView name);
[[nodiscard]] std::optional<StoryKind> storyKindFromString(QStringView name);
[[nodiscard]] std::optional<GoalState> goalStateFromString(QStringView name);
[[nodiscard]] std::optional<RelationKind> relationKindFromString(QStringView name);
[[nodiscard]] std::optional<Provenance> provenanceFromString(QStringView name);

/** Human names for the UI, translated; plural for the project tree groups. */
[[nodiscard]] QString displayName(EntityType type);
/** The name of many entities of a type ("Characters"), for lists and headings. */
[[nodiscard]] QString pluralDisplayName(EntityType type);
[[nodiscard]] QString displayName(StoryKind kind);
[[nodiscard]] QString displayName(GoalState state);
[[nodiscard]] QString displayName(RelationKind kind);
[[nodiscard]] QString displayName(Provenance provenance);

/** The conventional roadmap emoji of a state (✅ 🦀 ✋ 💤 💬 👍 ❌), empty for Unknown; written back on edits. */
[[nodiscard]] QString stateEmoji(GoalState state);
/**
 * Reads a state from a table cell: the emoji or the state's name, anywhere in the text. The
 * markers a project's rules name (RuleSet::stateFromMarker()) are read before this.
 */
[[nodiscard]] GoalState goalStateFromCell(QStringView text);

} // namespace storyloom
