// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI figures without a reference:
//  - keystroke to preview: 200 synthetic keystrokes into a page's editor, each
//    timed until the preview shows the new text (p50/p95);
//  - with --window: the main window with a project and one page open, shown
//    and left running, for bench_firstwindow to time and weigh like ghostwriter.
#include "benchharness.h"

#include "core/extract/projectloader.h"
#include "core/project/project.h"
#include "ui/mainwindow/mainwindow.h"

#if __has_include("ui/editor/markdowneditor.h") && __has_include("ui/preview/previewscheduler.h")
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"
#define STORYLOOM_HAVE_EDITOR 1
#endif

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTest>

using namespace storyloom;

namespace {

/** The id of the entity that is the whole file at `page`. */
QString entityForFile(const StoryGraph &graph, const QString &root, const QString &page)
{
    const QString relative = QDir(root).relativeFilePath(QFileInfo(page).absoluteFilePath());
    if (const Entity *e = graph.entityForPath(relative))
        return e->id;
    for (const Entity &e : graph.entities()) {
        if (QDir(root).absoluteFilePath(e.source.path) == QFileInfo(page).absoluteFilePath())
            return e.id;
    }
    bench::fail(QStringLiteral("no entity for %1").arg(page));
}

int showWindow(const QString &root, const QString &page)
{
    MainWindow window;
    window.openProject(root);
    window.project()->waitForLoaded();
    window.openEntity(entityForFile(*window.project()->snapshot(), root, page));
    window.resize(1400, 900);
    window.show();
    return QApplication::exec(); // until bench_firstwindow stops it
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bench::BenchHarness harness(
        QStringLiteral("Time keystroke-to-preview latency; or show a window with a page open."));
    harness.parser().addOption(
        { QStringLiteral("window"), QStringLiteral("Show the main window with PAGE open and keep running.") });
    harness.parser().addOption({ QStringLiteral("keystrokes"), QStringLiteral("How many keystrokes to time."),
        QStringLiteral("N"), QStringLiteral("200") });
    harness.parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project folder."));
    harness.parser().addPositionalArgument(QStringLiteral("PAGE"), QStringLiteral("The Markdown file to open."));
    harness.parse(QCoreApplication::arguments());
    const QStringList args = harness.parser().positionalArguments();
    if (args.size() != 2 || !QFileInfo(args.at(0)).isDir() || !QFileInfo(args.at(1)).isFile())
        bench::fail(QStringLiteral("usage: bench_gui [--window] [--keystrokes N] PROJECT PAGE"));
    const QString root = QFileInfo(args.at(0)).absoluteFilePath();
    if (harness.parser().isSet(QStringLiteral("window")))
        return showWindow(root, args.at(1));

#ifndef STORYLOOM_HAVE_EDITOR
    bench::unavailable(QStringLiteral("built without the editor and live preview (ui/editor, ui/preview)"));
#else
    const Snapshot graph = ProjectLoader::load(root);
    EntityPage page(graph, entityForFile(*graph, root, args.at(1)));
    page.resize(1400, 900);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        bench::fail(QStringLiteral("the page was never shown"));
    // Wait for the first preview.
    QElapsedTimer timer;
    timer.start();
    while (page.lastRender().html.isEmpty() && timer.elapsed() < 10000)
        QTest::qWait(5);
    if (page.lastRender().html.isEmpty())
        bench::fail(QStringLiteral("no preview within 10 s of opening"));

    MarkdownEditor *editor = page.findChild<MarkdownEditor *>(QStringLiteral("markdownEditor"));
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(editor->document()->characterCount() / 2);
    editor->setTextCursor(cursor);
    editor->setFocus();
    const int keystrokes = harness.quick() ? 20 : harness.parser().value(QStringLiteral("keystrokes")).toInt();
    std::vector<double> latencies;
    const QString typed = QStringLiteral("the quick brown fox jumps over the lazy dog ");
    for (int i = 0; i < keystrokes; ++i) {
        const QString before = page.lastRender().html;
        timer.restart();
        QTest::keyClick(editor, typed.at(i % typed.size()).toLatin1());
        while (page.lastRender().html == before && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        QCoreApplication::processEvents(); // let the browser lay out and paint what it was given
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (timer.elapsed() >= 5000)
            bench::fail(QStringLiteral("the preview did not follow keystroke %1 within 5 s").arg(i));
    }
    harness.record(QStringLiteral("keystroke-to-preview"), latencies);
    harness.note(QStringLiteral("page_bytes"), QFileInfo(args.at(1)).size());
    harness.note(QStringLiteral("peak_rss_kb_with_page"), bench::BenchHarness::peakRssKb());
    return harness.finish();
#endif
}
