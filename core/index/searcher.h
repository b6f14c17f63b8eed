// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace storyloom {

class SqliteConnection;

/** One full-text query with its filters. */
struct SearchQuery
{
    SearchQuery() = default;
    explicit SearchQuery(QString query)
        : text(std::move(query))
    { }

    /** FTS5 syntax (words, "phrases", AND/OR/NOT, NEAR(), prefix*); words with punctuation are quoted for the user. */
    QString text;
    /** Only entities of these types (all when empty). */
    QList<EntityType> types;
    /** Only stories of this kind. */
    std::optional<StoryKind> kind;
    int limit = 50;
    /** Treats the last word as a prefix once it has three letters (type-ahead in the search panel). */
    bool prefixLastWord = false;
};

/** One ranked hit: which entity, where, and the text around the match. */
struct SearchHit
{
    QString entityId;
    QString title;
    EntityType type = EntityType::Page;
    StoryKind kind = StoryKind::None;
    /** The file, relative to the project root, and the 1-based line of the first match in it. */
    QString path;
    int line = 0;
    /** Plain text around the match; `highlights` are (start, length) ranges in it of matched words. */
    QString snippet;
    QList<std::pair<int, int>> highlights;
    /** bm25 score: lower is better. */
    double score = 0;
};

/** The answer to a query: hits best first, or an error message (a query syntax error, a damaged index). */
struct SearchResult
{
    QList<SearchHit> hits;
    QString error;
    /** True when the error is in the query itself (the user can fix it), not in the index. */
    bool syntaxError = false;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/**
 * Ranked full-text search over an index (bm25; a title match weighs more
 * than a heading match, which weighs more than a body match). Uses the
 * given connection from the calling thread only.
 */
class Searcher
{
public:
    Searcher(const SqliteConnection &connection, QString projectRoot);

    [[nodiscard]] SearchResult search(const SearchQuery &query) const;

    /**
     * Makes a typed query valid FTS5 where the user obviously meant words:
     * `async-await` and `don't` become quoted phrases. Unbalanced quotes and
     * bad operators are left alone so that they are reported, not guessed at.
     */
    [[nodiscard]] static QString normaliseQuery(const QString &text, bool prefixLastWord = false);
    /** The words of a query (no operators), folded for matching: lower case, no diacritics. */
    [[nodiscard]] static QStringList queryTerms(const QString &text);
    /** Lower case without diacritics, the folding the index's tokenizer applies. */
    [[nodiscard]] static QString fold(const QString &text);

private:
    [[nodiscard]] int matchLine(const QString &path, int fromLine, const QStringList &terms) const;

    const SqliteConnection &m_connection;
    QString m_root;
};

} // namespace storyloom
