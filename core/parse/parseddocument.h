// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"
#include "core/parse/frontmatter.h"

#include <QDataStream>
#include <QList>
#include <QSet>
#include <QString>

namespace storyloom {

/** A heading: level 1-6, plain text, file line, and the anchor mdBook and GitHub give it. */
struct Heading
{
    int level = 1;
    QString text;
    int line = 0;
    QString anchor;
};

/** A Markdown link (reference links already resolved), where it stands and the sentence around it. */
struct Link
{
    QString url;
    QString text;
    int line = 0;
    /** Index into ParsedDocument::headings of the section it stands in (-1 before any heading). */
    int heading = -1;
    QString context;
};

/** One table cell as plain text plus the links inside it. */
struct TableCell
{
    QString text;
    QList<Link> links;
};

struct TableRow
{
    int line = 0;
    QList<TableCell> cells;
};

/** A GFM table: its header row, its body rows, and the section it stands in. */
struct Table
{
    int line = 0;
    int heading = -1;
    TableRow header;
    QList<TableRow> rows;
};

/** A list item's own paragraph (nested lists are items of their own, linked by `parent`). */
struct ListItem
{
    int line = 0;
    int depth = 0;
    int parent = -1;
    int heading = -1;
    QString text;
    /** The item's Markdown source (its own lines only, without the bullet), for entity bodies. */
    QByteArray markdown;
    QList<Link> links;
};

/** A paragraph outside lists (its plain text and the section it stands in). */
struct Paragraph
{
    int line = 0;
    int heading = -1;
    /** UTF-8: paragraphs are most of a file's text, and only a morals section's are ever read. */
    QByteArray text;
};

/**
 * Everything Storyloom reads from one Markdown file: the result of a pure
 * parse of its bytes (cmark-gfm + yaml-cpp). Lines are file lines (front
 * matter counted). Serialisable, so the index can cache it by content hash.
 */
struct ParsedDocument
{
    FrontMatter frontMatter;
    /**
     * The Markdown after the front matter, as UTF-8 (invalid bytes replaced):
     * half the memory of a QString, and the form the search index stores.
     */
    QByteArray body;
    /**
     * bodyDigestOf(body), set by parseDocument() (0 in a parse made by hand). A cache may keep the body
     * apart and hand the parse back without it (bodyLeftOut(), see bodyRead):
     * this still tells whether the text changed.
     */
    quint64 bodyDigest = 0;
    /**
     * Set by GraphBuilder::trim() when the graph reads the body beyond passing it
     * on (its sections become values): a cache keeps the body with such a parse.
     */
    bool bodyRead = false;
    /** The first heading's text (of any level), empty when the file has none. */
    QString firstHeading;
    int firstHeadingLine = 0;
    QList<Heading> headings;
    QList<Link> links;
    QList<Table> tables;
    QList<ListItem> listItems;
    QList<Paragraph> paragraphs;
    Diagnostics diagnostics;
};

/** A hash of a body's bytes, never 0, the same in every run on this machine (for fingerprints of search text). */
[[nodiscard]] quint64 bodyDigestOf(QByteArrayView body);

/**
 * True when `body` was left out where `digest` (bodyDigestOf(), 0 for none) says
 * there is one: a parse or an entity from a cache that keeps bodies apart.
 */
[[nodiscard]] bool bodyLeftOut(const QByteArray &body, quint64 digest);

/** Parses one file's bytes. `path` (relative to the project) only labels diagnostics. Pure; any thread. */
[[nodiscard]] ParsedDocument parseDocument(const QByteArray &bytes, const QString &path);

/**
 * The anchor mdBook and GitHub give a heading: letters, digits, `_` and `-`
 * kept, each space a dash (so "A - B" is `a---b`), anything else dropped,
 * ASCII letters lower-cased (mdBook leaves "Über" as it is; GitHub lower-cases
 * it, so look anchors up ignoring case). The one anchor rule: the preview's
 * `<a name>`, fragment look-ups and value ids all use it. Not an entity id:
 * ids come from slugify().
 */
[[nodiscard]] QString headingAnchor(const QString &text);

/** `anchor`, or with `-1`, `-2`... when `taken` has it, as mdBook numbers repeated headings; adds it to `taken`. */
[[nodiscard]] QString uniqueAnchor(const QString &anchor, QSet<QString> &taken);

/**
 * The headings of a Markdown body as CommonMark reads them: ATX and setext,
 * never lines inside code blocks or HTML. `firstLine` is the file line of the
 * body's first line (1 + the front matter's lines). The one heading rule:
 * parseDocument(), the editor's outline and the search rows all use it.
 */
[[nodiscard]] QList<Heading> scanHeadings(const QByteArray &body, int firstLine = 1);

/** scanHeadings() of a whole file: its front matter skipped, lines counted from the file's first. */
[[nodiscard]] QList<Heading> fileHeadings(const QByteArray &file);

/**
 * A hash of everything in a parse except its prose: the front matter,
 * headings, links, tables, list items and diagnostics, plus the paragraphs
 * of the section under heading `paragraphsOf` (an index into `headings`; -1
 * for none) and the body only when asked. GraphBuilder::documentFingerprint()
 * says which parts a graph is built from; two parses with equal digests then
 * give the same graph, so an edit of the prose alone only changes search text.
 */
[[nodiscard]] QByteArray structureFingerprint(const ParsedDocument &document, int paragraphsOf, bool withBody);

/**
 * Drops the paragraphs outside the section of heading `heading` (an index into
 * `headings`; -1 drops them all). Paragraphs are most of a parse's text and a
 * reader may need only one section's (GraphBuilder::trim()).
 */
void keepParagraphsOf(ParsedDocument &document, int heading);

/** Every field of a parse, as stream bytes: two parses write the same bytes when they are alike (tests compare them).
 */
QDataStream &operator<<(QDataStream &stream, const ParsedDocument &document);

} // namespace storyloom
