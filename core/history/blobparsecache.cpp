// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/blobparsecache.h"

#include "core/parse/parsecodec.h"
#include "core/util/logging.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace storyloom {

namespace {
/** The file's first bytes and format: another format is not read (and is replaced on save). */
constexpr quint32 fileMagic = 0x534c4850;
constexpr quint32 fileFormat = 1;
/** Beyond this the file starts again from this run's parses, so it never grows without bound. */
constexpr qint64 maxFileSize = 256 * 1024 * 1024;
} // namespace

void BlobParseCache::setRevision(QHash<QString, QByteArray> blobs, QByteArray configKey)
{
    m_blobs = std::move(blobs);
    m_configKey = std::move(configKey);
}

QByteArray BlobParseCache::key(const QString &path) const
{
    const auto blob = m_blobs.constFind(path);
    if (blob == m_blobs.cend())
        return {};
    return *blob + '\0' + path.toUtf8() + '\0' + m_configKey;
}

bool BlobParseCache::has(const QString &path) const
{
    const QByteArray k = key(path);
    return !k.isEmpty() && (m_parses.contains(k) || m_stored.contains(k));
}

bool BlobParseCache::ready(const QString &path)
{
    const QByteArray k = key(path);
    if (k.isEmpty())
        return false;
    if (m_parses.contains(k))
        return true;
    const auto stored = m_stored.constFind(k);
    if (stored == m_stored.cend())
        return false;
    std::optional<ParsedDocument> decoded = ParseCodec::decode(*stored);
    m_stored.erase(stored);
    if (!decoded) {
        qCDebug(lcHistory) << "a kept parse could not be decoded; parsed again:" << path;
        return false;
    }
    m_parses.insert(k, std::move(*decoded));
    return true;
}

std::optional<ParsedDocument> BlobParseCache::findUnchanged(const QString &path, qint64 size, qint64 mtime)
{
    Q_UNUSED(size);
    Q_UNUSED(mtime);
    if (!ready(path))
        return std::nullopt;
    return m_parses.value(key(path));
}

std::optional<ParsedDocument> BlobParseCache::findByHash(const QString &path, const QByteArray &hash)
{
    // The blob id already names the bytes: what findUnchanged() did not find is not kept.
    Q_UNUSED(path);
    Q_UNUSED(hash);
    return std::nullopt;
}

void BlobParseCache::store(
    const QString &path, qint64 size, qint64 mtime, const QByteArray &hash, const ParsedDocument &document)
{
    Q_UNUSED(size);
    Q_UNUSED(mtime);
    Q_UNUSED(hash);
    if (const QByteArray k = key(path); !k.isEmpty()) {
        m_parses.insert(k, document);
        m_added = true;
    }
}

void BlobParseCache::retainOnly(const QStringList &paths)
{
    // Other revisions come back while history is walked: nothing is dropped.
    Q_UNUSED(paths);
}

void BlobParseCache::open(const QString &file)
{
    m_file = file;
    QFile in(file);
    if (!in.exists())
        return;
    if (in.size() > maxFileSize || !in.open(QIODevice::ReadOnly)) {
        qCInfo(lcHistory) << "kept parses not read:" << file << in.errorString();
        return;
    }
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_5);
    quint32 magic = 0;
    quint32 format = 0;
    QHash<QByteArray, QByteArray> stored;
    stream >> magic >> format;
    if (magic != fileMagic || format != fileFormat)
        return;
    stream >> stored;
    if (stream.status() != QDataStream::Ok) {
        qCInfo(lcHistory) << "kept parses damaged, not read:" << file;
        return;
    }
    m_stored = std::move(stored);
}

bool BlobParseCache::save()
{
    if (m_file.isEmpty() || !m_added)
        return true;
    QHash<QByteArray, QByteArray> all = m_stored;
    qint64 bytes = 0;
    for (auto it = m_parses.cbegin(); it != m_parses.cend(); ++it) {
        QByteArray encoded = ParseCodec::encode(*it, true);
        bytes += encoded.size() + it.key().size();
        all.insert(it.key(), std::move(encoded));
    }
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it)
        bytes += it->size() + it.key().size();
    if (bytes > maxFileSize) {
        for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
            if (!m_parses.contains(it.key()))
                all.remove(it.key());
        }
    }
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath())) {
        qCWarning(lcHistory) << "cannot make the folder of the kept parses:" << m_file;
        return false;
    }
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly)) {
        qCWarning(lcHistory) << "cannot keep the parses:" << m_file << out.errorString();
        return false;
    }
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_5);
    stream << fileMagic << fileFormat << all;
    if (stream.status() != QDataStream::Ok || !out.commit()) {
        qCWarning(lcHistory) << "cannot keep the parses:" << m_file << out.errorString();
        return false;
    }
    m_added = false;
    return true;
}

} // namespace storyloom
