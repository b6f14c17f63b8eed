// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"

#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectscanner.h"
#include "core/index/indexdatabase.h"
#include "core/index/indexparsecache.h"
#include "core/index/textedits.h"
#include "core/util/disposal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <future>

namespace storyloom {

CachedSnapshot Indexer::loadCached(const QString &rootPath)
{
    CachedSnapshot result;
    const QString root = QFileInfo(rootPath).absoluteFilePath();
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    result.notice = opened.notice;
    if (!opened.database)
        return result;
    // The fingerprint first: read after the graph, it could belong to a newer one.
    result.graphFingerprint = opened.database->meta(QStringLiteral("graph"));
    result.snapshot = opened.database->loadSnapshot(root);
    if (!result.snapshot && opened.database->lastErrorWasCorruption()) {
        const QString path = opened.database->path();
        opened.database.reset();
        IndexDatabase::moveAside(path);
        result.notice = QCoreApplication::translate("Indexer", "The index was damaged; it is being rebuilt.");
    }
    return result;
}

namespace {

/** One try at a refresh; `damaged` says the database turned out corrupt while it was read or written. */
struct Attempt
{
    IndexRefresh result;
    bool damaged = false;
};

Attempt refreshOnce(const QString &root, const LoadOptions &options, bool verify, const CachedSnapshot *cached,
    bool wantSnapshot, const QElapsedTimer &timer)
{
    Attempt attempt;
    IndexRefresh &result = attempt.result;
    auto loadWithoutIndex = [&] {
        const LoadResult load = ProjectLoader::run(root, options);
        result.snapshot = load.snapshot;
        result.entities = load.snapshot ? int(load.snapshot->entities().size()) : 0;
        result.filesRead = load.filesParsed;
        result.cancelled = options.cancel && options.cancel->load();
        result.milliseconds = timer.elapsed();
        return attempt;
    };
    auto failed = [&](IndexDatabase &db, const QString &error) {
        attempt.damaged = isCorruptionCode(db.connection().lastErrorCode()) || db.lastErrorWasCorruption();
        result.error = error;
        return attempt;
    };

    IndexDatabase::Opened opened = IndexDatabase::open(root, verify);
    result.notice = opened.notice;
    if (!opened.database) {
        result.error = opened.error;
        return loadWithoutIndex();
    }
    IndexDatabase &db = *opened.database;
    const bool firstBuild = !db.hasSnapshot() && db.setRollbackJournal(true);
    struct BackToWal
    {
        IndexDatabase &db;
        bool active;
        ~BackToWal()
        {
            if (active)
                (void)db.setRollbackJournal(false);
        }
    } backToWal { db, firstBuild };
    if (!db.begin()) {
        if (isCorruptionCode(db.connection().lastErrorCode()))
            return failed(db, db.connection().lastError());
        result.error = QCoreApplication::translate("Indexer", "the index is busy or read-only (%1); it was not updated")
                           .arg(db.connection().lastError());
        return loadWithoutIndex();
    }
    // The graph the index holds is still right: hand back the caller's copy, else read it (or only count it).
    auto keptGraph = [&]() -> bool {
        result.graphKept = true;
        result.graphFingerprint = db.meta(QStringLiteral("graph"));
        if (cached && cached->snapshot && cached->graphFingerprint == result.graphFingerprint)
            result.snapshot = cached->snapshot;
        else if (wantSnapshot)
            result.snapshot = db.loadSnapshot(root);
        if (result.snapshot) {
            result.entities = int(result.snapshot->entities().size());
            return true;
        }
        const std::optional<qint64> count
            = wantSnapshot ? std::nullopt : db.connection().queryInt("SELECT COUNT(*) FROM entities");
        result.entities = int(count.value_or(0));
        return count.has_value();
    };
    const ProjectConfig config = readProjectConfig(root);
    // Cached parses keep what the graph is built from with the configuration they were made
    // with (GraphBuilder::trim()): with another, every file is parsed again.
    const QString trimmedFor = GraphBuilder::trimKey(config);
    if (db.meta(QStringLiteral("parses")) != trimmedFor
        && !(db.forgetParses() && db.setMeta(QStringLiteral("parses"), trimmedFor)))
        return failed(db, db.connection().lastError());
    // The files' records are read on another thread while this one lists the folder (each takes
    // a while on a large project); the connection is that thread's until then.
    // Unchanged inputs do not need them.
    std::future<QHash<QString, FileRecord>> knownFiles = std::async(std::launch::async, [&db] { return db.files(); });
    const ProjectListing listing = listProject(root, config);
    const ListingFingerprints fingerprints = fingerprintListing(root, listing);
    const QString inputs = QString::fromLatin1(fingerprints.inputs.toHex());
    const QString shape = QString::fromLatin1(fingerprints.shape.toHex());
    // Read once for both tries below: one row per file of the project.
    QHash<QString, FileRecord> known = knownFiles.get();
    // Nothing on disk differs from what the index was built from: its snapshot is the answer.
    if (db.hasSnapshot() && db.meta(QStringLiteral("inputs")) == inputs) {
        db.rollback();
        if (!keptGraph())
            return failed(db, db.connection().lastError());
        result.filesSkipped = int(listing.markdown.size());
        result.milliseconds = timer.elapsed();
        return attempt;
    }
    // Only prose was edited: the graph stays, the edited files' search text and parses are rewritten.
    if (db.hasSnapshot() && db.meta(QStringLiteral("shape")) == shape) {
        if (const std::optional<TextEditsResult> edits
            = TextEdits::apply(db, root, config, listing, known, options.maxFileSize)) {
            if (!db.setMeta(QStringLiteral("inputs"), inputs) || !db.commit() || !keptGraph())
                return failed(db, db.connection().lastError());
            result.filesRead = edits->filesRead;
            result.filesSkipped = int(listing.markdown.size()) - edits->filesRead;
            result.searchFilesWritten = edits->searchFilesWritten;
            result.milliseconds = timer.elapsed();
            return attempt;
        }
    }
    IndexParseCache cache(db, std::move(known));
    LoadOptions withCache = options;
    withCache.cache = &cache;
    withCache.listing = &listing;
    // A refresh frees the parses after its writes, which want both cores (a first build's search
    // index takes one anyway, and its peak memory is lower with the parses gone early).
    withCache.keepParses = !firstBuild;
    LoadResult load = ProjectLoader::run(root, withCache);
    struct FreeParses
    {
        std::shared_ptr<void> &parses;
        ~FreeParses()
        {
            if (parses)
                destroyInBackground(std::move(parses));
        }
    } freeParses { load.parses };
    // The cache wrote the new parses while the graph was built: the database is ours again after this.
    const bool cacheWritten = cache.finish();
    result.snapshot = load.snapshot;
    result.filesRead = cache.filesRead();
    result.filesSkipped = cache.filesSkipped();
    result.filesRemoved = cache.filesRemoved();
    if ((options.cancel && options.cancel->load()) || !load.snapshot) {
        db.rollback();
        result.cancelled = true;
        result.milliseconds = timer.elapsed();
        return attempt;
    }
    if (options.stage)
        options.stage(LoadStage::Indexing);
    const IndexWriteResult written = db.write(*load.snapshot);
    if (!written.ok || !cacheWritten || !db.setMeta(QStringLiteral("inputs"), inputs)
        || !db.setMeta(QStringLiteral("shape"), shape)) {
        const QString error = written.error.isEmpty() ? db.connection().lastError() : written.error;
        const int code = written.errorCode != 0 ? written.errorCode : db.connection().lastErrorCode();
        db.rollback();
        attempt.damaged = isCorruptionCode(code);
        result.error = error;
    } else if (!db.commit()) {
        return failed(db, db.connection().lastError());
    } else {
        result.searchFilesWritten = written.searchFilesWritten;
        result.graphFingerprint = db.meta(QStringLiteral("graph"));
    }
    result.entities = int(load.snapshot->entities().size());
    result.milliseconds = timer.elapsed();
    return attempt;
}

} // namespace

IndexRefresh Indexer::refresh(const QString &rootPath, const RefreshOptions &refreshOptions)
{
    const auto &[options, verify, cached, wantSnapshot] = refreshOptions;
    QElapsedTimer timer;
    timer.start();
    const QString root = QFileInfo(rootPath).absoluteFilePath();
    Attempt attempt = refreshOnce(root, options, verify, cached, wantSnapshot, timer);
    if (!attempt.damaged)
        return attempt.result;
    // Damage a full check would have found turned up while reading or writing: start again from the files.
    IndexDatabase::moveAside(IndexDatabase::pathFor(root));
    attempt = refreshOnce(root, options, false, nullptr, wantSnapshot, timer);
    if (attempt.result.notice.isEmpty())
        attempt.result.notice = QCoreApplication::translate("Indexer", "The index was damaged; it is being rebuilt.");
    return attempt.result;
}

} // namespace storyloom
