// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a project (scan, parse, classify, extract) the way the GUI and CLI do,
// and reports the wall time of each whole load (the target is in benchmarks.py).
// Also times the graph build alone, from parses already in memory: what every
// graph-changing refresh of the index pays once its cached parses are read,
// and the suggested relations (RelationSuggester) on top of a load.
#include "benchharness.h"

#include "core/analysis/relationsuggester.h"
#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectloader.h"
#include "core/extract/projectscanner.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace storyloom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchHarness harness(QStringLiteral("Time ProjectLoader::load on a project folder."));
    harness.parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project folder."));
    harness.parse(QCoreApplication::arguments());
    const QStringList args = harness.parser().positionalArguments();
    if (args.size() != 1 || !QFileInfo(args.first()).isDir())
        bench::fail(QStringLiteral("usage: bench_load [--iterations N] PROJECT"));
    const QString root = args.first();

    Snapshot last;
    harness.measure(QStringLiteral("load"), [&] { last = ProjectLoader::load(root); });
    if (!last)
        bench::fail(QStringLiteral("the loader returned no snapshot"));
    size_t suggestions = 0;
    harness.measure(QStringLiteral("load+suggest"),
        [&] { suggestions = RelationSuggester::suggest(*ProjectLoader::load(root)).size(); });
    harness.measure(QStringLiteral("suggest"), [&] { suggestions = RelationSuggester::suggest(*last).size(); });
    harness.note(QStringLiteral("suggestions"), qint64(suggestions));

    const QString absolute = QFileInfo(root).absoluteFilePath();
    const ProjectConfig config = readProjectConfig(absolute);
    ScanOptions options;
    options.trim
        = [&config](const QString &path, ParsedDocument &document) { GraphBuilder::trim(path, document, config); };
    const ScanResult scan = scanProject(absolute, config, options);
    harness.measure(QStringLiteral("build"), [&] {
        GraphBuilder builder(absolute, config);
        last = builder.build(scan); // a copy that shares the parses, as the cache hands them over
    });
    harness.note(QStringLiteral("entities"), qint64(last->entities().size()));
    harness.note(QStringLiteral("relations"), qint64(last->relations().size()));
    harness.note(QStringLiteral("errors"), last->errorCount());
    return harness.finish();
}
