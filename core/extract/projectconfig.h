// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/rules/ruleset.h"

#include <QSet>

#include <functional>
#include <optional>
#include <utility>

namespace storyloom {

/** Where an mdBook is published, from book.toml: links written as its web address resolve to its pages. */
struct BookSite
{
    /** `[output.html] site-url`: a path (`/wg-async/`) or a whole address. */
    QString siteUrl;
    /** `[output.html] git-repository-url`: `https://github.com/<owner>/<book>` gives `<owner>.github.io/<book>/`. */
    QString repositoryUrl;
    /** `[output.html.redirect]`: old published path (`/vision/tenets.html`) to the new one. */
    QHash<QString, QString> redirects;
};

/** Whether a relation the user decided on (in storyloom.yml's `relations:`) is added or taken away. */
enum class RelationDecision { Accepted, Rejected };

/** One entry of storyloom.yml's `relations:`: a relation accepted or rejected by the user. */
struct ConfiguredRelation
{
    QString source;
    RelationKind kind = RelationKind::Links;
    QString target;
    RelationDecision decision = RelationDecision::Accepted;
    /** Where the entry is, in storyloom.yml. */
    SourceLocation where;
};

/** Every front-matter key a page may use; any other is reported (and a quick fix may rename it). */
[[nodiscard]] const QSet<QString> &knownFrontMatterKeys();
/**
 * The front-matter key under which a native page lists the relations from it that the user
 * rejected, one `KIND TARGET` entry each (`rejected: [addresses slow-sync]`).
 */
[[nodiscard]] QString rejectedRelationsKey();
/** Reads one `rejected:` entry: the relation kind and the reference to the target; nothing when malformed. */
[[nodiscard]] std::optional<std::pair<RelationKind, QString>> readRejectedEntry(const QString &entry);
/** Writes one `rejected:` entry. */
[[nodiscard]] QString rejectedEntry(RelationKind kind, const QString &targetReference);

/** How a project folder is laid out, read from storyloom.yml or book.toml. */
struct ProjectConfig
{
    ProjectFormat format = ProjectFormat::Folder;
    QString title;
    /** Folders (relative to the root) whose Markdown is content: `src` for an mdBook. */
    QStringList contentDirs;
    /** The folder of entity templates (native projects), never content. */
    QString templatesDir;
    /** The built-in rules with the project's own in front. */
    RuleSet rules;
    /** For an mdBook: where it is published. */
    BookSite site;
    /** Relations the user accepted or rejected (storyloom.yml `relations:`), in file order. */
    QList<ConfiguredRelation> relations;
    /** The content's language: storyloom.yml `language:`, else book.toml's `[book] language` (empty when neither). */
    QString language;
    Diagnostics diagnostics;

    /** The folder ids are relative to (the first content folder). */
    [[nodiscard]] QString idBase() const
    {
        return contentDirs.isEmpty() || contentDirs.first() == QLatin1String(".") ? QString() : contentDirs.first();
    }
};

/** Detects the format of the folder at `root` (mdBook, native, plain folder) and reads its configuration. Never writes.
 */
[[nodiscard]] ProjectConfig readProjectConfig(const QString &root);

/** Where readProjectConfig() finds the configuration files when not in the folder (a Git revision). */
struct ConfigFiles
{
    /** Whether the file at a path relative to the root exists. */
    std::function<bool(const QString &name)> exists;
    /** Its bytes; empty when it is missing or too large for a configuration file. */
    std::function<QByteArray(const QString &name)> read;
};

/** The same, with the files read through `files`; `root` gives only the fallback title. */
[[nodiscard]] ProjectConfig readProjectConfig(const QString &root, const ConfigFiles &files);

} // namespace storyloom
