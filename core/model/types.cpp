// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/types.h"

#include <QCoreApplication>

namespace storyloom {

namespace {
template<typename Enum, std::size_t N> std::optional<Enum> parseName(QStringView name, const Enum (&all)[N])
{
    for (Enum value : all) {
        if (name.compare(toString(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}
} // namespace

QString toString(EntityType type)
{
    switch (type) {
    case EntityType::Character:
        return QStringLiteral("character");
    case EntityType::Value:
        return QStringLiteral("value");
    case EntityType::Story:
        return QStringLiteral("story");
    case EntityType::PainPoint:
        return QStringLiteral("pain-point");
    case EntityType::Goal:
        return QStringLiteral("goal");
    case EntityType::Project:
        return QStringLiteral("project");
    case EntityType::Page:
        return QStringLiteral("page");
    }
    return {};
}

QString toString(StoryKind kind)
{
    switch (kind) {
    case StoryKind::None:
        return {};
    case StoryKind::StatusQuo:
        return QStringLiteral("status-quo");
    case StoryKind::ShinyFuture:
        return QStringLiteral("shiny-future");
    }
    return {};
}

QString toString(GoalState state)
{
    switch (state) {
    case GoalState::Unknown:
        return {};
    case GoalState::Done:
        return QStringLiteral("done");
    case GoalState::InProgress:
        return QStringLiteral("in-progress");
    case GoalState::HelpWanted:
        return QStringLiteral("help-wanted");
    case GoalState::Paused:
        return QStringLiteral("paused");
    case GoalState::Proposed:
        return QStringLiteral("proposed");
    case GoalState::Accepted:
        return QStringLiteral("accepted");
    case GoalState::NotAccepted:
        return QStringLiteral("not-accepted");
    }
    return {};
}

QString toString(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Features:
        return QStringLiteral("features");
    case RelationKind::Mentions:
        return QStringLiteral("mentions");
    case RelationKind::Exposes:
        return QStringLiteral("exposes");
    case RelationKind::Prioritises:
        return QStringLiteral("prioritises");
    case RelationKind::Hurts:
        return QStringLiteral("hurts");
    case RelationKind::Addresses:
        return QStringLiteral("addresses");
    case RelationKind::Realises:
        return QStringLiteral("realises");
    case RelationKind::PartOf:
        return QStringLiteral("part-of");
    case RelationKind::SetIn:
        return QStringLiteral("set-in");
    case RelationKind::Retells:
        return QStringLiteral("retells");
    case RelationKind::HitBy:
        return QStringLiteral("hit-by");
    case RelationKind::Links:
        return QStringLiteral("links");
    }
    return {};
}

QString toString(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Declared:
        return QStringLiteral("declared");
    case Provenance::Extracted:
        return QStringLiteral("extracted");
    case Provenance::Derived:
        return QStringLiteral("derived");
    }
    return {};
}

std::optional<EntityType> entityTypeFromString(QStringView name)
{
    if (name.compare(u"painpoint", Qt::CaseInsensitive) == 0 || name.compare(u"pain_point", Qt::CaseInsensitive) == 0)
        return EntityType::PainPoint;
    return parseName(name, allEntityTypes);
}

std::optional<StoryKind> storyKindFromString(QStringView name)
{
    static constexpr StoryKind kinds[] = { StoryKind::StatusQuo, StoryKind::ShinyFuture };
    QString normalised = name.toString().replace(u'_', u'-').replace(u' ', u'-');
    return parseName(QStringView(normalised), kinds);
}

std::optional<GoalState> goalStateFromString(QStringView name)
{
    QString normalised = name.toString().trimmed().replace(u'_', u'-').replace(u' ', u'-');
    return parseName(QStringView(normalised), allGoalStates);
}

std::optional<RelationKind> relationKindFromString(QStringView name)
{
    QString normalised = name.toString().replace(u'_', u'-');
    return parseName(QStringView(normalised), allRelationKinds);
}

std::optional<Provenance> provenanceFromString(QStringView name)
{
    return parseName(name.trimmed(), allProvenances);
}

QString displayName(EntityType type)
{
    switch (type) {
    case EntityType::Character:
        return QCoreApplication::translate("storyloom", "Character");
    case EntityType::Value:
        return QCoreApplication::translate("storyloom", "Value");
    case EntityType::Story:
        return QCoreApplication::translate("storyloom", "Story");
    case EntityType::PainPoint:
        return QCoreApplication::translate("storyloom", "Pain point");
    case EntityType::Goal:
        return QCoreApplication::translate("storyloom", "Goal");
    case EntityType::Project:
        return QCoreApplication::translate("storyloom", "Project");
    case EntityType::Page:
        return QCoreApplication::translate("storyloom", "Page");
    }
    return {};
}

QString pluralDisplayName(EntityType type)
{
    switch (type) {
    case EntityType::Character:
        return QCoreApplication::translate("storyloom", "Characters");
    case EntityType::Value:
        return QCoreApplication::translate("storyloom", "Values");
    case EntityType::Story:
        return QCoreApplication::translate("storyloom", "Stories");
    case EntityType::PainPoint:
        return QCoreApplication::translate("storyloom", "Pain points");
    case EntityType::Goal:
        return QCoreApplication::translate("storyloom", "Goals");
    case EntityType::Project:
        return QCoreApplication::translate("storyloom", "Projects");
    case EntityType::Page:
        return QCoreApplication::translate("storyloom", "Pages");
    }
    return {};
}

QString displayName(StoryKind kind)
{
    switch (kind) {
    case StoryKind::None:
        return {};
    case StoryKind::StatusQuo:
        return QCoreApplication::translate("storyloom", "Status quo");
    case StoryKind::ShinyFuture:
        return QCoreApplication::translate("storyloom", "Shiny future");
    }
    return {};
}

QString displayName(GoalState state)
{
    switch (state) {
    case GoalState::Unknown:
        return QCoreApplication::translate("storyloom", "Unknown");
    case GoalState::Done:
        return QCoreApplication::translate("storyloom", "Done");
    case GoalState::InProgress:
        return QCoreApplication::translate("storyloom", "In progress");
    case GoalState::HelpWanted:
        return QCoreApplication::translate("storyloom", "Help wanted");
    case GoalState::Paused:
        return QCoreApplication::translate("storyloom", "Paused");
    case GoalState::Proposed:
        return QCoreApplication::translate("storyloom", "Proposed");
    case GoalState::Accepted:
        return QCoreApplication::translate("storyloom", "Accepted");
    case GoalState::NotAccepted:
        return QCoreApplication::translate("storyloom", "Not accepted");
    }
    return {};
}

QString displayName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Features:
        return QCoreApplication::translate("storyloom", "features");
    case RelationKind::Mentions:
        return QCoreApplication::translate("storyloom", "mentions");
    case RelationKind::Exposes:
        return QCoreApplication::translate("storyloom", "exposes");
    case RelationKind::Prioritises:
        return QCoreApplication::translate("storyloom", "prioritises");
    case RelationKind::Hurts:
        return QCoreApplication::translate("storyloom", "hurts");
    case RelationKind::Addresses:
        return QCoreApplication::translate("storyloom", "addresses");
    case RelationKind::Realises:
        return QCoreApplication::translate("storyloom", "realises");
    case RelationKind::PartOf:
        return QCoreApplication::translate("storyloom", "part of");
    case RelationKind::SetIn:
        return QCoreApplication::translate("storyloom", "set in");
    case RelationKind::Retells:
        return QCoreApplication::translate("storyloom", "retells");
    case RelationKind::HitBy:
        return QCoreApplication::translate("storyloom", "hit by");
    case RelationKind::Links:
        return QCoreApplication::translate("storyloom", "links to");
    }
    return {};
}

QString displayName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Declared:
        return QCoreApplication::translate("storyloom", "declared");
    case Provenance::Extracted:
        return QCoreApplication::translate("storyloom", "extracted");
    case Provenance::Derived:
        return QCoreApplication::translate("storyloom", "derived");
    }
    return {};
}

QString stateEmoji(GoalState state)
{
    switch (state) {
    case GoalState::Unknown:
        return {};
    case GoalState::Done:
        return QStringLiteral("✅");
    case GoalState::InProgress:
        return QStringLiteral("🦀");
    case GoalState::HelpWanted:
        return QStringLiteral("✋");
    case GoalState::Paused:
        return QStringLiteral("💤");
    case GoalState::Proposed:
        return QStringLiteral("💬");
    case GoalState::Accepted:
        return QStringLiteral("👍");
    case GoalState::NotAccepted:
        return QStringLiteral("❌");
    }
    return {};
}

GoalState goalStateFromCell(QStringView text)
{
    for (GoalState state : allGoalStates) {
        if (text.contains(stateEmoji(state)))
            return state;
    }
    if (auto named = goalStateFromString(text))
        return *named;
    return GoalState::Unknown;
}

} // namespace storyloom
