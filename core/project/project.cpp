// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include "core/extract/projectloader.h"
#include "core/index/indexer.h"
#include "core/project/filewatcher.h"
#include "core/project/writer.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QPointer>
#include <QStandardPaths>
#include <QThreadPool>

namespace storyloom {

Project::Project(QObject *parent)
    : QObject(parent)
    , m_watcher(new FileWatcher(this))
{
    // Edits by other programs, Git and our own Writer all arrive here.
    connect(m_watcher, &FileWatcher::changed, this, &Project::reload);
}

Project::~Project()
{
    if (m_cancel)
        m_cancel->store(true);
    if (!m_rootPath.isEmpty() && Writer::openProjectRoot() == QFileInfo(m_rootPath).canonicalFilePath())
        Writer::setOpenProjectRoot({});
}

void Project::open(const QString &rootPath)
{
    if (m_cancel)
        m_cancel->store(true);
    m_rootPath = QFileInfo(rootPath).absoluteFilePath();
    Writer::setOpenProjectRoot(m_rootPath);
    m_snapshot.reset();
    m_graphFingerprint.clear();
    m_stale = false;
    ++m_generation;
    m_loading = false;
    m_firstLoad = true;
    m_watcher->watch(m_rootPath);
    Q_EMIT opened(m_rootPath);
    startLoad();
}

void Project::reload()
{
    if (m_rootPath.isEmpty())
        return;
    if (m_loading) {
        m_stale = true;
        return;
    }
    startLoad();
}

void Project::cancelLoad()
{
    if (!m_loading)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // a result still on its way is dropped
    m_loading = false;
    m_stale = false;
    Q_EMIT loadingChanged(false);
}

void Project::startLoad()
{
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QString root = m_rootPath;
    const bool first = std::exchange(m_firstLoad, false);
    QPointer<Project> self(this);
    CachedSnapshot current;
    if (!first && !m_graphFingerprint.isEmpty())
        current = { m_snapshot, m_graphFingerprint, {} };
    QThreadPool::globalInstance()->start([self, cancel, root, generation, first, current] {
        CachedSnapshot cached = current;
        if (first) {
            // Instant reopen: what the index holds, while the refresh reads what changed.
            cached = Indexer::loadCached(root);
            if (!cached.notice.isEmpty()) {
                QMetaObject::invokeMethod(
                    self,
                    [self, notice = cached.notice] {
                        if (self)
                            Q_EMIT self->indexNotice(notice);
                    },
                    Qt::QueuedConnection);
            }
            if (cached.snapshot && !cancel->load()) {
                QMetaObject::invokeMethod(
                    self,
                    [self, generation, snapshot = cached.snapshot] {
                        if (self)
                            self->showCached(generation, snapshot);
                    },
                    Qt::QueuedConnection);
            }
        }
        LoadOptions options;
        options.cancel = cancel.get();
        options.progress = [self](int done, int total) {
            QMetaObject::invokeMethod(
                self,
                [self, done, total] {
                    if (self)
                        Q_EMIT self->loadProgress(done, total);
                },
                Qt::QueuedConnection);
        };
        options.stage = [self](LoadStage stage) {
            QMetaObject::invokeMethod(
                self,
                [self, stage] {
                    if (self)
                        Q_EMIT self->loadStage(stage);
                },
                Qt::QueuedConnection);
        };
        const IndexRefresh refresh = Indexer::refresh(root, { .load = options, .verify = first, .cached = &cached });
        if (cancel->load())
            return;
        if (!refresh.snapshot) {
            qCWarning(lcProject).noquote() << "loading" << root << "gave no snapshot:" << refresh.error;
            return;
        }
        QString notice = refresh.notice;
        if (!refresh.error.isEmpty()) {
            qCWarning(lcProject).noquote() << "the index of" << root << "was not updated:" << refresh.error;
            notice = tr("The index could not be updated: %1").arg(refresh.error);
        }
        const bool written = refresh.error.isEmpty()
            && (refresh.filesRead > 0 || refresh.filesRemoved > 0 || refresh.searchFilesWritten > 0);
        QMetaObject::invokeMethod(
            self,
            [self, generation, snapshot = refresh.snapshot, graphFingerprint = refresh.graphFingerprint, notice,
                written] {
                if (!self)
                    return;
                if (!notice.isEmpty() && generation == self->m_generation)
                    Q_EMIT self->indexNotice(notice);
                self->finishLoad(generation, snapshot, graphFingerprint, written);
            },
            Qt::QueuedConnection);
    });
}

void Project::finishLoad(quint64 generation, Snapshot snapshot, const QString &graphFingerprint, bool indexWritten)
{
    if (generation != m_generation) {
        qCDebug(lcProject) << "a superseded load finished; its snapshot is dropped";
        return;
    }
    // Nothing changed since the cached snapshot was shown: the views keep what they built.
    const bool changed = snapshot != m_snapshot;
    m_snapshot = std::move(snapshot);
    m_graphFingerprint = graphFingerprint;
    m_loading = false;
    if (changed)
        Q_EMIT snapshotChanged(m_snapshot);
    if (indexWritten)
        Q_EMIT indexUpdated();
    if (m_stale) {
        m_stale = false;
        startLoad();
        return;
    }
    Q_EMIT loadingChanged(false);
}

void Project::showCached(quint64 generation, Snapshot snapshot)
{
    if (generation != m_generation || !m_loading)
        return;
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotChanged(m_snapshot);
}

void Project::waitForLoaded()
{
    while (m_loading)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

QString ensureSampleProject()
{
    const QString target
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample-project");
    if (QFileInfo::exists(target + QStringLiteral("/storyloom.yml")))
        return target;
    const QString source = QStringLiteral(":/storyloom/sample");
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString destination = target + file.mid(source.size());
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile::remove(destination);
        if (QFile::copy(file, destination))
            QFile::setPermissions(
                destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return target;
}

} // namespace storyloom
