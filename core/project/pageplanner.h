// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QByteArray>
#include <QCoreApplication>

namespace storyloom {

/** How a folder's files are named: `alan_builds_a_cache.md`, `alan-builds-a-cache.md`, `AlanBuildsACache.md`. */
enum class NamingStyle { Hyphens, Underscores, CamelCase };

/** Everything a new page needs, decided before anything is written (see Writer::createPage()). */
struct PagePlan
{
    /** The new file, relative to the root. */
    QString path;
    /** Its first bytes. */
    QByteArray text;
    /** Where the text came from: a page of the project (relative to the root) or a bundled template (`:/…`). */
    QString templatePath;
    /** The book's SUMMARY.md (relative to the root) when the page is to be listed there, else empty. */
    QString summaryPath;
    /** SUMMARY.md as read when planning, and with the page's entry: the Writer refuses when it changed since. */
    QByteArray summaryBefore;
    QByteArray summaryAfter;
    /** Why there is no plan (empty when there is one). */
    QString error;

    [[nodiscard]] bool isValid() const { return error.isEmpty() && !path.isEmpty(); }
};

/**
 * Decides where a new page goes and what it starts with, the way the project
 * does it. A native project: its folders for each type (`stories/status-quo/`),
 * its `templates/` (else the bundled ones), front matter with type, kind and
 * title. An mdBook: the folder where pages of that type already are, their
 * file-naming style, the book's own template page there (with its title
 * filled in) and no front matter (mdBook prints it as text), plus an entry in
 * SUMMARY.md after its last sibling so the book publishes it. Reads files;
 * never writes. The same plan serves File › New and creating a missing page
 * for a broken link.
 */
class PagePlanner
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::PagePlanner)

public:
    explicit PagePlanner(Snapshot snapshot);

    /** A page of `type` (and `kind` for stories) titled `title`, where the planner puts it. */
    [[nodiscard]] PagePlan plan(EntityType type, StoryKind kind, const QString &title) const;
    /** The same at a place the user chose: `path` is a file (`….md`) or a folder, relative to the root. */
    [[nodiscard]] PagePlan planAt(EntityType type, StoryKind kind, const QString &title, const QString &path) const;

    /** The folder new pages of the type go in, relative to the root. */
    [[nodiscard]] QString folderFor(EntityType type, StoryKind kind) const;
    /** How the pages in `folder` (relative to the root) are named; hyphens when they do not say. */
    [[nodiscard]] NamingStyle namingStyle(const QString &folder) const;
    /** A file name in `folder` for `title` in the folder's style that no file has yet. */
    [[nodiscard]] QString fileNameFor(const QString &title, const QString &folder) const;
    /** A file stem for `title` in `style`, from the one slug rule (slugify()). */
    [[nodiscard]] static QString fileStem(const QString &title, NamingStyle style);

private:
    [[nodiscard]] bool isBook() const { return m_snapshot->format() == ProjectFormat::MdBook; }
    /** The book's template page in `folder` (relative to the root), empty when it has none. */
    [[nodiscard]] QString bookTemplate(const QString &folder) const;
    [[nodiscard]] QByteArray bookText(const QString &templatePath, const QString &title) const;
    [[nodiscard]] QByteArray nativeText(EntityType type, StoryKind kind, const QString &title, QString *source) const;
    [[nodiscard]] QString absolute(const QString &relative) const;

    Snapshot m_snapshot;
};

} // namespace storyloom
