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

/** The four roadmap states, with Unknown for a goal whose state nobody wrote down. */
enum class GoalState { Unknown, Done, InProgress, HelpWanted, Paused };

/**
 * Typed, directed relation kinds; `Links` is any other link between two entities.
 * `Mentions` is the weaker `Features`: a story names a character without being about them.
 */
enum class RelationKind { Features, Mentions, Exposes, Prioritises, Hurts, Addresses, Realises, PartOf, SetIn, Links };

inline constexpr EntityType allEntityTypes[] = { EntityType::Character, EntityType::Value, EntityType::Story,
    EntityType::PainPoint, EntityType::Goal, EntityType::Project, EntityType::Page };
inline constexpr RelationKind allRelationKinds[] = { RelationKind::Features, RelationKind::Mentions,
    RelationKind::Exposes, RelationKind::Prioritises, RelationKind::Hurts, RelationKind::Addresses,
    RelationKind::Realises, RelationKind::PartOf, RelationKind::SetIn, RelationKind::Links };
inline constexpr GoalState allGoalStates[]
    = { GoalState::Done, GoalState::InProgress, GoalState::HelpWanted, GoalState::Paused };

/** The machine names used in front matter, JSON and the CLI (never translated). */
[[nodiscard]] QString toString(EntityType type);
[[nodiscard]] QString toString(StoryKind kind);
[[nodiscard]] QString toString(GoalState state);
[[nodiscard]] QString toString(RelationKind kind);

[[nodiscard]] std::optional<EntityType> entityTypeFromString(QStringView name);
[[nodiscard]] std::optional<StoryKind> storyKindFromString(QStringView name);
[[nodiscard]] std::optional<GoalState> goalStateFromString(QStringView name);
[[nodiscard]] std::optional<RelationKind> relationKindFromString(QStringView name);

/** Human names for the UI, translated; plural for the project tree groups. */
[[nodiscard]] QString displayName(EntityType type);
/** The name of many entities of a type ("Characters"), for lists and headings. */
[[nodiscard]] QString pluralDisplayName(EntityType type);
[[nodiscard]] QString displayName(StoryKind kind);
[[nodiscard]] QString displayName(GoalState state);
[[nodiscard]] QString displayName(RelationKind kind);

/** The conventional roadmap emoji of a state (✅ 🦀 ✋ 💤), empty for Unknown. */
[[nodiscard]] QString stateEmoji(GoalState state);
/** Reads a state from a table cell: the emoji or the state's name, anywhere in the text. */
[[nodiscard]] GoalState goalStateFromCell(QStringView text);

} // namespace storyloom
