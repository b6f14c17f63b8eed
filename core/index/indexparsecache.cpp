// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexparsecache.h"

#include "core/parse/parsecodec.h"
#include "core/util/parallel.h"

#include <QSet>
#include <algorithm>

namespace storyloom {

IndexParseCache::IndexParseCache(IndexDatabase &database, QHash<QString, FileRecord> known)
    : m_database(database)
    , m_known(std::move(known))
    , m_fetch(database.connection().prepare("SELECT parsed FROM files WHERE path = ?1"))
    , m_upsert(database.connection().prepare(
          "INSERT OR REPLACE INTO files(path, size, mtime, hash, parsed) VALUES(?1, ?2, ?3, ?4, ?5)"))
{ }

QHash<QString, FileRecord> IndexParseCache::records(const IndexDatabase &database)
{
    QHash<QString, FileRecord> result;
    SqliteStatement rows = database.connection().prepare("SELECT path, size, mtime, hash FROM files");
    while (rows.next()) {
        FileRecord record { rows.text(0), rows.int64(1), rows.int64(2), rows.blob(3) };
        result.insert(record.path, record);
    }
    return result;
}

bool IndexParseCache::forgetAll(IndexDatabase &database)
{
    const QByteArray forget = QByteArray("DELETE FROM files; DELETE FROM meta WHERE key IN ('")
        + metaKeyName(MetaKey::Inputs) + "', '" + metaKeyName(MetaKey::Shape) + "');";
    return database.connection().exec(forget.constData());
}

IndexParseCache::~IndexParseCache()
{
    (void)finish();
}

QByteArray IndexParseCache::serialise(const ParsedDocument &document)
{
    return ParseCodec::encode(document, document.bodyRead);
}

std::optional<ParsedDocument> IndexParseCache::deserialise(const QByteArray &bytes)
{
    return ParseCodec::decode(bytes);
}

std::optional<ParsedDocument> IndexParseCache::fetch(const QString &path)
{
    m_fetch.bind(1, path);
    std::optional<ParsedDocument> document;
    if (m_fetch.next() && !m_fetch.isNull(0))
        document = deserialise(m_fetch.blob(0));
    m_fetch.reset();
    return document;
}

void IndexParseCache::prefetch()
{
    m_prefetched = true;
    if (m_known.isEmpty())
        return;
    std::vector<std::pair<QString, QByteArray>> raw;
    raw.reserve(size_t(m_known.size()));
    SqliteStatement rows = m_database.connection().prepare("SELECT path, parsed FROM files WHERE parsed IS NOT NULL");
    while (rows.next())
        raw.emplace_back(rows.text(0), rows.blob(1));
    std::vector<std::optional<ParsedDocument>> decoded(raw.size());
    parallelFor(int(raw.size()), [&](int i) {
        decoded[size_t(i)] = deserialise(raw[size_t(i)].second);
        raw[size_t(i)].second = QByteArray();
    });
    m_decoded.reserve(qsizetype(raw.size()));
    for (size_t i = 0; i < raw.size(); ++i) {
        if (decoded[i])
            m_decoded.insert(raw[i].first, std::move(*decoded[i]));
    }
}

std::optional<ParsedDocument> IndexParseCache::findUnchanged(const QString &path, qint64 size, qint64 mtime)
{
    m_seen.insert(path, { size, mtime });
    const auto known = m_known.constFind(path);
    if (known == m_known.cend() || known->size != size || known->mtime != mtime)
        return std::nullopt;
    if (!m_prefetched)
        prefetch();
    std::optional<ParsedDocument> document;
    if (auto it = m_decoded.find(path); it != m_decoded.end()) {
        document = std::move(*it);
        m_decoded.erase(it);
    }
    if (document)
        ++m_skipped;
    return document;
}

std::optional<ParsedDocument> IndexParseCache::findByHash(const QString &path, const QByteArray &hash)
{
    const auto known = m_known.constFind(path);
    if (known == m_known.cend() || known->hash != hash)
        return std::nullopt;
    std::optional<ParsedDocument> document;
    if (auto it = m_decoded.find(path); it != m_decoded.end()) {
        document = std::move(*it);
        m_decoded.erase(it);
    } else {
        document = fetch(path);
    }
    if (!document)
        return std::nullopt;
    ++m_skipped;
    // Touched, not changed: remember the new mtime so the next load skips it at once.
    if (const auto seen = m_seen.constFind(path); seen != m_seen.cend()) {
        SqliteStatement touch
            = m_database.connection().prepare("UPDATE files SET size = ?2, mtime = ?3 WHERE path = ?1");
        m_ok = touch.bind(1, path).bind(2, seen->first).bind(3, seen->second).exec() && m_ok;
    }
    return document;
}

void IndexParseCache::store(
    const QString &path, qint64 size, qint64 mtime, const QByteArray &hash, const ParsedDocument &document)
{
    ++m_read;
    m_pending.push_back({ path, size, mtime, hash, document }); // shares the document's data: no deep copy
}

void IndexParseCache::write(const QStringList &gone)
{
    // In batches: a batch's serialised bytes add to the load's peak memory.
    constexpr size_t batch = 256;
    std::vector<QByteArray> blobs;
    for (size_t start = 0; start < m_pending.size(); start += batch) {
        const size_t end = std::min(m_pending.size(), start + batch);
        blobs.clear();
        for (size_t i = start; i < end; ++i)
            blobs.push_back(serialise(m_pending[i].document));
        for (size_t i = start; i < end; ++i) {
            const Pending &p = m_pending[i];
            m_ok = m_upsert.bind(1, p.path)
                       .bind(2, p.size)
                       .bind(3, p.mtime)
                       .bind(4, p.hash)
                       .bind(5, blobs[i - start])
                       .exec()
                && m_ok;
        }
    }
    m_pending.clear();
    SqliteStatement drop = m_database.connection().prepare("DELETE FROM files WHERE path = ?1");
    for (const QString &path : gone)
        m_ok = drop.bind(1, path).exec() && m_ok;
}

void IndexParseCache::retainOnly(const QStringList &paths)
{
    m_decoded.clear();
    const QSet<QString> keep(paths.cbegin(), paths.cend());
    QStringList gone;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (!keep.contains(it.key()))
            gone.append(it.key());
    }
    m_removed += int(gone.size());
    (void)finish(); // a second load through the same cache waits for the first's writes
    m_writer = std::thread([this, gone = std::move(gone)] { write(gone); });
}

bool IndexParseCache::finish()
{
    if (m_writer.joinable())
        m_writer.join();
    return m_ok;
}

} // namespace storyloom
