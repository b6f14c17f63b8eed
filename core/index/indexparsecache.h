// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/indexdatabase.h"
#include "project/parsecache.h"

namespace storyloom {

/**
 * The loader's parse cache kept in the index's `files` table: a file whose
 * size and mtime (else hash) are unchanged is neither read nor parsed again.
 * Writes go into the database's open transaction, so they commit together
 * with the snapshot built from them (or not at all); stored parses are written
 * in batches, the last at retainOnly() (the end of every complete load).
 * Loader thread only.
 */
class IndexParseCache : public ParseCache
{
public:
    /** `known` is the index's record of every file (IndexDatabase::files()). */
    IndexParseCache(IndexDatabase &database, QHash<QString, FileRecord> known);

    std::optional<ParsedDocument> findUnchanged(const QString &path, qint64 size, qint64 mtime) override;
    std::optional<ParsedDocument> findByHash(const QString &path, const QByteArray &hash) override;
    bool mayHave(const QString &path) const override { return m_known.contains(path); }
    void store(const QString &path, qint64 size, qint64 mtime, const QByteArray &hash, const ParsedDocument &document) override;
    void retainOnly(const QStringList &paths) override;

    /** Files parsed and stored, reused unchanged, and dropped (gone from the folder) in this load. */
    [[nodiscard]] int filesRead() const { return m_read; }
    [[nodiscard]] int filesSkipped() const { return m_skipped; }
    [[nodiscard]] int filesRemoved() const { return m_removed; }
    /** False when a write into the index failed (the load is still good; the index is not updated). */
    [[nodiscard]] bool ok() const { return m_ok; }

    /**
     * The parse as the `parsed` column keeps it: all but the body (unless the graph reads it,
     * ParsedDocument::bodyRead), which goes into the `body` column for the search rows.
     */
    [[nodiscard]] static QByteArray serialise(const ParsedDocument &document);
    [[nodiscard]] static std::optional<ParsedDocument> deserialise(const QByteArray &bytes);

private:
    [[nodiscard]] std::optional<ParsedDocument> fetch(const QString &path);
    /** Reads every cached parse at once and decodes them on all cores (a warm load reuses nearly all). */
    void prefetch();
    /** Serialises the stored parses on all cores and writes them (in order, on this thread). */
    void flush();

    struct Pending
    {
        QString path;
        qint64 size = 0;
        qint64 mtime = 0;
        QByteArray hash;
        ParsedDocument document;
    };
    /** Parses stored but not yet written: serialising them one by one on the loader thread took seconds. */
    std::vector<Pending> m_pending;
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
