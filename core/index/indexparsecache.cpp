// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexparsecache.h"

#include <QIODevice>
#include <QSet>

namespace storyloom {

namespace {
// Bump when ParsedDocument's stream format changes: older entries then miss and are parsed again.
constexpr quint32 parseFormat = 0x534c0001;
} // namespace

IndexParseCache::IndexParseCache(IndexDatabase &database)
    : m_database(database)
    , m_known(database.files())
    , m_fetch(database.connection().prepare("SELECT parsed FROM files WHERE path = ?1"))
    , m_upsert(database.connection().prepare(
          "INSERT OR REPLACE INTO files(path, size, mtime, hash, parsed) VALUES(?1, ?2, ?3, ?4, ?5)"))
{
}

QByteArray IndexParseCache::serialise(const ParsedDocument &document)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_5);
    stream << parseFormat << document;
    return bytes;
}

std::optional<ParsedDocument> IndexParseCache::deserialise(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_5);
    quint32 format = 0;
    stream >> format;
    if (format != parseFormat)
        return std::nullopt;
    ParsedDocument document;
    stream >> document;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return document;
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

std::optional<ParsedDocument> IndexParseCache::findUnchanged(const QString &path, qint64 size, qint64 mtime)
{
    m_seen.insert(path, {size, mtime});
    const auto known = m_known.constFind(path);
    if (known == m_known.cend() || known->size != size || known->mtime != mtime)
        return std::nullopt;
    std::optional<ParsedDocument> document = fetch(path);
    if (document)
        ++m_skipped;
    return document;
}

std::optional<ParsedDocument> IndexParseCache::findByHash(const QString &path, const QByteArray &hash)
{
    const auto known = m_known.constFind(path);
    if (known == m_known.cend() || known->hash != hash)
        return std::nullopt;
    std::optional<ParsedDocument> document = fetch(path);
    if (!document)
        return std::nullopt;
    ++m_skipped;
    // Touched, not changed: remember the new mtime so the next load skips it at once.
    if (const auto seen = m_seen.constFind(path); seen != m_seen.cend()) {
        SqliteStatement touch = m_database.connection().prepare("UPDATE files SET size = ?2, mtime = ?3 WHERE path = ?1");
        m_ok = touch.bind(1, path).bind(2, seen->first).bind(3, seen->second).exec() && m_ok;
    }
    return document;
}

void IndexParseCache::store(const QString &path, qint64 size, qint64 mtime, const QByteArray &hash, const ParsedDocument &document)
{
    ++m_read;
    m_ok = m_upsert.bind(1, path).bind(2, size).bind(3, mtime).bind(4, hash).bind(5, serialise(document)).exec() && m_ok;
}

void IndexParseCache::retainOnly(const QStringList &paths)
{
    const QSet<QString> keep(paths.cbegin(), paths.cend());
    SqliteStatement drop = m_database.connection().prepare("DELETE FROM files WHERE path = ?1");
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (!keep.contains(it.key())) {
            m_ok = drop.bind(1, it.key()).exec() && m_ok;
            ++m_removed;
        }
    }
}

} // namespace storyloom
