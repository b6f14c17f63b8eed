// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QCoreApplication>
#include <vector>

namespace storyloom {

/** The holes gap analysis looks for in a vision document. */
enum class GapKind {
    /** A pain point that no goal addresses (declared, extracted or derived). */
    UnaddressedPainPoint,
    /** A goal with no pain point or story behind it, nor behind any goal under it. */
    UnmotivatedGoal,
    /** A character that features in no story. */
    StorylessCharacter,
    /** A value nobody holds: no character prioritises it. */
    UnheldValue,
    /** A shiny-future story that retells no status-quo story. */
    FutureRetellingNothing,
    /** A story in which no character features. */
    CharacterlessStory,
};

inline constexpr GapKind allGapKinds[] = { GapKind::UnaddressedPainPoint, GapKind::UnmotivatedGoal,
    GapKind::StorylessCharacter, GapKind::UnheldValue, GapKind::FutureRetellingNothing, GapKind::CharacterlessStory };

/** One entity that shows a gap, with what exactly is missing and what shows it. */
struct Gap
{
    GapKind kind = GapKind::UnaddressedPainPoint;
    QString entityId;
    /** Translated explanation (“exposed by 3 stories; no goal addresses it”). */
    QString detail;
    /**
     * The entities that show it, most telling first: the stories exposing a pain point,
     * the goals under an idle goal, the stories that only mention a character, the pain
     * points that hurt a value nobody holds.
     */
    QStringList evidence;
};

/**
 * Finds what is missing in a vision document: pain points nobody works on,
 * goals without a reason, characters without stories and so on. Relations
 * count in either direction, so a link written from either side closes a gap.
 * Pure queries over a snapshot: safe on any thread.
 */
class GapAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::GapAnalysis)

public:
    /** The entities showing gap `kind`, the most telling first (a pain point more stories expose first). */
    [[nodiscard]] static std::vector<Gap> find(const StoryGraph &graph, GapKind kind);
    /**
     * Every gap, ranked by what is most worth acting on: pain points several stories
     * expose that no goal addresses, then goals with nothing behind them, characters in no
     * story, values nobody holds, shiny-future stories that retell nothing, pain points
     * only one story exposes, stories without characters.
     */
    [[nodiscard]] static std::vector<Gap> findAll(const StoryGraph &graph);

    /** Machine name used by the CLI and JSON (“unaddressed-pain-points”). */
    [[nodiscard]] static QString toString(GapKind kind);
    /** Short translated title for buttons and headings. */
    [[nodiscard]] static QString displayName(GapKind kind);
    /** One translated sentence saying what the list holds. */
    [[nodiscard]] static QString description(GapKind kind);
};

} // namespace storyloom
