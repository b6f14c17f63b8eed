// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <QUrl>
#include <memory>

class QTextDocument;

namespace storyloom {

/**
 * Everything about a preview document except its content. A document built
 * ahead (off the GUI thread) can only stand in for the shown one when both
 * were made with equal styles: the HTML import reads the style sheet and font.
 */
struct PreviewDocumentStyle
{
    QString styleSheet;
    QFont font;
    QUrl baseUrl;

    friend bool operator==(const PreviewDocumentStyle &, const PreviewDocumentStyle &) = default;
};

/**
 * A preview's QTextDocument, imported from the HTML but never laid out, with
 * the style it was made with. Belongs to no thread: any thread may read it,
 * one at a time (the scheduler hands it from the worker to the GUI thread).
 */
struct PreparedDocument
{
    std::shared_ptr<QTextDocument> document;
    PreviewDocumentStyle style;
};

/** Builds and patches the preview's QTextDocument (the expensive half of a preview update). */
class PreviewDocument
{
public:
    /**
     * The HTML as QTextBrowser should load it: an empty `<a name>` lends its
     * anchor to the next character, and Qt then splits a surrogate pair there
     * (an emoji at the start of a heading shows as two �), so each anchor
     * gets a zero-width space of its own.
     */
    [[nodiscard]] static QString loadableHtml(const QString &html);

    /**
     * Imports `html` into a new document with `style`, on any thread. Loads
     * no resources (images load when the shown document paints them).
     */
    [[nodiscard]] static PreparedDocument prepare(const QString &html, const PreviewDocumentStyle &style);

    /**
     * Makes `shown` hold what `fresh` holds by replacing only the top-level
     * blocks that differ (typing changes one paragraph: the rest keeps its
     * layout, and only the changed part is laid out and painted again).
     * Returns false, leaving `shown` to be reloaded whole, when the change
     * touches a table or frame, or the patched document would not equal
     * `fresh` block for block.
     */
    [[nodiscard]] static bool patch(QTextDocument &shown, QTextDocument &fresh);

    /** Whether the two documents show the same blocks, lists and tables (text and formats; object ids aside). */
    [[nodiscard]] static bool sameContent(const QTextDocument &a, const QTextDocument &b);
};

} // namespace storyloom
