// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QCoreApplication>
#include <vector>

namespace storyloom {

/** The holes gap analysis looks for in a vision document. */
enum class GapKind {
    /** A pain point that no goal addresses. */
    UnaddressedPainPoint,
    /** A goal that addresses no pain point and realises no story. */
    UnmotivatedGoal,
    /** A character that features in no story. */
    StorylessCharacter,
    /** A value that no character prioritises, or that no pain point hurts. */
    UnanchoredValue,
    /** A story in which no character features. */
    CharacterlessStory,
};

inline constexpr GapKind allGapKinds[] = { GapKind::UnaddressedPainPoint, GapKind::UnmotivatedGoal,
    GapKind::StorylessCharacter, GapKind::UnanchoredValue, GapKind::CharacterlessStory };

/** One entity that shows a gap, with what exactly is missing. */
struct Gap
{
    GapKind kind = GapKind::UnaddressedPainPoint;
    QString entityId;
    /** Translated explanation (“no character prioritises it”). */
    QString detail;
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
    /** The entities showing gap `kind`, in the graph's entity order. */
    [[nodiscard]] static std::vector<Gap> find(const StoryGraph &graph, GapKind kind);
    /** Every gap of every kind, grouped by kind in the order of allGapKinds. */
    [[nodiscard]] static std::vector<Gap> findAll(const StoryGraph &graph);

    /** Machine name used by the CLI and JSON (“unaddressed-pain-points”). */
    [[nodiscard]] static QString toString(GapKind kind);
    /** Short translated title for buttons and headings. */
    [[nodiscard]] static QString displayName(GapKind kind);
    /** One translated sentence saying what the list holds. */
    [[nodiscard]] static QString description(GapKind kind);
};

} // namespace storyloom
