// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The work `mdbook build` does, the Storyloom way: load the project and write
// every page's standalone preview HTML (MarkdownRenderer, pages rendered in
// parallel on the global thread pool) into an output folder.
#include "benchharness.h"

#include "core/extract/projectloader.h"

#if __has_include("ui/preview/markdownrenderer.h")
#include "ui/preview/markdownrenderer.h"
#define STORYLOOM_HAVE_PREVIEW 1
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QThreadPool>

#include <atomic>

using namespace storyloom;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchHarness harness(QStringLiteral("Time loading a project and rendering every page to HTML files."));
    harness.parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project folder."));
    harness.parse(QCoreApplication::arguments());
    const QStringList args = harness.parser().positionalArguments();
    if (args.size() != 1 || !QFileInfo(args.first()).isDir())
        bench::fail(QStringLiteral("usage: bench_book [--iterations N] PROJECT"));
#ifndef STORYLOOM_HAVE_PREVIEW
    bench::unavailable(QStringLiteral("built without the preview pipeline (ui/preview/markdownrenderer.h)"));
#else
    const QString root = QFileInfo(args.first()).absoluteFilePath();
    QTemporaryDir out;
    std::atomic_int pages = 0;
    std::atomic_int failures = 0;
    harness.measure(QStringLiteral("load+render"), [&] {
        const Snapshot graph = ProjectLoader::load(root);
        QSet<QString> files;
        for (const Entity &e : graph->entities()) {
            if (!e.source.path.isEmpty())
                files.insert(QDir(root).absoluteFilePath(e.source.path));
        }
        pages = 0;
        for (const QString &path : std::as_const(files)) {
            QThreadPool::globalInstance()->start([&, path] {
                QFile in(path);
                if (!in.open(QIODevice::ReadOnly)) {
                    ++failures;
                    return;
                }
                RenderOptions options;
                options.projectRoot = root;
                options.fileDir = QFileInfo(path).absolutePath();
                const RenderResult result = MarkdownRenderer::render(QString::fromUtf8(in.readAll()), options);
                const QString html = MarkdownRenderer::standaloneHtml(result, result.title, PreviewTheme::Light);
                QFile file(out.filePath(QString::number(qHash(path), 16) + QStringLiteral(".html")));
                if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
                    ++failures;
                ++pages;
            });
        }
        QThreadPool::globalInstance()->waitForDone();
    });
    if (failures > 0)
        bench::fail(QStringLiteral("%1 pages could not be read or written").arg(failures.load()));
    harness.note(QStringLiteral("pages"), pages.load());
    return harness.finish();
#endif
}
