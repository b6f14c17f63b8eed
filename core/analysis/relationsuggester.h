// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QList>
#include <functional>
#include <vector>

namespace storyloom {

/**
 * A relation the text suggests and nobody wrote down: a goal that may address a pain point,
 * a shiny-future story that may retell a status-quo story.
 */
struct Suggestion
{
    /** What the candidates were ranked for: a pain point or a status-quo story. */
    QString subject;
    /** The entity suggested for it: a goal or a shiny-future story. */
    QString candidate;
    /** The relation accepting the suggestion adds (goal `addresses` pain point, story `retells` story). */
    RelationKind kind = RelationKind::Addresses;
    QString from;
    QString to;
    /** 0 to 1: how well the candidate's text matches the subject's, against the best candidate and the subject's words.
     */
    double score = 0;
    /** The subject's words the candidate's text shares, the most telling first. */
    QStringList terms;
    /** 1 for the subject's best candidate. */
    int rank = 0;
};

/** Whether the texts of the stories a goal's page links count as the goal's text. */
enum class SuggestionEvidence { TextAndLinkedStories, TextOnly };

/** Whether pairs that some relation already joins are left out. */
enum class RelatedPairs { Skip, Keep };

struct SuggestOptions
{
    /** Suggestions scoring less are left out. */
    double minScore = 0.0;
    /** Candidates per subject, best first. */
    int limit = 3;
    SuggestionEvidence evidence = SuggestionEvidence::TextAndLinkedStories;
    RelatedPairs related = RelatedPairs::Skip;
    /** Relations the user rejected (kind, from, to): never suggested. */
    QList<Relation> rejected;
    /**
     * The Markdown of an entity; by default its body. A snapshot read from the index has no bodies:
     * the caller then reads them from the files.
     */
    std::function<QByteArray(const Entity &)> text;
};

/**
 * Ranks candidate relations by the words two entities share: for each pain point the goals
 * (over a goal's title, its text, its sub-goals' and the stories its page links, passage by
 * passage with BM25 and as a whole with TF-IDF), for each status-quo story the shiny-future
 * stories (TF-IDF). Deterministic: equal scores are ordered by id. Any thread.
 */
class RelationSuggester
{
public:
    /** Per subject in the graph's order, its candidates best first. */
    [[nodiscard]] static std::vector<Suggestion> suggest(const StoryGraph &graph, const SuggestOptions &options = {});
};

} // namespace storyloom
