// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/textedits.h"

#include "core/extract/graphbuilder.h"
#include "core/index/graphtables.h"
#include "core/index/indexdatabase.h"
#include "core/index/indexparsecache.h"
#include "core/index/searchtables.h"
#include "core/util/parallel.h"

namespace storyloom {

namespace {

/** Past this many changed files a full refresh costs about the same, and is what a branch switch needs anyway. */
constexpr qsizetype maxEdits = 1000;

/** One listed file whose size or modification time differs from what the index has. */
struct Candidate
{
    ListedFile listed;
    QByteArray storedHash;
    /** The stored parse, as the index keeps it (decoded on a worker). */
    QByteArray storedParse;
    QByteArray hash;
    std::optional<ParsedDocument> document;
    /** The bytes are what the index has (only the time changed). */
    bool touched = false;
    /** Not a prose-only edit, or unreadable: a full refresh has to decide. */
    bool refused = false;
};

} // namespace

std::optional<TextEditsResult> TextEdits::apply(IndexDatabase &database, const QString &root,
    const ProjectConfig &config, const ProjectListing &listing, const QHash<QString, FileRecord> &known,
    qint64 maxFileSize)
{
    if (known.size() != qsizetype(listing.markdown.size()))
        return std::nullopt;
    std::vector<Candidate> candidates;
    for (const ListedFile &file : listing.markdown) {
        const auto record = known.constFind(file.path);
        if (record == known.cend())
            return std::nullopt;
        if (record->size == file.size && record->mtime == file.mtime)
            continue;
        if (qsizetype(candidates.size()) == maxEdits)
            return std::nullopt;
        Candidate candidate;
        candidate.listed = file;
        candidate.storedHash = record->hash;
        candidates.push_back(std::move(candidate));
    }

    SqliteConnection &c = database.connection();
    {
        SqliteStatement fetch = c.prepare("SELECT parsed FROM files WHERE path = ?1");
        for (Candidate &candidate : candidates) {
            fetch.bind(1, candidate.listed.path);
            if (fetch.next() && !fetch.isNull(0))
                candidate.storedParse = fetch.blob(0);
            fetch.reset();
        }
    }

    parallelFor(int(candidates.size()), [&](int i) {
        Candidate &candidate = candidates[size_t(i)];
        candidate.refused = true;
        const ReadSource read = readSource(root, candidate.listed.path, candidate.listed.size, maxFileSize);
        if (read.problem)
            return;
        const QByteArray &bytes = read.bytes;
        candidate.hash = read.hash;
        if (candidate.hash == candidate.storedHash) {
            candidate.touched = true;
            candidate.refused = false;
            return;
        }
        const std::optional<ParsedDocument> stored = IndexParseCache::deserialise(candidate.storedParse);
        if (!stored)
            return;
        ParsedDocument now = parseDocument(bytes, candidate.listed.path);
        GraphBuilder::trim(candidate.listed.path, now, config); // what the loader would have cached
        if (GraphBuilder::documentFingerprint(candidate.listed.path, now, config)
            != GraphBuilder::documentFingerprint(candidate.listed.path, *stored, config))
            return;
        candidate.storedParse.clear();
        candidate.document = std::move(now);
        candidate.refused = false;
    });
    for (const Candidate &candidate : candidates) {
        if (candidate.refused) {
            return std::nullopt;
        }
    }

    // Everything checked: now the writes, which the caller's transaction keeps or drops as a whole.
    TextEditsResult result;
    if (!c.exec("SAVEPOINT text_edits"))
        return std::nullopt;
    auto undo = [&c]() -> std::optional<TextEditsResult> {
        c.exec("ROLLBACK TO text_edits");
        c.exec("RELEASE text_edits");
        return std::nullopt;
    };
    SqliteStatement touch = c.prepare("UPDATE files SET size = ?2, mtime = ?3 WHERE path = ?1");
    SqliteStatement store = c.prepare("UPDATE files SET size = ?2, mtime = ?3, hash = ?4, parsed = ?5 WHERE path = ?1");
    const QHash<QString, QString> owners
        = candidates.empty() ? QHash<QString, QString>() : GraphTables(database).fileEntities();
    std::vector<SearchTables::BodyEdit> bodies;
    for (const Candidate &candidate : candidates) {
        const ListedFile &file = candidate.listed;
        if (candidate.touched) {
            if (!touch.bind(1, file.path).bind(2, file.size).bind(3, file.mtime).exec())
                return undo();
            continue;
        }
        if (!store.bind(1, file.path)
                .bind(2, file.size)
                .bind(3, file.mtime)
                .bind(4, candidate.hash)
                .bind(5, IndexParseCache::serialise(*candidate.document))
                .exec())
            return undo();
        ++result.filesRead;
        // A file without an entity of its own (a template, SUMMARY.md) has no search text.
        const auto owner = owners.constFind(file.path);
        if (owner == owners.cend())
            continue;
        bodies.push_back({ file.path, *owner, candidate.document->body, candidate.document->headings });
    }
    if (!SearchTables(database, nullptr).replaceBodies(bodies))
        return undo();
    result.searchFilesWritten = int(bodies.size());
    if (!c.exec("RELEASE text_edits"))
        return undo();
    return result;
}

} // namespace storyloom
