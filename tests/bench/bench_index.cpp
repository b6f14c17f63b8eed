// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The index in process: a cold build (load the project, write the snapshot
// and the FTS5 text into a new database), a reopen to a usable snapshot, and
// the latency of each query of a list (the runner reports the 95th percentile).
#include "benchharness.h"

#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectloader.h"
#include "core/extract/projectscanner.h"
#include "core/index/graphtables.h"
#include "core/index/indexdatabase.h"
#include "core/index/indexparsecache.h"
#include "core/index/projecttexts.h"
#include "core/index/searcher.h"
#include "core/index/snapshotwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace storyloom;

namespace {

/**
 * One refresh the way Indexer::refresh does it (parse cache in the index,
 * one transaction), with each stage timed, to find where the time goes.
 * Notes `<label>-<stage>` in milliseconds.
 */
void refreshBreakdown(bench::BenchHarness &harness, const QString &dbPath, const QString &root, const QString &label)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer stage;
    stage.start();
    double cpuBefore = bench::BenchHarness::cpuMs();
    auto lap = [&](const char *name) {
        const double cpu = bench::BenchHarness::cpuMs();
        harness.note(label + u'-' + QLatin1StringView(name),
            QStringLiteral("%1 ms (CPU %2 ms)").arg(stage.elapsed()).arg(qRound64(cpu - cpuBefore)));
        cpuBefore = cpu;
        stage.restart();
    };
    IndexDatabase::Opened opened = IndexDatabase::openFile(dbPath);
    if (!opened.database || !opened.database->begin())
        bench::fail(QStringLiteral("cannot open the index for the breakdown"));
    lap("open");
    IndexParseCache cache(*opened.database, IndexParseCache::records(*opened.database));
    lap("files-table");
    const ProjectConfig config = readProjectConfig(root);
    ScanOptions options;
    options.cache = &cache;
    ScanResult scan = scanProject(root, config, options);
    lap("scan");
    const Snapshot graph = GraphBuilder(root, config).build(std::move(scan));
    lap("graph");
    const ProjectTexts texts(root);
    SnapshotWriteOptions writeOptions;
    writeOptions.texts = &texts;
    const IndexWriteResult written = SnapshotWriter::write(*opened.database, *graph, writeOptions);
    if (!written.ok)
        bench::fail(QStringLiteral("writing the index failed: %1").arg(written.error));
    lap("write");
    if (!opened.database->commit())
        bench::fail(QStringLiteral("commit failed"));
    lap("commit");
    harness.note(label + QStringLiteral("-total"), double(total.nsecsElapsed()) / 1e6);
    harness.note(label + QStringLiteral("-parsed"), cache.filesRead());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchHarness harness(QStringLiteral("Time index build, reopen and search on a project."));
    harness.parser().addOption({ QStringLiteral("cold-runs"), QStringLiteral("How many cold builds to time."),
        QStringLiteral("N"), QStringLiteral("1") });
    harness.parser().addOption({ QStringLiteral("breakdown"),
        QStringLiteral("Also time the stages of a cold and an unchanged refresh (notes).") });
    harness.parser().addOption({ QStringLiteral("search-in-place"),
        QStringLiteral("Fill the search index of a cold build with plain INSERTs (SearchBuild::InPlace).") });
    harness.parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project folder."));
    harness.parser().addPositionalArgument(
        QStringLiteral("QUERIES"), QStringLiteral("A UTF-8 file of queries, one a line (# starts a comment line)."));
    harness.parse(QCoreApplication::arguments());
    const QStringList args = harness.parser().positionalArguments();
    if (args.size() != 2 || !QFileInfo(args.first()).isDir())
        bench::fail(QStringLiteral("usage: bench_index [--iterations N] [--cold-runs N] PROJECT QUERIES"));
    const QString root = QFileInfo(args.at(0)).absoluteFilePath();
    QFile queryFile(args.at(1));
    if (!queryFile.open(QIODevice::ReadOnly))
        bench::fail(QStringLiteral("cannot read %1").arg(args.at(1)));
    QStringList queries;
    for (const QString &line : QString::fromUtf8(queryFile.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
            queries.append(line.trimmed());
    }

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("index.db"));
    if (harness.parser().isSet(QStringLiteral("breakdown"))) {
        const QString refreshPath = dir.filePath(QStringLiteral("refresh.db"));
        refreshBreakdown(harness, refreshPath, root, QStringLiteral("refresh-cold"));
        refreshBreakdown(harness, refreshPath, root, QStringLiteral("refresh-unchanged"));
    }
    std::vector<double> cold;
    const SearchBuild searchBuild
        = harness.parser().isSet(QStringLiteral("search-in-place")) ? SearchBuild::InPlace : SearchBuild::Apart;
    const int coldRuns = qMax(1, harness.parser().value(QStringLiteral("cold-runs")).toInt());
    for (int i = 0; i < coldRuns; ++i) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(dbPath + suffix);
        QElapsedTimer timer;
        timer.start();
        IndexDatabase::Opened opened = IndexDatabase::openFile(dbPath);
        if (!opened.database)
            bench::fail(QStringLiteral("cannot open the index: %1").arg(opened.error));
        const Snapshot graph = ProjectLoader::load(root);
        SnapshotWriteOptions writeOptions;
        writeOptions.searchBuild = searchBuild;
        const IndexWriteResult written = SnapshotWriter::write(*opened.database, *graph, writeOptions);
        if (!written.ok)
            bench::fail(QStringLiteral("writing the index failed: %1").arg(written.error));
        cold.push_back(double(timer.nsecsElapsed()) / 1e6);
        harness.note(QStringLiteral("documents"), written.searchFilesWritten);
        harness.note(QStringLiteral("entities"), qint64(graph->entities().size()));
    }
    harness.record(QStringLiteral("cold"), cold);
    harness.note(QStringLiteral("cold_peak_rss_kb"), bench::BenchHarness::peakRssKb());

    // A reopen is timed up to a usable snapshot. The snapshots are kept until the end: an
    // application opens a project once, so freeing the previous one is no part of its reopen.
    std::vector<Snapshot> reopened;
    std::vector<double> reopenMs;
    for (int i = 0; i <= harness.iterations(); ++i) { // the first run warms the page cache
        QElapsedTimer timer;
        timer.start();
        IndexDatabase::Opened opened = IndexDatabase::openFile(dbPath);
        reopened.push_back(opened.database ? GraphTables(*opened.database).load(root) : nullptr);
        if (i > 0)
            reopenMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!reopened.back())
            bench::fail(QStringLiteral("the reopened index has no snapshot"));
    }
    harness.record(QStringLiteral("reopen"), reopenMs);
    reopened.clear();

    IndexDatabase::Opened opened = IndexDatabase::openFile(dbPath);
    const Searcher searcher(opened.database->connection(), root);
    std::vector<double> latencies;
    qint64 hits = 0;
    for (int pass = 0; pass < 2; ++pass) { // the first pass warms the page cache, the second is timed
        for (const QString &q : queries) {
            SearchQuery query(q);
            query.limit = 20;
            QElapsedTimer timer;
            timer.start();
            const SearchResult result = searcher.search(query);
            if (pass == 1) {
                latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
                hits += result.hits.size();
            }
        }
    }
    harness.record(QStringLiteral("search"), latencies);

    // Type-ahead: the first three letters of each query's first word as a prefix query,
    // the way the search panel asks while one types.
    std::vector<double> typeAhead;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &q : queries) {
            const QString word = q.section(u' ', 0, 0);
            if (word.size() < 3)
                continue;
            SearchQuery query(word.left(3));
            query.prefixLastWord = true;
            query.limit = 20;
            QElapsedTimer timer;
            timer.start();
            const SearchResult result = searcher.search(query);
            if (pass == 1)
                typeAhead.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!result.ok())
                bench::fail(QStringLiteral("type-ahead query failed: %1").arg(result.error));
        }
    }
    if (!typeAhead.empty())
        harness.record(QStringLiteral("typeahead"), typeAhead);
    harness.note(QStringLiteral("queries"), qint64(queries.size()));
    harness.note(QStringLiteral("hits"), hits);
    return harness.finish();
}
