// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a project's roadmap as SVG and PDF, and renders the SVG with
// QSvgRenderer, under whatever fonts the environment gives (test_exportpictures
// runs it with a fontconfig file that hides DejaVu Sans). A separate process,
// because fontconfig is read once per process.
//   usage: storyloom-export-picture-child PROJECT OUTDIR
#include "core/export/diagramlayout.h"
#include "core/extract/projectloader.h"
#include "core/roadmap/roadmapdiagram.h"
#include "ui/export/diagramexporter.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

using namespace storyloom;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: %s PROJECT OUTDIR\n", argv[0]);
        return 2;
    }
    const Snapshot graph = ProjectLoader::load(arguments.at(1));
    if (!graph)
        return 1;
    Diagram diagram = buildRoadmapDiagram(*graph, RoadmapDiagramOptions());
    layoutDiagram(diagram);
    const QDir out(arguments.at(2));
    for (ExportFormat format : { ExportFormat::Svg, ExportFormat::Pdf }) {
        QFile file(out.filePath(QStringLiteral("roadmap.") + DiagramExporter::suffix(format)));
        if (!file.open(QIODevice::WriteOnly) || file.write(DiagramExporter::write(diagram, format).bytes) < 0)
            return 1;
    }
    QSvgRenderer svg(out.filePath(QStringLiteral("roadmap.svg")));
    if (!svg.isValid())
        return 1;
    QImage picture(diagramFrame(diagram).size.toSize(), QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    svg.render(&painter, QRectF(QPointF(0, 0), diagramFrame(diagram).size));
    painter.end();
    return picture.save(out.filePath(QStringLiteral("svg.png"))) ? 0 : 1;
}
