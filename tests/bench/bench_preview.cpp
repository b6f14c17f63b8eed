// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown page -> preview HTML. Measures plain libcmark-gfm in process (the
// floor any pipeline pays) and Storyloom's full preview pipeline
// (MarkdownRenderer: cmark-gfm + highlighted code + safety rules) on the same page:
// cold (no highlighted block cached) and again after a one-character edit in
// the prose (what live typing costs: unchanged code blocks come from the cache).
#include "benchharness.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#if __has_include("ui/preview/markdownrenderer.h")
#include "ui/preview/markdownrenderer.h"
#define STORYLOOM_HAVE_PREVIEW 1
#endif

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdlib>

using namespace storyloom;

namespace {

/** The same extensions the cmark-gfm CLI reference runs with. */
qsizetype renderWithCmark(const QByteArray &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : { "table", "strikethrough", "autolink", "tagfilter", "tasklist" }) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *document = cmark_parser_finish(parser);
    char *html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    const qsizetype length = qsizetype(qstrlen(html));
    std::free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return length;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchHarness harness(QStringLiteral("Time Markdown to preview HTML for one page."));
    harness.parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project folder."));
    harness.parser().addPositionalArgument(QStringLiteral("PAGE"), QStringLiteral("The Markdown file."));
    harness.parse(QCoreApplication::arguments());
    const QStringList args = harness.parser().positionalArguments();
    if (args.size() != 2 || !QFileInfo(args.at(0)).isDir())
        bench::fail(QStringLiteral("usage: bench_preview [--iterations N] PROJECT PAGE"));
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        bench::fail(QStringLiteral("cannot read %1").arg(args.at(1)));
    const QByteArray markdown = file.readAll();

    qsizetype htmlSize = 0;
    const auto cmark = [&] { htmlSize = renderWithCmark(markdown); };
#ifdef STORYLOOM_HAVE_PREVIEW
    RenderOptions options;
    options.projectRoot = QFileInfo(args.at(0)).absoluteFilePath();
    options.fileDir = QFileInfo(args.at(1)).absolutePath();
    qsizetype pipelineSize = 0;
    const QString text = QString::fromUtf8(markdown);
    // From the file's bytes to the final HTML, as the preview pane gets it, with no code block cached.
    std::vector<RenderTimings> parts;
    const auto cold = [&] {
        CodeHighlighter::clearCache();
        const RenderResult result = MarkdownRenderer::render(QString::fromUtf8(markdown), options);
        pipelineSize = result.html.size();
        parts.push_back(result.timings);
    };
    // Typing: one character more in the prose, alternating, so every render sees changed text.
    const qsizetype at = std::max<qsizetype>(0, text.indexOf(QStringLiteral(". "), text.size() / 2));
    const QString edited[2] = { QString(text).insert(at, u'x'), QString(text).insert(at, u'y') };
    int turn = 0;
    qint64 editHighlighted = 0;
    const auto edit = [&] {
        const qint64 before = CodeHighlighter::highlightedBlocks();
        pipelineSize = MarkdownRenderer::render(edited[turn++ % 2], options).html.size();
        editHighlighted += CodeHighlighter::highlightedBlocks() - before;
    };
    // Interleaved, one of each per round: the ratios are taken round by round, so a busy stretch of the
    // machine slows both sides of a pair instead of one whole series.
    harness.measureInterleaved({ { QStringLiteral("cmark-library"), cmark }, { QStringLiteral("pipeline"), cold },
        { QStringLiteral("pipeline-edit"), edit } });
    parts.erase(parts.begin()); // the warm-up round
    harness.note(QStringLiteral("pipeline_html_chars"), pipelineSize);
    harness.note(QStringLiteral("edit_blocks_highlighted"), editHighlighted);
    // The median of each stage of the cold render, in ms.
    auto median = [&parts](qint64 RenderTimings::*member) {
        std::vector<qint64> values;
        for (const RenderTimings &t : parts)
            values.push_back(t.*member);
        std::nth_element(values.begin(), values.begin() + qsizetype(values.size() / 2), values.end());
        return values.empty() ? 0.0 : double(values[values.size() / 2]) / 1e6;
    };
    harness.note(QStringLiteral("cold_prepare_ms"), median(&RenderTimings::prepareNs));
    harness.note(QStringLiteral("cold_parse_ms"), median(&RenderTimings::parseNs));
    harness.note(QStringLiteral("cold_walk_ms"), median(&RenderTimings::walkNs));
    harness.note(QStringLiteral("cold_code_ms"), median(&RenderTimings::codeNs));
    harness.note(QStringLiteral("cold_html_ms"), median(&RenderTimings::htmlNs));
#else
    harness.measure(QStringLiteral("cmark-library"), cmark);
#endif
    harness.note(QStringLiteral("markdown_bytes"), markdown.size());
    harness.note(QStringLiteral("cmark_html_bytes"), htmlSize);
    return harness.finish();
}
