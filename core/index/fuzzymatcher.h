// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QList>
#include <QString>
#include <optional>

namespace storyloom {

/**
 * Quick-open matching: the typed letters must appear in order in a title or
 * id ("bwa" finds "Barbara wants async"); matches at word starts and runs of
 * consecutive letters score higher. Case and diacritics are ignored. Pure and
 * fast enough to run on every keystroke over tens of thousands of entities.
 */
class FuzzyMatcher
{
public:
    struct Match
    {
        int score = 0;
        /** Positions in the text of the matched characters, for highlighting. */
        QList<int> positions;
    };

    /** One entity found, best first. */
    struct Candidate
    {
        QString id;
        QString title;
        EntityType type = EntityType::Page;
        int score = 0;
        /** Matched positions in the title (empty when the id matched better). */
        QList<int> titlePositions;
    };

    explicit FuzzyMatcher(const QString &pattern);

    /** How well `text` matches, or nothing when the letters are not all there in order. */
    [[nodiscard]] std::optional<Match> match(const QString &text) const;
    /** The best `limit` entities of `graph` for the pattern; with an empty pattern, the first ones in book order. */
    [[nodiscard]] QList<Candidate> rank(const StoryGraph &graph, int limit = 50) const;

private:
    QString m_pattern;
};

} // namespace storyloom
