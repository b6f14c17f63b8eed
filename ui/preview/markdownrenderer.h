// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/preview/codehighlighter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace storyloom {

/** How one Markdown file becomes preview HTML. */
struct RenderOptions
{
    PreviewTheme theme = PreviewTheme::Light;
    /** The absolute project folder: file: links and images must stay inside it. */
    QString projectRoot;
    /** The absolute folder of the file being rendered (relative images resolve from it). */
    QString fileDir;
    /** Insert `<a name="L<line>">` anchors before blocks, for scroll sync. */
    bool sourceAnchors = true;
};

/** Where one render spent its time (nanoseconds), for the benchmark's breakdown. */
struct RenderTimings
{
    /** Front matter split and the text's conversion to UTF-8. */
    qint64 prepareNs = 0;
    qint64 parseNs = 0;
    /** The tree walk and its edits: anchors, emoji, links, images (code excluded). */
    qint64 walkNs = 0;
    /** Code blocks to HTML (highlighting, or the cache). */
    qint64 codeNs = 0;
    /** cmark's HTML rendering, the properties box and the conversion back to QString. */
    qint64 htmlNs = 0;
};

/** The preview of one file: the HTML body fragment and what scroll sync needs. */
struct RenderResult
{
    QString html;
    /** The file lines (1-based, ascending) that have an `L<line>` anchor in the HTML. */
    QList<int> anchorLines;
    /** The first heading's text, for window titles and standalone exports. */
    QString title;
    RenderTimings timings;
};

/**
 * The one Markdown → HTML pipeline of Storyloom, shared by the preview pane,
 * the exports, `storyloom-cli render` and the benchmarks. cmark-gfm (tables,
 * strikethrough, autolinks, task lists) with fenced code highlighted by
 * KSyntaxHighlighting, front matter shown as a properties box, and safety
 * rules applied in the same tree walk: the author's raw HTML is not rendered,
 * script and outside file: links lose their link, remote images become a
 * placeholder and are never fetched. A pure function: safe on any thread.
 */
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::MarkdownRenderer)

public:
    [[nodiscard]] static RenderResult render(const QString &text, const RenderOptions &options = {});

    /** The preview style sheet for `theme` (what QTextBrowser and exports use). */
    [[nodiscard]] static QString styleSheet(PreviewTheme theme);
    /** A complete HTML document around a rendered body, with the style sheet inline. */
    [[nodiscard]] static QString standaloneHtml(const RenderResult &result, const QString &title, PreviewTheme theme);
};

} // namespace storyloom
