// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/snapshotwriter.h"

#include "core/index/graphtables.h"
#include "core/index/indexdatabase.h"

#include <future>

namespace storyloom {

namespace {

/** Writes the graph's rows and then its search rows, or the other way round (see write()). */
std::optional<int> writeTables(GraphTables &graph, SearchTables &search, const StoryGraph &snapshot,
    const SnapshotWriteOptions &options, IndexDatabase &database)
{
    // The graph's rows (unless the index holds that graph already: a refresh with nothing
    // changed then writes nothing), before the searchable text, whose pending terms FTS5
    // keeps in memory until the commit.
    const GraphTables::Prints prints = GraphTables::prints(snapshot);
    if (!database.hasSnapshot()) {
        // A first build: the search index may fill on a thread of its own while this
        // connection writes the documents' and the graph's rows, then comes in with them.
        std::optional<int> documents = search.write(snapshot, options.searchBuild);
        if (!documents || !graph.write(snapshot, prints) || !search.finishBuild())
            return std::nullopt;
        return documents;
    }
    if (database.meta(MetaKey::Graph) == prints.whole)
        return search.write(snapshot, SearchBuild::InPlace);
    // The graph's blob is encoded on another core while this one writes the rows that
    // changed (a refresh's are few; the blob is the whole graph).
    std::future<std::optional<GraphTables::Pieces>> encoding
        = std::async(std::launch::async, [&snapshot] { return GraphTables::encode(snapshot); });
    if (!graph.write(snapshot, prints, &encoding))
        return std::nullopt;
    return search.write(snapshot, SearchBuild::InPlace);
}

} // namespace

IndexWriteResult SnapshotWriter::write(
    IndexDatabase &database, const StoryGraph &graph, const SnapshotWriteOptions &options)
{
    IndexWriteResult result;
    const bool ownTransaction = !database.inTransaction();
    if (ownTransaction && !database.begin()) {
        result.error = database.connection().lastError();
        return result;
    }
    GraphTables graphTables(database);
    SearchTables searchTables(database, options.texts);
    const std::optional<int> documents = writeTables(graphTables, searchTables, graph, options, database);
    if (!documents) {
        const IndexError &error = searchTables.error().isSet() ? searchTables.error() : graphTables.error();
        result.error = error.message;
        result.errorCode = error.code;
        if (ownTransaction)
            database.rollback();
        return result;
    }
    if (ownTransaction && !database.commit()) {
        result.error = database.connection().lastError();
        return result;
    }
    result.searchFilesWritten = *documents;
    result.searchBuiltApart = searchTables.builtApart();
    result.ok = true;
    return result;
}

} // namespace storyloom
