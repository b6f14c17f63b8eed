// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/markdownrenderer.h"

#include "core/parse/cmarktree.h"
#include "core/parse/conflictmarkers.h"
#include "core/parse/parseddocument.h"
#include "ui/preview/emoji.h"
#include "ui/preview/frontmatterbox.h"
#include "ui/preview/urlpolicy.h"

#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

namespace storyloom {

namespace {

QString conflictNotice(const QList<ConflictRegion> &conflicts, PreviewTheme theme)
{
    const bool dark = theme == PreviewTheme::Dark;
    const QString heading = QCoreApplication::translate("storyloom::MarkdownRenderer",
        "This page has an unresolved sync conflict (%n change(s))", nullptr, int(conflicts.size()));
    const QString body = QCoreApplication::translate("storyloom::MarkdownRenderer",
        "Your version and the other one are both in the text, between conflict markers, from line %1 to line %2. "
        "Choose Resolve… above the editor to pick a version for each change; the preview comes back once the "
        "file is resolved.")
                             .arg(conflicts.first().begin)
                             .arg(conflicts.last().end);
    return QStringLiteral("<table width=\"100%\" cellpadding=\"10\"><tr><td bgcolor=\"%1\" style=\"color:%2\">"
                          "<p><b>%3</b></p><p>%4</p></td></tr></table>")
        .arg(dark ? QStringLiteral("#4a1d22") : QStringLiteral("#f8d7da"),
            dark ? QStringLiteral("#f0d0d3") : QStringLiteral("#1f2328"), heading.toHtmlEscaped(),
            body.toHtmlEscaped());
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

bool isType(cmark_node *node, const char *name)
{
    return qstrcmp(cmark_node_get_type_string(node), name) == 0;
}

cmark_node *htmlNode(cmark_node_type type, const char *html)
{
    cmark_node *node = cmark_node_new(type);
    cmark_node_set_literal(node, html);
    return node;
}

cmark_node *htmlNode(cmark_node_type type, const QString &html)
{
    return htmlNode(type, html.toUtf8().constData());
}

/** `<a name="L<line>"></a>` without a QString round trip (one per block: they add up). */
cmark_node *lineAnchor(int line)
{
    char html[48];
    std::snprintf(html, sizeof html, "<a name=\"L%d\"></a>", line);
    return htmlNode(CMARK_NODE_HTML_INLINE, html);
}

bool startsWith(const char *text, const char *prefix)
{
    return std::strncmp(text, prefix, std::strlen(prefix)) == 0;
}

/**
 * Links that need no closer look: same-page fragments, web links, and
 * relative paths without a scheme or `..` (they cannot leave the folder of
 * the file, which is inside the project). Everything else goes to UrlPolicy.
 */
bool obviouslySafeLink(const char *url)
{
    if (!url || !*url)
        return false;
    if (*url == '#' || startsWith(url, "https://") || startsWith(url, "http://") || startsWith(url, "mailto:"))
        return true;
    if (*url == '/' || *url == ' ' || *url == '\t')
        return false;
    return !std::strchr(url, ':') && !std::strstr(url, "..");
}

/** The nodes one walk collects; they are changed only after the walk ends (cmark's rule). */
struct Collected
{
    std::vector<cmark_node *> codeBlocks, rawHtml, links, images, texts;
    std::vector<std::pair<cmark_node *, int>> anchors; // container, file line
    std::vector<cmark_node *> headings;
};

void collect(cmark_node *document, int lineOffset, Collected &out)
{
    QSet<int> anchoredLines;
    cmark_iter *iter = cmark_iter_new(document);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_CODE_BLOCK:
            out.codeBlocks.push_back(node);
            break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            out.rawHtml.push_back(node);
            break;
        case CMARK_NODE_LINK:
            out.links.push_back(node);
            break;
        case CMARK_NODE_IMAGE:
            out.images.push_back(node);
            break;
        case CMARK_NODE_TEXT: {
            const char *literal = cmark_node_get_literal(node);
            if (literal && std::strchr(literal, ':'))
                out.texts.push_back(node);
            break;
        }
        case CMARK_NODE_HEADING:
        case CMARK_NODE_PARAGRAPH: {
            if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
                out.headings.push_back(node);
            const int line = cmark_node_get_start_line(node) + lineOffset;
            if (!anchoredLines.contains(line)) {
                anchoredLines.insert(line);
                out.anchors.emplace_back(node, line);
            }
            break;
        }
        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_CODE:
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
        case CMARK_NODE_THEMATIC_BREAK:
            break; // the common nodes: no string compare below
        default:
            if (isType(node, "table_row") || isType(node, "table_header")) {
                const int line = cmark_node_get_start_line(node) + lineOffset;
                cmark_node *cell = cmark_node_first_child(node);
                if (cell && !anchoredLines.contains(line)) {
                    anchoredLines.insert(line);
                    out.anchors.emplace_back(cell, line);
                }
            }
            break;
        }
    }
    cmark_iter_free(iter);
}

/** QTextBrowser has no form controls: task list boxes become ballot characters. */
QString htmlWithoutCheckboxes(const char *html)
{
    if (!std::strstr(html, "<input type=\"checkbox\""))
        return QString::fromUtf8(html);
    QByteArray bytes(html);
    bytes.replace("<input type=\"checkbox\" checked=\"\" disabled=\"\" />", "\u2611");
    bytes.replace("<input type=\"checkbox\" disabled=\"\" />", "\u2610");
    return QString::fromUtf8(bytes);
}

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

RenderResult MarkdownRenderer::render(const QString &text, const RenderOptions &options)
{
    RenderResult result;
    // Markers would render as a giant heading and two versions run together: a notice says what is wrong instead.
    if (const QList<ConflictRegion> conflicts = ConflictMarkers::find(QStringView(text)); !conflicts.isEmpty()) {
        result.html = conflictNotice(conflicts, options.theme);
        return result;
    }
    QElapsedTimer clock;
    clock.start();
    const FrontMatterSplit split = FrontMatterBox::split(text);
    const int lineOffset = split.bodyLine - 1;
    const UrlPolicy policy(options.projectRoot);
    const QByteArray utf8 = split.body.toUtf8();
    result.timings.prepareNs = clock.nsecsElapsed();

    // Unsafe mode so our highlighted code (HTML nodes) comes through; the
    // author's own raw HTML is neutralised in the walk below instead.
    const int cmarkOptions = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;
    const CmarkTree tree(utf8, cmarkOptions);
    cmark_node *document = tree.root();
    result.timings.parseNs = clock.nsecsElapsed() - result.timings.prepareNs;

    Collected nodes;
    collect(document, lineOffset, nodes);

    // Anchors from the text as written: mdBook and GitHub keep an emoji shortcode's name in them.
    QSet<QString> anchors;
    std::vector<QString> headingAnchors;
    headingAnchors.reserve(nodes.headings.size());
    for (cmark_node *heading : nodes.headings)
        headingAnchors.push_back(uniqueAnchor(headingAnchor(plainText(heading)), anchors));
    for (cmark_node *node : nodes.texts) {
        if (const std::optional<QByteArray> replaced
            = Emoji::replaceShortcodes(QByteArrayView(cmark_node_get_literal(node))))
            cmark_node_set_literal(node, replaced->constData());
    }
    for (size_t i = 0; i < nodes.headings.size(); ++i) {
        cmark_node *heading = nodes.headings[i];
        if (result.title.isEmpty())
            result.title = plainText(heading).trimmed();
        if (!headingAnchors[i].isEmpty())
            cmark_node_prepend_child(heading,
                htmlNode(CMARK_NODE_HTML_INLINE,
                    QStringLiteral("<a name=\"%1\"></a>").arg(headingAnchors[i].toHtmlEscaped())));
    }
    if (options.sourceAnchors) {
        result.anchorLines.reserve(qsizetype(nodes.anchors.size() + nodes.codeBlocks.size()));
        for (const auto &[container, line] : nodes.anchors) {
            cmark_node_prepend_child(container, lineAnchor(line));
            result.anchorLines.append(line);
        }
    }
    for (cmark_node *node : nodes.rawHtml) {
        const bool block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK;
        cmark_node_set_literal(node, block ? "<!-- raw HTML omitted -->\n" : "<!-- raw HTML omitted -->");
    }
    for (cmark_node *link : nodes.links) {
        const char *url = cmark_node_get_url(link);
        if (obviouslySafeLink(url) || policy.allowsLink(fromUtf8(url), options.fileDir))
            continue;
        // A refused link keeps its text, loses its target.
        while (cmark_node *child = cmark_node_first_child(link))
            cmark_node_insert_before(link, child);
        cmark_node_free(link);
    }
    for (cmark_node *image : nodes.images) {
        const QString url = fromUtf8(cmark_node_get_url(image));
        if (policy.allowsImage(url, options.fileDir))
            continue;
        const QString reason = policy.classify(url) == UrlPolicy::Kind::Web
            ? tr("remote image not loaded")
            : tr("image outside the project not loaded");
        const QString alt = plainText(image);
        const QString html = QStringLiteral("<span class=\"blocked-image\" title=\"%1\">[%2%3]</span>")
                                 .arg(url.toHtmlEscaped(), reason.toHtmlEscaped(),
                                     alt.isEmpty() ? QString() : QStringLiteral(": ") + alt.toHtmlEscaped());
        cmark_node_replace(image, htmlNode(CMARK_NODE_HTML_INLINE, html));
        cmark_node_free(image);
    }
    const qint64 walked = clock.nsecsElapsed();
    result.timings.walkNs = walked - result.timings.prepareNs - result.timings.parseNs;
    for (cmark_node *code : nodes.codeBlocks) {
        const int line = options.sourceAnchors ? cmark_node_get_start_line(code) + lineOffset : 0;
        const QByteArray html = CodeHighlighter::toHtmlUtf8(QByteArrayView(cmark_node_get_literal(code)),
            QByteArrayView(cmark_node_get_fence_info(code)), options.theme, line);
        if (line > 0)
            result.anchorLines.append(line);
        cmark_node_replace(code, htmlNode(CMARK_NODE_HTML_BLOCK, html.constData()));
        cmark_node_free(code);
    }
    std::sort(result.anchorLines.begin(), result.anchorLines.end());
    result.anchorLines.erase(
        std::unique(result.anchorLines.begin(), result.anchorLines.end()), result.anchorLines.end());
    const qint64 coded = clock.nsecsElapsed();
    result.timings.codeNs = coded - walked;

    char *html = cmark_render_html(document, cmarkOptions, static_cast<cmark_llist *>(tree.extensions()));
    if (split.present)
        result.html = FrontMatterBox::toHtml(split.yaml);
    result.html += htmlWithoutCheckboxes(html);
    std::free(html);
    result.timings.htmlNs = clock.nsecsElapsed() - coded;
    return result;
}

QString MarkdownRenderer::styleSheet(PreviewTheme theme)
{
    QString css = readResource(QStringLiteral(":/storyloom/styles/preview.css"));
    if (theme == PreviewTheme::Dark)
        css += readResource(QStringLiteral(":/storyloom/styles/preview-dark.css"));
    return css;
}

QString MarkdownRenderer::standaloneHtml(const RenderResult &result, const QString &title, PreviewTheme theme)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"generator\" content=\"Storyloom\">\n<title>%1</title>\n<style>\n%2</style>\n"
        "</head>\n<body class=\"%3\">\n<article class=\"storyloom-preview\">\n%4</article>\n</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), styleSheet(theme),
            theme == PreviewTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"), result.html);
}

} // namespace storyloom
