// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Graph layout geometry (Graphviz sfdp through GraphLayout), the work the
// graph view does in the background: the whole wg-async graph and a synthetic
// graph of N nodes and 3N edges; and the story map (StoryMapLayout) of the
// project and, with --map-project, of a large synthetic project (targets:
// benchmarks.py).
#include "benchharness.h"

#include "core/extract/projectloader.h"
#include "core/layout/storygraphlayout.h"
#include "core/layout/storymaplayout.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace storyloom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchHarness harness(
        QStringLiteral("Time graph layouts: a project's whole graph and a synthetic big graph."));
    harness.parser().addOption({ QStringLiteral("nodes"), QStringLiteral("Nodes of the synthetic graph."),
        QStringLiteral("N"), QStringLiteral("5000") });
    harness.parser().addOption({ QStringLiteral("map-project"),
        QStringLiteral("A large project whose story map is timed too."), QStringLiteral("DIR") });
    harness.parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project folder."));
    harness.parse(QCoreApplication::arguments());
    const QStringList args = harness.parser().positionalArguments();
    if (args.size() != 1 || !QFileInfo(args.first()).isDir())
        bench::fail(QStringLiteral("usage: bench_layout [--iterations N] [--nodes N] PROJECT"));

    const Snapshot graph = ProjectLoader::load(args.first());
    if (!graph)
        bench::fail(QStringLiteral("the loader returned no snapshot"));
    const LayoutRequest projectRequest = StoryGraphLayout::request(*graph);
    harness.note(QStringLiteral("project_nodes"), qint64(projectRequest.nodes.size()));
    harness.note(QStringLiteral("project_edges"), qint64(projectRequest.edges.size()));
    bool ok = true;
    harness.measure(QStringLiteral("project"), [&] { ok = GraphLayout::compute(projectRequest).ok() && ok; });
    // The story map's first complete picture: columns, groups, order, routed lines.
    harness.note(QStringLiteral("map_boxes"), qint64(StoryMapLayout::compute(*graph).items.size()));
    harness.measure(QStringLiteral("storymap"), [&] { ok = !StoryMapLayout::compute(*graph).items.empty() && ok; });
    if (const QString big = harness.parser().value(QStringLiteral("map-project")); !big.isEmpty()) {
        const Snapshot large = ProjectLoader::load(big);
        if (!large)
            bench::fail(QStringLiteral("the loader returned no snapshot for the map project"));
        const StoryMap map = StoryMapLayout::compute(*large);
        harness.note(QStringLiteral("map_large_entities"), qint64(large->entities().size()));
        harness.note(QStringLiteral("map_large_relations"), qint64(large->relations().size()));
        harness.note(QStringLiteral("map_large_boxes"), qint64(map.items.size()));
        harness.measure(
            QStringLiteral("storymap-large"), [&] { ok = !StoryMapLayout::compute(*large).items.empty() && ok; }, 0);
    }

    const int nodes = harness.parser().value(QStringLiteral("nodes")).toInt();
    const LayoutRequest big = StoryGraphLayout::synthetic(nodes, nodes * 3);
    harness.note(QStringLiteral("synthetic_nodes"), qint64(big.nodes.size()));
    harness.note(QStringLiteral("synthetic_edges"), qint64(big.edges.size()));
    harness.measure(QStringLiteral("synthetic"), [&] { ok = GraphLayout::compute(big).ok() && ok; }, 0);
    if (!ok)
        bench::fail(QStringLiteral("a layout reported errors"));
    return harness.finish();
}
