// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct cmark_node;
struct cmark_parser;

namespace storyloom {

/**
 * A cmark-gfm document tree with the GFM extensions Storyloom reads and
 * renders (table, strikethrough, autolink, tasklist) and source positions on.
 * Owns the tree; one instance per parse, on any thread. Every cmark-gfm parse
 * in the program goes through here: parses take turns inside cmark-gfm, whose
 * extensions share one table across threads.
 */
class CmarkTree
{
public:
    /** Parses UTF-8 Markdown; `extraOptions` are CMARK_OPT_* flags added to SOURCEPOS. */
    explicit CmarkTree(const QByteArray &markdown, int extraOptions = 0);
    ~CmarkTree();
    CmarkTree(const CmarkTree &) = delete;
    CmarkTree &operator=(const CmarkTree &) = delete;

    [[nodiscard]] cmark_node *root() const { return m_root; }
    /** The extension list the parser used, for renderers that need it (cmark_render_html). */
    [[nodiscard]] void *extensions() const { return m_extensions; }

    /** Every extension registered exactly once per process, thread-safely. */
    static void ensureExtensionsRegistered();

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
    void *m_extensions = nullptr;
};

/**
 * The text of an inline subtree as a reader sees it: text and code literals, a
 * space for each line break, no markup (a heading's text, an image's alt text).
 */
[[nodiscard]] QString plainText(cmark_node *node);

} // namespace storyloom
