// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/parsecache.h"
#include "core/index/indexdatabase.h"

#include <thread>

namespace storyloom {

/** What the index remembers about one content file, to tell whether it changed. */
struct FileRecord
{
    /** Relative to the project root, with `/` separators. */
    QString path;
    qint64 size = 0;
    /** Modification time in milliseconds since the epoch. */
    qint64 mtime = 0;
    /** SHA-1 of the bytes; compared only when size or mtime changed. */
    QByteArray hash;
};

/**
 * The loader's parse cache kept in the index's `files` table: a file whose
 * size and mtime (else hash) are unchanged is neither read nor parsed again.
 * Writes go into the database's open transaction, so they commit together
 * with the snapshot built from them (or not at all).
 *
 * Stored parses are written after retainOnly() (the end of every complete
 * scan), on a thread of their own, while the loader builds the graph: the
 * database is lent to that thread until finish(), which the loader's caller
 * must call before it uses the database again (so one thread at a time uses
 * the connection). Everything else: loader thread only.
 */
class IndexParseCache : public ParseCache
{
public:
    /** The files the index's cached parses were made from, by path (what the last snapshot was built from). */
    [[nodiscard]] static QHash<QString, FileRecord> records(const IndexDatabase &database);
    /**
     * Drops every cached parse, in the open transaction, and forgets what the
     * snapshot was built from: the next refresh parses every file again (the
     * parses were trimmed for another configuration).
     */
    [[nodiscard]] static bool forgetAll(IndexDatabase &database);

    /** `known` is the index's record of every file (records()). */
    IndexParseCache(IndexDatabase &database, QHash<QString, FileRecord> known);
    /** Waits for the writes retainOnly() started, if finish() did not. */
    ~IndexParseCache() override;
    IndexParseCache(const IndexParseCache &) = delete;
    IndexParseCache &operator=(const IndexParseCache &) = delete;

    std::optional<ParsedDocument> findUnchanged(const QString &path, qint64 size, qint64 mtime) override;
    std::optional<ParsedDocument> findByHash(const QString &path, const QByteArray &hash) override;
    bool mayHave(const QString &path) const override { return m_known.contains(path); }
    void store(const QString &path, qint64 size, qint64 mtime, const QByteArray &hash,
        const ParsedDocument &document) override;
    void retainOnly(const QStringList &paths) override;

    /** Files parsed and stored, reused unchanged, and dropped (gone from the folder) in this load. */
    [[nodiscard]] int filesRead() const { return m_read; }
    [[nodiscard]] int filesSkipped() const { return m_skipped; }
    [[nodiscard]] int filesRemoved() const { return m_removed; }
    /**
     * Waits until the parses stored in this load are written and the files gone from the
     * folder are dropped; the database is the caller's again. Returns false when a write into
     * the index failed (the load is still good; the index is not updated).
     */
    [[nodiscard]] bool finish();

    /**
     * The parse as the `parsed` column keeps it: all but the body (unless the graph reads it,
     * ParsedDocument::bodyRead), which only the search rows (`documents`) keep.
     */
    [[nodiscard]] static QByteArray serialise(const ParsedDocument &document);
    [[nodiscard]] static std::optional<ParsedDocument> deserialise(const QByteArray &bytes);

private:
    [[nodiscard]] std::optional<ParsedDocument> fetch(const QString &path);
    /** Reads every cached parse at once and decodes them on all cores (a warm load reuses nearly all). */
    void prefetch();
    /** Serialises the stored parses and writes them in order, then drops `gone`: on m_writer. */
    void write(const QStringList &gone);

    struct Pending
    {
        QString path;
        qint64 size = 0;
        qint64 mtime = 0;
        QByteArray hash;
        ParsedDocument document;
    };
    /**
     * Parses stored but not yet written. Writing them on the loader thread was a noticeable part of
     * a first build; written on m_writer while the graph is built, one core each, first builds are
     * faster for a little more peak memory (docs/performance.md).
     */
    std::vector<Pending> m_pending;
    std::thread m_writer;
    /** Decoded parses read by prefetch(), taken out as the loader asks for them. */
    QHash<QString, ParsedDocument> m_decoded;
    bool m_prefetched = false;

    IndexDatabase &m_database;
    QHash<QString, FileRecord> m_known;
    SqliteStatement m_fetch;
    SqliteStatement m_upsert;
    /** Size and mtime the loader saw, for files that turn out touched but unchanged. */
    QHash<QString, std::pair<qint64, qint64>> m_seen;
    int m_read = 0;
    int m_skipped = 0;
    int m_removed = 0;
    bool m_ok = true;
};

} // namespace storyloom
