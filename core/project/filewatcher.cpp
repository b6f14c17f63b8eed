// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/filewatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace storyloom {

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Editors that save by renaming drop the old file's watch: watch again.
        rewatch();
        QStringList paths = m_pending;
        m_pending.clear();
        paths.removeDuplicates();
        Q_EMIT changed(paths);
    });
}

FileWatcher::~FileWatcher() = default;

void FileWatcher::setQuietPeriod(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void FileWatcher::watch(const QString &root)
{
    stop();
    m_root = QFileInfo(root).absoluteFilePath();
    rewatch();
}

void FileWatcher::stop()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_timer->stop();
    m_pending.clear();
}

void FileWatcher::note(const QString &path)
{
    m_pending.append(QDir(m_root).relativeFilePath(path));
    m_timer->start();
}

void FileWatcher::rewatch()
{
    if (m_root.isEmpty())
        return;
    QStringList folders { m_root };
    QStringList files;
    QDirIterator it(m_root, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = QDir(m_root).relativeFilePath(info.absoluteFilePath());
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1StringView("/.")))
            continue;
        if (info.isDir())
            folders.append(info.absoluteFilePath());
        else if (info.suffix().compare(QLatin1StringView("md"), Qt::CaseInsensitive) == 0
            || relative == QLatin1StringView("storyloom.yml") || relative == QLatin1StringView("book.toml"))
            files.append(info.absoluteFilePath());
    }
    // Git: a checkout, pull or reset moves HEAD or rewrites the index.
    for (const QString &git : { QStringLiteral("/.git/HEAD"), QStringLiteral("/.git/index") }) {
        if (QFileInfo::exists(m_root + git))
            files.append(m_root + git);
    }
    if (files.size() > m_maxFiles)
        files.resize(m_maxFiles);

    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::note);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::note);
    }
    const QStringList watchedList = m_watcher->files() + m_watcher->directories();
    const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
    QStringList add;
    for (const QString &path : std::as_const(folders)) {
        if (!watched.contains(path))
            add.append(path);
    }
    for (const QString &path : std::as_const(files)) {
        if (!watched.contains(path))
            add.append(path);
    }
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

} // namespace storyloom
