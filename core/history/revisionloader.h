// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectconfig.h"
#include "core/history/blobparsecache.h"
#include "core/history/gitobjects.h"
#include "core/model/storygraph.h"

#include <QCoreApplication>
#include <atomic>
#include <map>

namespace storyloom {

/**
 * Loads a project as it was at a commit, straight from Git objects
 * (ls-tree, cat-file): the working tree and the repository's index are never
 * read or written. Parses are kept by blob id, so loading revision after
 * revision parses only the files that changed. One thread at a time.
 */
class RevisionLoader
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::RevisionLoader)

public:
    explicit RevisionLoader(const QString &projectRoot);

    [[nodiscard]] const GitObjects &git() const { return m_git; }

    /** The vision at `commit` (a full id, see GitObjects::resolve()); null on an error or when cancelled. */
    [[nodiscard]] Snapshot load(
        const QString &commit, HistoryError *error = nullptr, const std::atomic_bool *cancel = nullptr);
    /** The same from the commit's tree when the caller has listed it. */
    [[nodiscard]] Snapshot load(
        const RevisionTree &tree, HistoryError *error = nullptr, const std::atomic_bool *cancel = nullptr);

    /**
     * True when `after` gives the graph of `before` but for the text of some pages, so the
     * counts of both are the same: the same files and configuration, and each of `changed` (every
     * path whose blob differs) no Markdown, or Markdown whose GraphBuilder::documentFingerprint()
     * is unchanged (a prose edit, the rule the index's text-only refresh follows). Parses made for
     * the check serve later loads. False when unsure (a file that cannot be read).
     */
    [[nodiscard]] bool sameGraph(const RevisionTree &before, const RevisionTree &after, const QStringList &changed,
        HistoryError *error = nullptr);

    /** Blobs read ahead (by id) that loads take instead of asking Git; dropped by the next call. */
    void setPrefetched(QHash<QByteArray, QByteArray> blobs) { m_prefetched = std::move(blobs); }

    /**
     * Keeps the parses made so far in Storyloom's cache folder (never in the project), for the
     * next run to reuse; false when they could not be written (the history is still right).
     */
    bool saveParses() { return m_cache.save(); }
    /** The file the parses are kept in. */
    [[nodiscard]] static QString parsesFile(const QString &projectRoot);

    /** Files parsed and files whose parse was reused, over every load so far. */
    [[nodiscard]] int filesParsed() const { return m_parsed; }
    [[nodiscard]] int filesReused() const { return m_reused; }

private:
    /** The blob ids of the configuration files in a revision's files, joined. */
    [[nodiscard]] static QByteArray configKey(const QHash<QString, const TreeEntry *> &byPath);
    /** The configuration of a revision's files, read once per distinct configuration; null on an error. */
    [[nodiscard]] const ProjectConfig *configOf(const QHash<QString, const TreeEntry *> &byPath, HistoryError *error);
    /** The parse of one file as a load makes it, from the kept parses when there. */
    [[nodiscard]] std::optional<ParsedDocument> parseOf(
        const TreeEntry &entry, const QByteArray &configKey, const ProjectConfig &config, HistoryError *error);
    /** The bytes of `ids`: configuration files and prefetched blobs from memory, the rest in one cat-file run. */
    [[nodiscard]] std::optional<QHash<QByteArray, QByteArray>> fetch(const QList<QByteArray> &ids, HistoryError *error);

    QString m_root;
    GitObjects m_git;
    BlobParseCache m_cache;
    bool m_cacheOpened = false;
    /** Configuration files by blob id: the same few come back in nearly every revision. */
    QHash<QByteArray, QByteArray> m_configBlobs;
    QHash<QByteArray, QByteArray> m_prefetched;
    /** By configuration files (see configOf()); a map, so the configurations handed out stay where they are. */
    std::map<QByteArray, ProjectConfig> m_configs;
    int m_parsed = 0;
    int m_reused = 0;
};

} // namespace storyloom
