// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/indexdatabase.h"
#include "core/model/storygraph.h"

#include <QList>
#include <memory>
#include <optional>
#include <vector>

namespace storyloom {

class DocumentTexts;
class SearchBuilder;
struct Heading;
struct SearchRow;

/**
 * How a first build fills the search index. The one seam around SearchBuilder:
 * everything else writes FTS5 through its public interface.
 */
enum class SearchBuild {
    /**
     * On a thread of its own (SearchBuilder), while the connection writes the graph's rows,
     * then copied into FTS5's tables; the connection is opened anew after the commit. Falls
     * back to InPlace when the scratch database cannot be made, built or copied.
     */
    Apart,
    /** Plain INSERTs into the search table, on the connection. */
    InPlace,
};

/**
 * The search rows in the index (`documents`, the FTS5 table `search` over it,
 * and each file's fingerprint): rewritten per file, only for files whose
 * entities changed. Text the graph left out comes from the index's old rows,
 * else from the DocumentTexts the caller gives.
 */
class SearchTables
{
public:
    /** `texts` may be null when every entity written has its body (a first build from the files). */
    SearchTables(IndexDatabase &database, const DocumentTexts *texts);
    ~SearchTables();
    SearchTables(const SearchTables &) = delete;
    SearchTables &operator=(const SearchTables &) = delete;

    /**
     * Rewrites, in the open transaction, the rows of the files whose entities changed: how
     * many files, or nullopt on an error (error()). With SearchBuild::Apart and an empty search
     * index, the terms are left to a SearchBuilder: call finishBuild() before the commit.
     */
    [[nodiscard]] std::optional<int> write(const StoryGraph &graph, SearchBuild build);
    /**
     * Brings in the search index a write() left to a SearchBuilder, or fills it here when that
     * failed. True when nothing failed; builtApart() then says whether the builder's was taken.
     */
    [[nodiscard]] bool finishBuild();
    [[nodiscard]] bool builtApart() const { return m_builtApart; }

    /** A new searchable body for the entity that is the whole file `path`. */
    struct BodyEdit
    {
        QString path;
        QString entity;
        QByteArray body;
        /** The headings of `body` (its parse's). */
        QList<Heading> headings;
    };
    /**
     * Replaces the searchable bodies of whole-file entities in the open
     * transaction: their search rows, and their files' fingerprints, as write()
     * would leave them. For an edit of nothing but prose (see TextEdits). False
     * when the index has no search row for one of them.
     */
    [[nodiscard]] bool replaceBodies(const std::vector<BodyEdit> &edits);

    [[nodiscard]] const IndexError &error() const { return m_error; }

    /** The headings column of a search row: the headings' texts, one a line. */
    [[nodiscard]] static QString headingsText(const QList<Heading> &headings);
    /** The same of the headings' texts (empty ones left out). */
    [[nodiscard]] static QString headingsText(const QStringList &texts);

private:
    struct Plan;
    [[nodiscard]] Plan plan(const StoryGraph &graph);
    /** Takes the terms of the old rows out of the search index; keeps the text of those `plan` wants. */
    void unindexOldRows(Plan &plan);
    [[nodiscard]] QByteArray bodyOf(const Entity &entity, const Plan &plan);
    [[nodiscard]] std::vector<SearchRow> newRows(const Plan &plan, std::vector<const Entity *> &entities);
    void writeRows(const std::vector<SearchRow> &rows, const std::vector<const Entity *> &entities);
    void dropOldRows(const Plan &plan);
    /** Puts rows into the search index on this connection: false on an error. */
    bool indexRows(const std::vector<SearchRow> &rows);
    bool check(bool step) { return m_error.note(step, m_database.connection()); }

    IndexDatabase &m_database;
    const DocumentTexts *m_texts = nullptr;
    IndexError m_error;
    std::unique_ptr<SearchBuilder> m_builder;
    bool m_builtApart = false;
};

} // namespace storyloom
