// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"

#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectscanner.h"
#include "core/index/graphtables.h"
#include "core/index/indexdatabase.h"
#include "core/index/indexparsecache.h"
#include "core/index/projecttexts.h"
#include "core/index/snapshotwriter.h"
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
    result.graphFingerprint = opened.database->meta(MetaKey::Graph);
    GraphTables graph(*opened.database);
    result.snapshot = graph.load(root);
    if (!result.snapshot && graph.lastReadWasCorrupt()) {
        const QString path = opened.database->path();
        opened.database.reset();
        IndexDatabase::moveAside(path);
        result.notice = QCoreApplication::translate("Indexer", "The index was damaged; it is being rebuilt.");
    }
    return result;
}

namespace {

/**
 * One try at a refresh, in steps: each returns whether there is more to do; the
 * result says what was done. `damaged` says the database turned out corrupt while
 * it was read or written.
 */
class RefreshRun
{
public:
    struct Outcome
    {
        IndexRefresh result;
        bool damaged = false;
    };

    RefreshRun(const QString &root, const LoadOptions &options, const QElapsedTimer &timer)
        : m_root(root)
        , m_options(options)
        , m_timer(timer)
        , m_texts(root)
    { }
    ~RefreshRun();
    RefreshRun(const RefreshRun &) = delete;
    RefreshRun &operator=(const RefreshRun &) = delete;

    Outcome execute(IndexDatabase::Verify verify, const CachedSnapshot *cached, bool wantSnapshot);

private:
    bool openIndex(IndexDatabase::Verify verify);
    bool beginWrite();
    bool matchParsesToConfig();
    bool listFolder();
    bool skipUnchanged();
    bool applyProseEdits();
    void rebuild();

    /** The graph the index holds is still right: hands back the caller's copy, else reads it (or only counts it). */
    [[nodiscard]] bool keepGraph();
    /** The project loaded straight from its files, when the index cannot be used. */
    bool loadWithoutIndex();
    /** Stops with the connection's last error, noting whether it means damage. */
    bool fail();

    const QString m_root;
    const LoadOptions &m_options;
    const QElapsedTimer &m_timer;
    const ProjectTexts m_texts;
    const CachedSnapshot *m_cached = nullptr;
    bool m_wantSnapshot = true;
    IndexRefresh m_result;
    bool m_damaged = false;

    std::unique_ptr<IndexDatabase> m_database;
    /** Switched to the rollback journal for a first build; back to WAL at the end. */
    bool m_firstBuild = false;
    ProjectConfig m_config;
    ProjectListing m_listing;
    QString m_inputs;
    QString m_shape;
    QHash<QString, FileRecord> m_known;
    std::optional<IndexParseCache> m_cache;
    /** The load's parses, freed after the writes (which want both cores). */
    std::shared_ptr<void> m_parses;
};

RefreshRun::~RefreshRun()
{
    if (m_parses)
        destroyInBackground(std::move(m_parses));
    m_cache.reset(); // waits for its writes: the connection is this thread's again
    if (m_database && m_database->inTransaction())
        m_database->rollback();
    if (m_database && m_firstBuild)
        (void)m_database->setJournal(IndexDatabase::Journal::Wal);
}

RefreshRun::Outcome RefreshRun::execute(IndexDatabase::Verify verify, const CachedSnapshot *cached, bool wantSnapshot)
{
    m_cached = cached;
    m_wantSnapshot = wantSnapshot;
    if (openIndex(verify) && beginWrite() && matchParsesToConfig() && listFolder() && skipUnchanged()
        && applyProseEdits())
        rebuild();
    m_result.milliseconds = m_timer.elapsed();
    return { std::move(m_result), m_damaged };
}

bool RefreshRun::openIndex(IndexDatabase::Verify verify)
{
    IndexDatabase::Opened opened = IndexDatabase::open(m_root, verify);
    m_result.notice = opened.notice;
    if (!opened.database) {
        m_result.error = opened.error;
        return loadWithoutIndex();
    }
    m_database = std::move(opened.database);
    return true;
}

bool RefreshRun::beginWrite()
{
    m_firstBuild = !m_database->hasSnapshot() && m_database->setJournal(IndexDatabase::Journal::Rollback);
    if (m_database->begin())
        return true;
    if (isCorruptionCode(m_database->connection().lastErrorCode()))
        return fail();
    m_result.error = QCoreApplication::translate("Indexer", "the index is busy or read-only (%1); it was not updated")
                         .arg(m_database->connection().lastError());
    return loadWithoutIndex();
}

bool RefreshRun::matchParsesToConfig()
{
    m_config = readProjectConfig(m_root);
    // Cached parses keep what the graph is built from with the configuration they were made
    // with (GraphBuilder::trim()): with another, every file is parsed again.
    const QString trimmedFor = GraphBuilder::trimKey(m_config);
    if (m_database->meta(MetaKey::Parses) != trimmedFor
        && !(IndexParseCache::forgetAll(*m_database) && m_database->setMeta(MetaKey::Parses, trimmedFor)))
        return fail();
    return true;
}

bool RefreshRun::listFolder()
{
    // The files' records are read on another thread while this one lists the folder (each takes
    // a while on a large project); the connection is that thread's until then.
    std::future<QHash<QString, FileRecord>> known
        = std::async(std::launch::async, [this] { return IndexParseCache::records(*m_database); });
    m_listing = listProject(m_root, m_config);
    const ListingFingerprints fingerprints = fingerprintListing(m_root, m_listing);
    m_inputs = QString::fromLatin1(fingerprints.inputs.toHex());
    m_shape = QString::fromLatin1(fingerprints.shape.toHex());
    // Read once for both tries below: one row per file of the project.
    m_known = known.get();
    return true;
}

bool RefreshRun::skipUnchanged()
{
    // Nothing on disk differs from what the index was built from: its snapshot is the answer.
    if (!m_database->hasSnapshot() || m_database->meta(MetaKey::Inputs) != m_inputs)
        return true;
    m_database->rollback();
    if (!keepGraph())
        return fail();
    m_result.filesSkipped = int(m_listing.markdown.size());
    return false;
}

bool RefreshRun::applyProseEdits()
{
    // Only prose was edited: the graph stays, the edited files' search text and parses are rewritten.
    if (!m_database->hasSnapshot() || m_database->meta(MetaKey::Shape) != m_shape)
        return true;
    const std::optional<TextEditsResult> edits
        = TextEdits::apply(*m_database, m_root, m_config, m_listing, m_known, m_options.maxFileSize);
    if (!edits)
        return true;
    if (!m_database->setMeta(MetaKey::Inputs, m_inputs) || !m_database->commit() || !keepGraph())
        return fail();
    m_result.filesRead = edits->filesRead;
    m_result.filesSkipped = int(m_listing.markdown.size()) - edits->filesRead;
    m_result.searchFilesWritten = edits->searchFilesWritten;
    return false;
}

void RefreshRun::rebuild()
{
    IndexDatabase &db = *m_database;
    m_cache.emplace(db, std::move(m_known));
    LoadOptions withCache = m_options;
    withCache.cache = &*m_cache;
    withCache.listing = &m_listing;
    // A refresh frees the parses after its writes, which want both cores (a first build's search
    // index takes one anyway, and its peak memory is lower with the parses gone early).
    withCache.keepParses = !m_firstBuild;
    LoadResult load = ProjectLoader::run(m_root, withCache);
    m_parses = std::move(load.parses);
    // The cache wrote the new parses while the graph was built: the database is ours again after this.
    const bool cacheWritten = m_cache->finish();
    m_result.snapshot = load.snapshot;
    m_result.filesRead = m_cache->filesRead();
    m_result.filesSkipped = m_cache->filesSkipped();
    m_result.filesRemoved = m_cache->filesRemoved();
    if ((m_options.cancel && m_options.cancel->load()) || !load.snapshot) {
        db.rollback();
        m_result.cancelled = true;
        return;
    }
    if (m_options.stage)
        m_options.stage(LoadStage::Indexing);
    SnapshotWriteOptions writeOptions;
    writeOptions.texts = &m_texts;
    const IndexWriteResult written = SnapshotWriter::write(db, *load.snapshot, writeOptions);
    m_result.entities = int(load.snapshot->entities().size());
    if (!written.ok || !cacheWritten || !db.setMeta(MetaKey::Inputs, m_inputs)
        || !db.setMeta(MetaKey::Shape, m_shape)) {
        const QString error = written.error.isEmpty() ? db.connection().lastError() : written.error;
        const int code = written.errorCode != 0 ? written.errorCode : db.connection().lastErrorCode();
        db.rollback();
        m_damaged = isCorruptionCode(code);
        m_result.error = error;
    } else if (!db.commit()) {
        fail();
    } else {
        m_result.searchFilesWritten = written.searchFilesWritten;
        m_result.graphFingerprint = db.meta(MetaKey::Graph);
    }
}

bool RefreshRun::keepGraph()
{
    m_result.graphKept = true;
    m_result.graphFingerprint = m_database->meta(MetaKey::Graph);
    GraphTables graph(*m_database);
    if (m_cached && m_cached->snapshot && m_cached->graphFingerprint == m_result.graphFingerprint)
        m_result.snapshot = m_cached->snapshot;
    else if (m_wantSnapshot)
        m_result.snapshot = graph.load(m_root);
    if (m_result.snapshot) {
        m_result.entities = int(m_result.snapshot->entities().size());
        return true;
    }
    if (graph.lastReadWasCorrupt())
        m_damaged = true;
    const std::optional<qint64> count = m_wantSnapshot ? std::nullopt : graph.entityCount();
    m_result.entities = int(count.value_or(0));
    return count.has_value();
}

bool RefreshRun::loadWithoutIndex()
{
    const LoadResult load = ProjectLoader::run(m_root, m_options);
    m_result.snapshot = load.snapshot;
    m_result.entities = load.snapshot ? int(load.snapshot->entities().size()) : 0;
    m_result.filesRead = load.filesParsed;
    m_result.cancelled = m_options.cancel && m_options.cancel->load();
    return false;
}

bool RefreshRun::fail()
{
    m_damaged = m_damaged || isCorruptionCode(m_database->connection().lastErrorCode());
    m_result.error = m_database->connection().lastError();
    return false;
}

} // namespace

IndexRefresh Indexer::refresh(const QString &rootPath, const RefreshOptions &refreshOptions)
{
    const auto &[options, verify, cached, wantSnapshot] = refreshOptions;
    QElapsedTimer timer;
    timer.start();
    const QString root = QFileInfo(rootPath).absoluteFilePath();
    const IndexDatabase::Verify check = verify ? IndexDatabase::Verify::Yes : IndexDatabase::Verify::No;
    RefreshRun::Outcome outcome = RefreshRun(root, options, timer).execute(check, cached, wantSnapshot);
    if (!outcome.damaged)
        return std::move(outcome.result);
    // Damage a full check would have found turned up while reading or writing: start again from the files.
    IndexDatabase::moveAside(IndexDatabase::pathFor(root));
    outcome = RefreshRun(root, options, timer).execute(IndexDatabase::Verify::No, nullptr, wantSnapshot);
    if (outcome.result.notice.isEmpty())
        outcome.result.notice = QCoreApplication::translate("Indexer", "The index was damaged; it is being rebuilt.");
    return std::move(outcome.result);
}

} // namespace storyloom
