// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/synclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace storyloom {

namespace {
struct Marker
{
    qint64 appPid = 0;
    qint64 gitPid = 0;
};

std::optional<Marker> readMarker(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    return Marker { parts[0].toLongLong(), parts[1].toLongLong() };
}

/** A lock younger than this after our marker was written may still be ours. */
constexpr qint64 lockWindowSeconds = 600;
} // namespace

SyncLock::~SyncLock()
{
    if (m_owned)
        QFile::remove(markerPath());
}

QString SyncLock::indexLockPath() const
{
    return QDir(m_gitDir).filePath(QStringLiteral("index.lock"));
}

QString SyncLock::markerPath() const
{
    return QDir(m_gitDir).filePath(QStringLiteral("storyloom-sync.pid"));
}

bool SyncLock::isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A killed process nobody has reaped yet still answers kill(); /proc knows better.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close > 0 && close + 2 < text.size() && (text[close + 2] == 'Z' || text[close + 2] == 'X'))
            return false;
    }
    return true;
#else
    return true; // without a way to know, a lock is never assumed stale
#endif
}

bool SyncLock::isStale() const
{
    const QFileInfo lock(indexLockPath());
    const QFileInfo markerInfo(markerPath());
    if (!lock.exists() || !markerInfo.exists())
        return false;
    const auto marker = readMarker(markerPath());
    if (!marker || marker->appPid == QCoreApplication::applicationPid() || isAlive(marker->appPid)
        || isAlive(marker->gitPid))
        return false;
    const qint64 age = markerInfo.lastModified().secsTo(lock.lastModified());
    return age >= -5 && age <= lockWindowSeconds;
}

SyncLock::LockState SyncLock::acquire()
{
    LockState state = LockState::Free;
    if (QFile::exists(indexLockPath())) {
        const auto marker = readMarker(markerPath());
        if (isStale()) {
            QFile::remove(indexLockPath());
            state = LockState::RemovedStale;
        } else if (marker && isAlive(marker->gitPid) && !isAlive(marker->appPid)) {
            // The app died but its git process is finishing on its own: give it a moment.
            for (int i = 0; i < 100 && QFile::exists(indexLockPath()); ++i)
                QThread::msleep(100);
        }
        if (state == LockState::Free && QFile::exists(indexLockPath()))
            return LockState::HeldByOther;
    }
    writeMarker(0);
    return state;
}

void SyncLock::recordGitProcess(qint64 pid)
{
    if (m_owned)
        writeMarker(pid);
}

void SyncLock::writeMarker(qint64 gitPid)
{
    // Small and rewritten often: a plain write is enough; a torn marker only makes a lock look foreign.
    QFile file(markerPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + ' ' + QByteArray::number(gitPid) + '\n');
        m_owned = true;
    }
}

} // namespace storyloom
