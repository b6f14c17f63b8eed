// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Graph layout geometry (Graphviz sfdp through GraphLayout), the work the
// graph view does in the background: the whole wg-async graph and a synthetic
// graph of N nodes and 3N edges (targets: benchmarks.py).
#include "benchharness.h"

#include "core/extract/projectloader.h"
#include "core/layout/storygraphlayout.h"

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

    const int nodes = harness.parser().value(QStringLiteral("nodes")).toInt();
    const LayoutRequest big = StoryGraphLayout::synthetic(nodes, nodes * 3);
    harness.note(QStringLiteral("synthetic_nodes"), qint64(big.nodes.size()));
    harness.note(QStringLiteral("synthetic_edges"), qint64(big.edges.size()));
    harness.measure(QStringLiteral("synthetic"), [&] { ok = GraphLayout::compute(big).ok() && ok; }, 0);
    if (!ok)
        bench::fail(QStringLiteral("a layout reported errors"));
    return harness.finish();
}
