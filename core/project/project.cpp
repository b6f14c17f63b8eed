// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/project.h"

#include "project/projectloader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QStandardPaths>
#include <QPointer>
#include <QThreadPool>

namespace storyloom {

Project::Project(QObject *parent)
    : QObject(parent)
{
}

Project::~Project()
{
    if (m_cancel)
        m_cancel->store(true);
}

void Project::open(const QString &rootPath)
{
    if (m_cancel)
        m_cancel->store(true);
    m_rootPath = QFileInfo(rootPath).absoluteFilePath();
    m_stale = false;
    ++m_generation;
    m_loading = false;
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

void Project::startLoad()
{
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    const QString root = m_rootPath;
    QPointer<Project> self(this);
    QThreadPool::globalInstance()->start([self, cancel, root, generation] {
        LoadOptions options;
        options.cancel = cancel.get();
        options.progress = [self](int done, int total) {
            QMetaObject::invokeMethod(self, [self, done, total] { if (self) Q_EMIT self->loadProgress(done, total); },
                                      Qt::QueuedConnection);
        };
        Snapshot snapshot = ProjectLoader::load(root, options);
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(self, [self, generation, snapshot] { if (self) self->finishLoad(generation, snapshot); },
                                  Qt::QueuedConnection);
    });
}

void Project::finishLoad(quint64 generation, Snapshot snapshot)
{
    if (generation != m_generation)
        return;
    m_snapshot = std::move(snapshot);
    m_loading = false;
    Q_EMIT snapshotChanged(m_snapshot);
    if (m_stale) {
        m_stale = false;
        startLoad();
        return;
    }
    Q_EMIT loadingChanged(false);
}

void Project::waitForLoaded()
{
    while (m_loading)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

QString ensureSampleProject()
{
    const QString target = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample-project");
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
            QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return target;
}

} // namespace storyloom
