// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/fuzzymatcher.h"

#include "core/index/searcher.h"

#include <algorithm>

namespace storyloom {

namespace {

bool isWordStart(const QString &text, int i)
{
    if (i == 0)
        return true;
    const QChar before = text[i - 1];
    return !before.isLetterOrNumber() || (before.isLower() && text[i].isUpper());
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &pattern)
{
    for (QChar c : Searcher::fold(pattern)) {
        if (!c.isSpace())
            m_pattern += c;
    }
}

std::optional<FuzzyMatcher::Match> FuzzyMatcher::match(const QString &text) const
{
    Match result;
    if (m_pattern.isEmpty())
        return result;
    // Fold per character so positions stay those of `text`.
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() < 128) {
            folded += c.toLower();
            continue;
        }
        const QString f = Searcher::fold(QString(c));
        folded += f.isEmpty() ? c : f.front();
    }
    // Greedy from each possible start of the first letter; keep the best.
    std::optional<Match> best;
    for (int start = int(folded.indexOf(m_pattern.front())); start >= 0;
        start = int(folded.indexOf(m_pattern.front(), start + 1))) {
        Match candidate;
        int previous = -1;
        int at = start;
        bool complete = true;
        for (QChar wanted : m_pattern) {
            // Prefer the next word start holding the letter, unless the letter follows at once.
            int found = -1;
            if (previous >= 0 && previous + 1 < folded.size() && folded[previous + 1] == wanted) {
                found = previous + 1;
            } else {
                for (int i = at; i < folded.size(); ++i) {
                    if (folded[i] == wanted && isWordStart(text, i)) {
                        found = i;
                        break;
                    }
                }
                if (found < 0)
                    found = int(folded.indexOf(wanted, at));
            }
            if (found < 0) {
                complete = false;
                break;
            }
            int points = 1;
            if (previous >= 0 && found == previous + 1)
                points += 8;
            if (isWordStart(text, found))
                points += 10;
            if (found == 0)
                points += 6;
            if (previous >= 0)
                points -= std::min(found - previous - 1, 5);
            candidate.score += points;
            candidate.positions.append(found);
            previous = found;
            at = found + 1;
        }
        if (!complete)
            break; // a later start cannot find what an earlier one could not
        candidate.score -= int(text.size()) / 8; // shorter texts first, on ties
        if (!best || candidate.score > best->score)
            best = std::move(candidate);
        if (start > 64)
            break;
    }
    return best;
}

QList<FuzzyMatcher::Candidate> FuzzyMatcher::rank(const StoryGraph &graph, int limit) const
{
    QList<Candidate> result;
    for (const Entity &e : graph.entities()) {
        Candidate candidate { e.id, e.title, e.type, 0, {} };
        if (m_pattern.isEmpty()) {
            result.append(candidate);
            if (result.size() >= limit)
                break;
            continue;
        }
        const std::optional<Match> title = match(e.title);
        const std::optional<Match> id = match(e.id);
        if (!title && !id)
            continue;
        if (title && (!id || title->score + 2 >= id->score)) {
            candidate.score = title->score + 2;
            candidate.titlePositions = title->positions;
        } else {
            candidate.score = id->score;
        }
        result.append(std::move(candidate));
    }
    std::stable_sort(
        result.begin(), result.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace storyloom
