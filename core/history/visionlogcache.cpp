// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/visionlogcache.h"

#include "core/extract/graphbuilder.h"
#include "core/rules/ruleset.h"
#include "core/util/logging.h"
#include "core/util/projectkey.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace storyloom {

namespace {
constexpr quint32 logCacheMagic = 0x534c484c;
/** Raise with every change to the counts a row holds (VisionLog::counts()). */
constexpr quint32 logCacheFormat = 1;
/** Beyond this the file is not read (and is written anew from this run's rows). */
constexpr qint64 maxLogCacheSize = 64 * 1024 * 1024;
} // namespace

QByteArray VisionLogCache::currentFingerprint()
{
    static const QByteArray fingerprint = "extractor:" + QByteArray::number(GraphBuilder::extractorVersion)
        + " rules:" + RuleSet::builtIn().fingerprint().toHex() + " rows:" + QByteArray::number(logCacheFormat);
    return fingerprint;
}

QString VisionLogCache::file(const QString &projectRoot)
{
    // Beside the kept parses (RevisionLoader::parsesFile()), named the same way.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/history");
    const QString root = QFileInfo(projectRoot).absoluteFilePath();
    return folder + u'/' + QFileInfo(root).fileName() + u'-' + projectKey(root) + QStringLiteral(".log");
}

void VisionLogCache::open(const QString &file, const QByteArray &fingerprint)
{
    m_file = file;
    m_fingerprint = fingerprint;
    m_rows.clear();
    m_added = false;
    QFile in(file);
    if (!in.exists())
        return;
    if (in.size() > maxLogCacheSize || !in.open(QIODevice::ReadOnly)) {
        qCInfo(lcHistory) << "kept log rows not read:" << file << in.errorString();
        return;
    }
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_5);
    quint32 magic = 0;
    quint32 format = 0;
    QByteArray madeWith;
    stream >> magic >> format >> madeWith;
    if (magic != logCacheMagic || format != logCacheFormat || madeWith != fingerprint) {
        qCDebug(lcHistory) << "kept log rows made by another build, not read:" << file;
        return;
    }
    QHash<QByteArray, QByteArray> rows;
    stream >> rows;
    if (stream.status() != QDataStream::Ok) {
        qCInfo(lcHistory) << "kept log rows damaged, not read:" << file;
        return;
    }
    m_rows = std::move(rows);
}

std::optional<QJsonObject> VisionLogCache::find(const QString &commit) const
{
    const auto row = m_rows.constFind(commit.toLatin1());
    if (row == m_rows.cend())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*row, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCDebug(lcHistory) << "a kept log row could not be read; counted again:" << commit;
        return std::nullopt;
    }
    return document.object();
}

void VisionLogCache::insert(const QString &commit, const QJsonObject &counts)
{
    m_rows.insert(commit.toLatin1(), QJsonDocument(counts).toJson(QJsonDocument::Compact));
    m_added = true;
}

bool VisionLogCache::save()
{
    if (m_file.isEmpty() || !m_added)
        return true;
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath())) {
        qCWarning(lcHistory) << "cannot make the folder of the kept log rows:" << m_file;
        return false;
    }
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly)) {
        qCWarning(lcHistory) << "cannot keep the log rows:" << m_file << out.errorString();
        return false;
    }
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_5);
    stream << logCacheMagic << logCacheFormat << m_fingerprint << m_rows;
    if (stream.status() != QDataStream::Ok || !out.commit()) {
        qCWarning(lcHistory) << "cannot keep the log rows:" << m_file << out.errorString();
        return false;
    }
    m_added = false;
    return true;
}

} // namespace storyloom
