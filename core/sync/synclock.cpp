// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/synclock.h"

#include "core/sync/processtable.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
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
    // The turn goes last: the next sync must not find our marker.
    m_turn.reset();
}

QString SyncLock::turnPath() const
{
    return QDir(m_gitDir).filePath(QStringLiteral("storyloom-sync.lock"));
}

SyncLock::Turn SyncLock::takeTurn(
    std::chrono::milliseconds timeout, const std::atomic_bool &cancel, const std::function<void()> &waiting)
{
    m_turn = std::make_unique<QLockFile>(turnPath());
    // Only a dead holder makes the turn stale: a sync may wait long for a password or a slow network.
    m_turn->setStaleLockTime(0);
    QElapsedTimer timer;
    timer.start();
    bool waited = false;
    while (!m_turn->tryLock(0)) {
        if (m_turn->error() != QLockFile::LockFailedError) {
            // A folder we cannot write a lock file into (a full disk): Git's own locks still guard it.
            qCWarning(lcSync) << "could not create the sync lock" << turnPath() << "error" << int(m_turn->error());
            m_turn.reset();
            return waited ? Turn::TakenAfterWaiting : Turn::Taken;
        }
        if (!waited) {
            qint64 pid = 0;
            QString host;
            QString app;
            m_turn->getLockInfo(&pid, &host, &app);
            qCInfo(lcSync) << "another sync of this repository runs (process" << pid << "); waiting for it";
            waited = true;
            if (waiting)
                waiting();
        }
        if (cancel.load())
            return Turn::Cancelled;
        if (timer.elapsed() >= timeout.count()) {
            qCWarning(lcSync) << "gave up waiting for another sync of" << m_gitDir;
            return Turn::TimedOut;
        }
        QThread::msleep(100);
    }
    return waited ? Turn::TakenAfterWaiting : Turn::Taken;
}

QString SyncLock::indexLockPath() const
{
    return QDir(m_gitDir).filePath(QStringLiteral("index.lock"));
}

QString SyncLock::markerPath() const
{
    return QDir(m_gitDir).filePath(QStringLiteral("storyloom-sync.pid"));
}

QStringList SyncLock::lockPaths() const
{
    const QDir dir(m_gitDir);
    return { dir.filePath(QStringLiteral("index.lock")), dir.filePath(QStringLiteral("HEAD.lock")) };
}

QStringList SyncLock::staleForeignLocks() const
{
    QStringList old;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &path : lockPaths()) {
        const QFileInfo info(path);
        if (info.exists() && info.lastModified().secsTo(now) >= staleAgeSeconds())
            old.append(path);
    }
    if (old.isEmpty())
        return {};
    const ProcessTable table = ProcessTable::read();
    if (!table.available())
        return {};
    QStringList folders { m_gitDir };
    if (!m_workTree.isEmpty())
        folders.append(m_workTree);
    const QList<ProcessInfo> working = table.gitProcessesIn(folders);
    if (!working.isEmpty()) {
        qCInfo(lcSync) << "old lock kept: git process" << working.first().pid << "works on the repository";
        return {};
    }
    return old;
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
    m_removalNotes.clear();
    for (const QString &path : staleForeignLocks()) {
        const qint64 minutes = QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTimeUtc()) / 60;
        if (!QFile::remove(path)) {
            qCWarning(lcSync) << "could not remove the stale lock" << path;
            continue;
        }
        qCInfo(lcSync) << "removed the stale lock" << path;
        m_removalNotes.append(QCoreApplication::translate("storyloom::SyncLock",
            "Removed %1, a lock %n minute(s) old: no Git program works on this repository any more (a Git "
            "program that crashed leaves such a lock behind).",
            nullptr, int(minutes))
                .arg(QFileInfo(path).fileName()));
        state = LockState::RemovedStale;
    }
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
        if (QFile::exists(indexLockPath()))
            return LockState::HeldByOther;
    }
    if (QFile::exists(lockPaths().constLast()))
        return LockState::HeldByOther;
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
