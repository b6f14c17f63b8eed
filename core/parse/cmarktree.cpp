// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/cmarktree.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <mutex>

namespace storyloom {

void CmarkTree::ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

namespace {
/**
 * Held over every parse's feed and finish. The inline parser's special characters
 * are one table for the whole process, which a parse with extensions fills as it
 * starts and clears as it ends (and around every table row): two parses at once
 * missed each other's autolinks and strikethrough, so the same file parsed to
 * different links from run to run.
 */
std::mutex parseLock;
} // namespace

CmarkTree::CmarkTree(const QByteArray &markdown, int extraOptions)
{
    ensureExtensionsRegistered();
    const int options = CMARK_OPT_SOURCEPOS | extraOptions;
    m_parser = cmark_parser_new(options);
    for (const char *name : { "table", "strikethrough", "autolink", "tasklist" }) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    const std::lock_guard turn(parseLock);
    cmark_parser_feed(m_parser, markdown.constData(), size_t(markdown.size()));
    m_root = cmark_parser_finish(m_parser);
    m_extensions = cmark_parser_get_syntax_extensions(m_parser);
}

CmarkTree::~CmarkTree()
{
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(m_parser);
}

QString plainText(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *current = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(current);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += QString::fromUtf8(cmark_node_get_literal(current));
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += u' ';
    }
    cmark_iter_free(iter);
    return text;
}

} // namespace storyloom
