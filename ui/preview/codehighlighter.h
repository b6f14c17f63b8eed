// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyloom {

/** Which of the two bundled colour schemes a rendering uses. */
enum class PreviewTheme { Light, Dark };

/**
 * Turns source code into HTML with KSyntaxHighlighting colours, for fenced
 * code blocks in the preview. Inline `style` attributes (not classes), so the
 * same HTML looks right in QTextBrowser, a browser and a PDF.
 *
 * Thread-safe: every thread keeps its own KSyntaxHighlighting::Repository
 * (costly to build, caches not documented as thread-safe).
 */
class CodeHighlighter
{
public:
    /**
     * The `<pre>` block for `code` in `language` (a fence's info string: the
     * first word counts, `rust,ignore` is Rust). Unknown languages come out
     * escaped but uncoloured. `firstLine` (1-based, 0 = none) becomes an anchor
     * for scroll sync.
     */
    [[nodiscard]] static QString toHtml(const QString &code, const QString &language, PreviewTheme theme,
                                        int firstLine = 0);
    /** The theme's code background, `#rrggbb`, for the style sheet. */
    [[nodiscard]] static QString backgroundColor(PreviewTheme theme);
    /** The KSyntaxHighlighting theme name used for `theme`. */
    [[nodiscard]] static QString themeName(PreviewTheme theme);
};

} // namespace storyloom
