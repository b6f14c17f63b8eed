// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/relationsuggester.h"

#include "core/parse/parseddocument.h"
#include "core/util/text.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace storyloom {

namespace {

// The usual BM25 constants.
constexpr double bm25K1 = 1.2;
constexpr double bm25B = 0.75;
/**
 * A term is a word's first letters: a crude stem, but one that joins "cancel", "cancelled" and
 * "cancellation" in any language, and measured better than suffix stripping on the labelled pairs.
 */
constexpr qsizetype stemLength = 5;
/** A linked story's text tells less about a goal than the goal's own. */
constexpr double linkedStoryWeight = 0.3;
/** A goal's title (and a sub-goal's) says what it is about more than any one sentence of its text. */
constexpr double titleWeight = 1.5;
/** How much the whole-text similarity adds to the best passages'. */
constexpr double wholeTextWeight = 0.5;
/** A goal scores by its best passages: one long page should not win by sheer length. */
constexpr int passagesPerGoal = 2;
constexpr int termsShown = 6;

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *list[] = { "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
            "these", "those", "there", "their", "they", "them", "he", "she", "his", "her", "we", "you", "your", "our",
            "me", "my", "not", "no", "so", "do", "does", "did", "have", "has", "had", "can", "could", "would", "should",
            "will", "may", "might", "must", "just", "than", "then", "too", "very", "also", "into", "about", "over",
            "such", "what", "which", "who", "whom", "when", "where", "why", "how", "all", "any", "some", "more", "most",
            "other", "only", "own", "same", "few", "both", "each", "up", "out" };
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

/** Term ids of a text: interned so a passage is a short vector of ints, not a hash of strings. */
class Vocabulary
{
public:
    /** Calls `add(term, word)` for each term of `text`, `word` being the word it came from. */
    template<typename Add> void forEachTerm(const QString &text, Add add)
    {
        for (const QString &word : foldedWordList(text)) {
            if (word.size() < 2 || stopWords().contains(word))
                continue;
            const QString stem = word.left(stemLength);
            auto it = m_ids.constFind(stem);
            if (it == m_ids.cend())
                it = m_ids.insert(stem, int(m_ids.size()));
            add(*it, word);
        }
    }
    [[nodiscard]] int size() const { return int(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
};

using TermCounts = std::vector<std::pair<int, double>>;

/**
 * Counts of term ids, sorted by id, from a hash of them: sums then run in the same order in
 * every process (a hash's order depends on its seed), so equal input gives equal scores.
 */
TermCounts sortedCounts(const QHash<int, double> &counts)
{
    TermCounts sorted;
    sorted.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

/** The plain-text pieces of Markdown, each a passage: headings, paragraphs, list items, tables. */
QStringList piecesOf(const QByteArray &markdown)
{
    const ParsedDocument document = parseDocument(markdown, QString());
    QStringList pieces;
    for (const Heading &heading : document.headings)
        pieces << heading.text;
    for (const Paragraph &paragraph : document.paragraphs)
        pieces << QString::fromUtf8(paragraph.text);
    for (const ListItem &item : document.listItems)
        pieces << item.text;
    // A table is one passage: a row alone is too short to weigh against a paragraph.
    for (const Table &table : document.tables) {
        QStringList cells;
        for (const TableRow &row : table.rows) {
            for (const TableCell &cell : row.cells)
                cells << cell.text;
        }
        pieces << cells.join(u' ');
    }
    return pieces;
}

/** The pieces of an entity's text, its title first; parsed once however many goals share the entity. */
class Texts
{
public:
    explicit Texts(const SuggestOptions &options)
        : m_text(options.text)
    {
        if (!m_text)
            m_text = [](const Entity &e) { return e.body; };
    }

    const QStringList &of(const Entity &entity)
    {
        auto it = m_pieces.constFind(entity.id);
        if (it == m_pieces.cend())
            it = m_pieces.insert(entity.id, QStringList { entity.title } + piecesOf(m_text(entity)));
        return *it;
    }

private:
    std::function<QByteArray(const Entity &)> m_text;
    QHash<QString, QStringList> m_pieces;
};

/** Pairs some relation joins (either way, any kind) and pairs the user rejected. */
class Exclusions
{
public:
    Exclusions(const StoryGraph &graph, const SuggestOptions &options)
    {
        if (options.related == RelatedPairs::Skip) {
            for (const Relation &r : graph.relations()) {
                m_related.insert(pairKey(r.from, r.to));
                m_related.insert(pairKey(r.to, r.from));
            }
        }
        for (const Relation &r : options.rejected)
            m_rejected.insert(QString::number(int(r.kind)) + u'\t' + pairKey(r.from, r.to));
    }
    [[nodiscard]] bool excludes(RelationKind kind, const QString &from, const QString &to) const
    {
        const QString key = pairKey(from, to);
        return m_related.contains(key) || m_rejected.contains(QString::number(int(kind)) + u'\t' + key);
    }

private:
    static QString pairKey(const QString &a, const QString &b) { return a + u'\t' + b; }
    QSet<QString> m_related;
    QSet<QString> m_rejected;
};

/** The subject's terms a candidate shares, most telling first, as the subject's own words. */
QStringList sharedWords(const std::vector<std::pair<int, double>> &weighted, const QHash<int, QString> &words)
{
    std::vector<std::pair<int, double>> sorted = weighted;
    std::sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : words.value(a.first) < words.value(b.first);
    });
    QStringList shown;
    for (const auto &[term, weight] : sorted) {
        if (shown.size() == termsShown)
            break;
        shown << words.value(term);
    }
    return shown;
}

/** Keeps each subject's best candidates: sorted by score then id, the rejected and related left out. */
void keepBest(std::vector<Suggestion> &candidates, const SuggestOptions &options, std::vector<Suggestion> &out)
{
    std::sort(candidates.begin(), candidates.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score != b.score ? a.score > b.score : a.candidate < b.candidate;
    });
    int rank = 0;
    for (Suggestion &s : candidates) {
        if (rank == options.limit || s.score < options.minScore)
            break;
        s.rank = ++rank;
        out.push_back(std::move(s));
    }
}

void suggestGoals(const StoryGraph &graph, const SuggestOptions &options, const Exclusions &exclusions, Texts &texts,
    std::vector<Suggestion> &out)
{
    const std::vector<const Entity *> goals = graph.entitiesOfType(EntityType::Goal);
    const std::vector<const Entity *> painPoints = graph.entitiesOfType(EntityType::PainPoint);
    if (goals.empty() || painPoints.empty())
        return;

    struct Passage
    {
        int goal;
        double weight;
        double length;
        TermCounts terms;
    };
    Vocabulary vocabulary;
    std::vector<Passage> passages;
    enum class Title { Weighed, AsText };
    auto addPassages = [&](int goal, const Entity &entity, double weight, Title title) {
        const QStringList &pieces = texts.of(entity);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QString &piece = pieces.at(i);
            const double pieceWeight = i == 0 && title == Title::Weighed ? weight * titleWeight : weight;
            QHash<int, double> counts;
            double length = 0;
            vocabulary.forEachTerm(piece, [&](int term, const QString &) {
                counts[term] += 1;
                ++length;
            });
            if (length > 0)
                passages.push_back({ goal, pieceWeight, length, sortedCounts(counts) });
        }
    };
    for (int g = 0; g < int(goals.size()); ++g) {
        const Entity &goal = *goals[size_t(g)];
        addPassages(g, goal, 1.0, Title::Weighed);
        // Sub-goals, all the way down: a goal is what its initiatives do.
        std::vector<const Entity *> below = graph.children(goal.id);
        QSet<QString> seen { goal.id };
        for (size_t i = 0; i < below.size(); ++i) {
            if (seen.contains(below[i]->id))
                continue;
            seen.insert(below[i]->id);
            addPassages(g, *below[i], 1.0, Title::Weighed);
            for (const Entity *child : graph.children(below[i]->id))
                below.push_back(child);
        }
        if (options.evidence == SuggestionEvidence::TextAndLinkedStories) {
            // Stories the goal's own page links, whichever way the relation points: a long story
            // linking many goals (a user's manual of the future) would make them all alike.
            auto addStory = [&](const Relation *r, const QString &id) {
                const Entity *story = graph.entity(id);
                if (story && story->type == EntityType::Story && r->source.path == goal.source.path
                    && !seen.contains(id)) {
                    seen.insert(id);
                    addPassages(g, *story, linkedStoryWeight, Title::AsText);
                }
            };
            for (const Relation *r : graph.outgoing(goal.id))
                addStory(r, r->to);
            for (const Relation *r : graph.incoming(goal.id))
                addStory(r, r->from);
        }
    }
    if (passages.empty())
        return;

    // Collection statistics over the passages; the whole text of a goal is its passages summed.
    const double passageCount = double(passages.size());
    std::vector<double> documentFrequency(size_t(vocabulary.size()), 0);
    double totalLength = 0;
    std::vector<QHash<int, double>> goalTerms(goals.size());
    std::vector<std::vector<std::pair<int, double>>> postings(size_t(vocabulary.size()));
    for (int p = 0; p < int(passages.size()); ++p) {
        const Passage &passage = passages[size_t(p)];
        totalLength += passage.length;
        for (const auto &[term, count] : passage.terms) {
            documentFrequency[size_t(term)] += 1;
            goalTerms[size_t(passage.goal)][term] += passage.weight * count;
            postings[size_t(term)].push_back({ p, count });
        }
    }
    const double averageLength = totalLength / passageCount;
    auto idf = [&](int term) {
        const double df = term < int(documentFrequency.size()) ? documentFrequency[size_t(term)] : 0;
        return std::log(1 + (passageCount - df + 0.5) / (df + 0.5));
    };
    // Whole-text TF-IDF norms; a term that only a linked story gives once counts less than one time.
    std::vector<double> norms(goals.size(), 0);
    for (size_t g = 0; g < goals.size(); ++g) {
        double sum = 0;
        for (const auto &[term, count] : sortedCounts(goalTerms[g])) {
            if (count >= 1) {
                const double w = (1 + std::log(count)) * idf(term);
                sum += w * w;
            }
        }
        norms[g] = sum > 0 ? std::sqrt(sum) : 1;
    }

    std::vector<double> passageScore(passages.size(), 0);
    for (const Entity *painPoint : painPoints) {
        QHash<int, QString> words;
        for (const QString &piece : texts.of(*painPoint)) {
            vocabulary.forEachTerm(piece, [&](int term, const QString &word) {
                if (!words.contains(term))
                    words.insert(term, word);
            });
        }
        std::vector<int> query;
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            query.push_back(it.key());
        std::sort(query.begin(), query.end());
        double queryWeight = 0;
        for (int term : query)
            queryWeight += idf(term);
        std::vector<int> touched;
        for (int term : query) {
            if (term >= int(postings.size()))
                continue;
            const double weight = idf(term);
            for (const auto &[p, tf] : postings[size_t(term)]) {
                const Passage &passage = passages[size_t(p)];
                if (passageScore[size_t(p)] == 0)
                    touched.push_back(p);
                passageScore[size_t(p)] += weight * tf * (bm25K1 + 1)
                    / (tf + bm25K1 * (1 - bm25B + bm25B * passage.length / averageLength));
            }
        }
        std::vector<std::vector<double>> best(goals.size());
        for (int p : touched) {
            const Passage &passage = passages[size_t(p)];
            best[size_t(passage.goal)].push_back(passageScore[size_t(p)] * passage.weight);
            passageScore[size_t(p)] = 0;
        }
        std::vector<double> passagePart(goals.size(), 0), wholePart(goals.size(), 0);
        std::vector<std::vector<std::pair<int, double>>> shared(goals.size());
        for (size_t g = 0; g < goals.size(); ++g) {
            std::vector<double> &scores = best[g];
            const auto top = scores.begin() + std::min<std::ptrdiff_t>(passagesPerGoal, std::ssize(scores));
            std::partial_sort(scores.begin(), top, scores.end(), std::greater<>());
            for (auto it = scores.begin(); it != top; ++it)
                passagePart[g] += *it;
            for (int term : query) {
                const double tf = goalTerms[g].value(term);
                if (tf <= 0)
                    continue;
                const double weight = idf(term) * idf(term) * (1 + std::log(std::max(tf, 1.0)));
                shared[g].push_back({ term, weight });
                if (tf >= 1)
                    wholePart[g] += weight / norms[g];
            }
        }
        const double bestPassages = *std::max_element(passagePart.cbegin(), passagePart.cend());
        const double bestWhole = *std::max_element(wholePart.cbegin(), wholePart.cend());
        if (bestPassages <= 0)
            continue;
        // Relative to the best candidate, then scaled by how much of the pain point's words the best covers.
        const double strength = queryWeight > 0 ? std::min(1.0, bestPassages / queryWeight) : 0;
        std::vector<Suggestion> candidates;
        for (size_t g = 0; g < goals.size(); ++g) {
            const Entity &goal = *goals[g];
            if (passagePart[g] <= 0 || exclusions.excludes(RelationKind::Addresses, goal.id, painPoint->id))
                continue;
            const double relative
                = passagePart[g] / bestPassages + (bestWhole > 0 ? wholeTextWeight * wholePart[g] / bestWhole : 0);
            candidates.push_back({ painPoint->id, goal.id, RelationKind::Addresses, goal.id, painPoint->id,
                relative / (1 + wholeTextWeight) * strength, sharedWords(shared[g], words), 0 });
        }
        keepBest(candidates, options, out);
    }
}

void suggestRetellings(const StoryGraph &graph, const SuggestOptions &options, const Exclusions &exclusions,
    Texts &texts, std::vector<Suggestion> &out)
{
    std::vector<const Entity *> statusQuo, shinyFuture;
    for (const Entity *story : graph.entitiesOfType(EntityType::Story)) {
        if (story->kind == StoryKind::StatusQuo)
            statusQuo.push_back(story);
        else if (story->kind == StoryKind::ShinyFuture)
            shinyFuture.push_back(story);
    }
    if (statusQuo.empty() || shinyFuture.empty())
        return;
    // TF-IDF over every story, whole texts: a story against a story, no passage stands for either.
    Vocabulary vocabulary;
    QHash<int, QString> words;
    auto countsOf = [&](const Entity &story) {
        QHash<int, double> counts;
        for (const QString &piece : texts.of(story)) {
            vocabulary.forEachTerm(piece, [&](int term, const QString &word) {
                counts[term] += 1;
                if (!words.contains(term))
                    words.insert(term, word);
            });
        }
        return sortedCounts(counts);
    };
    std::vector<TermCounts> vectors;
    for (const Entity *story : statusQuo)
        vectors.push_back(countsOf(*story));
    for (const Entity *story : shinyFuture)
        vectors.push_back(countsOf(*story));
    std::vector<double> documentFrequency(size_t(vocabulary.size()), 0);
    for (const TermCounts &counts : vectors) {
        for (const auto &[term, count] : counts)
            documentFrequency[size_t(term)] += 1;
    }
    const double stories = double(vectors.size());
    for (TermCounts &counts : vectors) {
        double sum = 0;
        for (auto &[term, weight] : counts) {
            const double df = documentFrequency[size_t(term)];
            weight = (1 + std::log(weight)) * std::log(1 + (stories - df + 0.5) / (df + 0.5));
            sum += weight * weight;
        }
        const double norm = sum > 0 ? std::sqrt(sum) : 1;
        for (auto &[term, weight] : counts)
            weight /= norm;
    }
    for (size_t s = 0; s < statusQuo.size(); ++s) {
        const TermCounts &told = vectors[s];
        std::vector<Suggestion> candidates;
        for (size_t f = 0; f < shinyFuture.size(); ++f) {
            const Entity &future = *shinyFuture[f];
            if (exclusions.excludes(RelationKind::Retells, future.id, statusQuo[s]->id))
                continue;
            const TermCounts &retold = vectors[statusQuo.size() + f];
            // Both sorted by term: one merge gives the cosine and the shared terms.
            double cosine = 0;
            std::vector<std::pair<int, double>> shared;
            for (auto a = told.cbegin(), b = retold.cbegin(); a != told.cend() && b != retold.cend();) {
                if (a->first < b->first) {
                    ++a;
                } else if (b->first < a->first) {
                    ++b;
                } else {
                    cosine += a->second * b->second;
                    shared.push_back({ a->first, a->second * b->second });
                    ++a;
                    ++b;
                }
            }
            if (cosine > 0)
                candidates.push_back({ statusQuo[s]->id, future.id, RelationKind::Retells, future.id, statusQuo[s]->id,
                    std::min(1.0, cosine), sharedWords(shared, words), 0 });
        }
        keepBest(candidates, options, out);
    }
}

} // namespace

std::vector<Suggestion> RelationSuggester::suggest(const StoryGraph &graph, const SuggestOptions &options)
{
    std::vector<Suggestion> out;
    if (options.limit <= 0)
        return out;
    const Exclusions exclusions(graph, options);
    Texts texts(options);
    suggestGoals(graph, options, exclusions, texts, out);
    suggestRetellings(graph, options, exclusions, texts, out);
    return out;
}

} // namespace storyloom
