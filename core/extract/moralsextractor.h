// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/parse/parseddocument.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringMatcher>

namespace storyloom {

/** One pain point stated in a morals section: where it starts, its text and its Markdown (nested items included). */
struct Moral
{
    int line = 0;
    QString text;
    QByteArray markdown;
};

/**
 * Reads the pain points out of a story's morals section. A list item is one
 * pain point, its nested items part of it; a paragraph is one. A bullet that
 * is only a label (a sub-heading written as a list item) gives way to its
 * nested items. Not pain points: labels and headings, paragraphs that
 * introduce a list, the prompt a template leaves in place, and whatever the
 * rules' remark patterns match (questions to the reader, remarks about the
 * story itself).
 */
class MoralsExtractor
{
public:
    /** `marker`: the morals heading's text; `remarks`: case-insensitive patterns of items that are no pain points. */
    MoralsExtractor(const QString &marker, const QStringList &remarks);

    /** The index of the first heading naming the morals (`marker`), -1 for none. */
    [[nodiscard]] static int headingIndex(const ParsedDocument &document, const QString &marker);
    /** The pain points of `document`, in file order. */
    [[nodiscard]] QList<Moral> extract(const ParsedDocument &document) const;
    /** Takes the morals section of a template: a story that kept its text kept the template's prompt. */
    void addTemplate(const ParsedDocument &document);

private:
    struct Unit
    {
        int line = 0;
        int item = -1;
        int paragraph = -1;
    };
    [[nodiscard]] QList<Unit> units(const ParsedDocument &document) const;
    [[nodiscard]] bool isRemark(const QString &text) const;

    QString m_marker;
    QStringMatcher m_markerMatcher;
    QList<QRegularExpression> m_remarks;
    /** The template prompts, as normalised words. */
    QSet<QString> m_prompts;
};

} // namespace storyloom
