// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/project/projectedit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace storyloom {

/** One replacement in a file's text: `length` characters from `start` become `text`. */
struct TextReplacement
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    friend bool operator==(const TextReplacement &, const TextReplacement &) = default;
};

/** One way to mend a problem: the smallest replacements in one file's text, and what to call it in a menu. */
struct QuickFix
{
    QString title;
    /** The file, relative to the project root. */
    QString path;
    /** Ascending and apart from each other. */
    QList<TextReplacement> replacements;
    /**
     * A fix that writes other files (a new page for a broken link, as File › New makes it): applied
     * as one project edit, undone with the project's undo. Empty for fixes of the text alone.
     */
    ProjectEdit projectEdit;
};

/**
 * The fixes for the problems `storyloom-cli check` reports, worked out from
 * the text at the problem (the editor's text, saved or not):
 * - an unknown front-matter key one edit away from a known one: rename it;
 * - a front-matter reference that names no entity: the closest entities;
 * - a duplicate `id:`: the free id the check gave the page instead;
 * - a broken Markdown link: links to the closest pages;
 * - either: a new page of the missing entity, planned as File › New plans it
 *   (PagePlanner: folder, naming, template, SUMMARY.md entry).
 * Closest means by edit distance of the slugs, then quick open's fuzzy match,
 * best first. Pure: reads the snapshot, writes nothing.
 */
class QuickFixes
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::QuickFixes)
public:
    explicit QuickFixes(Snapshot snapshot);

    /** The fixes for the problems on 1-based `line` of `text`, the file at `path` (relative), best first. */
    [[nodiscard]] QList<QuickFix> forLine(const QString &path, const QString &text, int line) const;
    /** `text` with the replacements made. */
    [[nodiscard]] static QString applied(const QString &text, const QList<TextReplacement> &replacements);

private:
    [[nodiscard]] QList<const Entity *> closest(const QString &name, int limit) const;
    [[nodiscard]] bool resolves(const QString &reference) const;
    /** The shortest reference that names `entity` alone. */
    [[nodiscard]] QString referenceTo(const Entity &entity) const;
    void renameKey(const QString &path, QStringView lineText, qsizetype lineStart, QList<QuickFix> &fixes) const;
    void renameDuplicateId(
        const QString &path, QStringView lineText, qsizetype lineStart, QList<QuickFix> &fixes) const;
    void mendReferences(
        const QString &path, const QStringList &lines, int line, qsizetype lineStart, QList<QuickFix> &fixes) const;
    void mendLinks(const QString &path, QStringView lineText, qsizetype lineStart, QList<QuickFix> &fixes) const;

    /** The fix creating the missing page `title` of `type` (at `path` when given), if it can be planned. */
    void createPage(
        EntityType type, StoryKind kind, const QString &title, const QString &path, QList<QuickFix> &fixes) const;

    Snapshot m_snapshot;
};

} // namespace storyloom
