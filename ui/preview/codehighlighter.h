// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace storyloom {

/** Which of the two bundled colour schemes a rendering uses. */
enum class PreviewTheme { Light, Dark };

/**
 * Turns source code into HTML with KSyntaxHighlighting colours, for fenced
 * code blocks in the preview. Inline `style` attributes (not classes), so the
 * same HTML looks right in QTextBrowser, a browser and a PDF; the attribute
 * text of each format is built once per thread and theme, not per span.
 *
 * Thread-safe: every thread keeps its own KSyntaxHighlighting::Repository
 * (costly to build, caches not documented as thread-safe), its own
 * definition lookups and a bounded cache of highlighted blocks, so that
 * re-rendering after a keystroke does not highlight unchanged code again.
 */
class CodeHighlighter
{
public:
    /** The calling thread's cache of highlighted blocks may hold this many bytes of HTML. */
    static constexpr qsizetype cacheBytes = 4 * 1024 * 1024;

    /**
     * The `<pre>` block for `code` in `language` (a fence's info string: the
     * first word counts, `rust,ignore` is Rust). Unknown languages come out
     * escaped but uncoloured. `firstLine` (1-based, 0 = none) becomes an anchor
     * for scroll sync.
     */
    [[nodiscard]] static QString toHtml(
        const QString &code, const QString &language, PreviewTheme theme, int firstLine = 0);
    /** The same block from UTF-8 code and info string to UTF-8 HTML (what the renderer uses: no conversions). */
    [[nodiscard]] static QByteArray toHtmlUtf8(
        QByteArrayView code, QByteArrayView language, PreviewTheme theme, int firstLine = 0);
    /** The theme's code background, `#rrggbb`, for the style sheet. */
    [[nodiscard]] static QString backgroundColor(PreviewTheme theme);
    /** The KSyntaxHighlighting theme name used for `theme`. */
    [[nodiscard]] static QString themeName(PreviewTheme theme);
    /** Empties the calling thread's block cache (benchmarks of a cold render). */
    static void clearCache();
    /** Blocks highlighted (cache misses) on the calling thread so far: tests check that the cache works. */
    [[nodiscard]] static qint64 highlightedBlocks();
};

} // namespace storyloom
