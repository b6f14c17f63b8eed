// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph view on a big graph: a synthetic story graph of N entities and 3N
// relations is laid out (sfdp), put in the view's scene, and a full-scene frame
// is rendered through the graph view (as on screen: at that zoom the view
// shows the scene's overview) to an offscreen image at the zoom where the
// whole graph fits (labels hidden); the target is in benchmarks.py.
// `frame-cpu` is the painting thread's CPU time for the same frames,
// which a busy machine inflates less than the wall time.
#include "benchharness.h"

#include "core/layout/storygraphlayout.h"

#if __has_include("ui/graph/graphscene.h") && __has_include("core/analysis/graphfilter.h")
#include "core/analysis/graphfilter.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"
#define STORYLOOM_HAVE_GRAPH_VIEW 1
#endif

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <ctime>

using namespace storyloom;

namespace {

/** A story graph with the shape of StoryGraphLayout::synthetic (a few hubs, many leaves). */
Snapshot syntheticGraph(int nodes)
{
    const LayoutRequest shape = StoryGraphLayout::synthetic(nodes, nodes * 3);
    std::vector<Entity> entities;
    entities.reserve(shape.nodes.size());
    int i = 0;
    for (const LayoutNode &n : shape.nodes) {
        Entity e;
        e.id = n.id;
        e.type = allEntityTypes[i % 6]; // characters .. projects
        e.kind
            = e.type == EntityType::Story ? (i % 2 ? StoryKind::StatusQuo : StoryKind::ShinyFuture) : StoryKind::None;
        e.title = QStringLiteral("Entity number %1").arg(i++);
        e.source.path = e.id + QStringLiteral(".md");
        entities.push_back(std::move(e));
    }
    std::vector<Relation> relations;
    relations.reserve(shape.edges.size());
    for (const LayoutEdge &edge : shape.edges)
        relations.push_back(Relation { RelationKind::Links, edge.from, edge.to, {}, Provenance::Declared, {} });
    return std::make_shared<const StoryGraph>(QStringLiteral("/synthetic"), QStringLiteral("Synthetic"),
        ProjectFormat::Folder, std::move(entities), std::move(relations), Diagnostics {});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bench::BenchHarness harness(QStringLiteral("Time rendering a full-scene frame of a big graph."));
    harness.parser().addOption({ QStringLiteral("nodes"), QStringLiteral("Entities in the synthetic graph."),
        QStringLiteral("N"), QStringLiteral("5000") });
    harness.parse(QCoreApplication::arguments());
#ifndef STORYLOOM_HAVE_GRAPH_VIEW
    bench::unavailable(QStringLiteral("built without the graph view (ui/graph)"));
#else
    const int nodes = harness.parser().value(QStringLiteral("nodes")).toInt();
    const Snapshot graph = syntheticGraph(nodes);
    const LayoutResult layout = StoryGraphLayout::layout(*graph);
    if (!layout.ok())
        bench::fail(QStringLiteral("the layout failed"));
    GraphScene scene;
    QElapsedTimer timer;
    timer.start();
    scene.setContent(graph, GraphFilter().apply(*graph), layout.positions, {});
    harness.record(QStringLiteral("scene-build"), { double(timer.nsecsElapsed()) / 1e6 });
    harness.note(QStringLiteral("nodes"), scene.nodeCount());
    harness.note(QStringLiteral("edges"), scene.edgeCount());

    GraphView view(&scene);
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(1600, 1000);
    view.show();
    view.fitAll();
    harness.note(QStringLiteral("zoom"), view.zoom());
    harness.note(QStringLiteral("overview"), scene.isOverview() ? 1 : 0);

    const auto threadMs = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    };
    std::vector<double> cpu;
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    harness.measure(QStringLiteral("frame"), [&] {
        const double start = threadMs();
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view.render(&painter, QRectF(image.rect()), view.viewport()->rect(), Qt::KeepAspectRatio);
        painter.end();
        cpu.push_back(threadMs() - start);
    });
    if (!cpu.empty())
        cpu.erase(cpu.begin()); // the warm-up run
    harness.record(QStringLiteral("frame-cpu"), cpu);
    return harness.finish();
#endif
}
