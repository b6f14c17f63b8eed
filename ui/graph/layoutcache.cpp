// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/layoutcache.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

namespace storyloom {

namespace {
/** One queued save: the index file and the view. */
using SaveKey = std::pair<QString, QString>;
} // namespace

struct LayoutCache::Queue
{
    QMutex mutex;
    QHash<SaveKey, CachedLayout> pending;
    bool draining = false;
    QThreadPool pool;

    Queue() { pool.setMaxThreadCount(1); }
    ~Queue() { pool.waitForDone(); }

    /** Writes queued layouts until none is left; runs on the pool's thread. */
    void drain()
    {
        for (;;) {
            SaveKey key;
            CachedLayout layout;
            {
                QMutexLocker lock(&mutex);
                if (pending.isEmpty()) {
                    draining = false;
                    return;
                }
                const auto it = pending.begin();
                key = it.key();
                layout = it.value();
                pending.erase(it);
            }
            // Each save opens its own connection: connections never cross threads.
            IndexDatabase::Opened opened = IndexDatabase::openFile(key.first);
            if (opened.database)
                (void)PositionTables(*opened.database).saveLayout(key.second, layout);
        }
    }
};

LayoutCache::LayoutCache(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_queue(std::make_shared<Queue>())
{ }

LayoutCache::~LayoutCache() = default;

QString LayoutCache::databaseFor(const QString &projectPath) const
{
    return m_databasePath.isEmpty() ? IndexDatabase::pathFor(projectPath) : m_databasePath;
}

CachedLayout LayoutCache::load(const QString &projectPath, const QString &viewKey) const
{
    const SaveKey key { databaseFor(projectPath), viewKey };
    {
        QMutexLocker lock(&m_queue->mutex);
        const auto it = m_queue->pending.constFind(key);
        if (it != m_queue->pending.cend())
            return *it;
    }
    // A read in WAL mode: it never waits for a refresh that is writing.
    IndexDatabase::Opened opened = IndexDatabase::openFile(key.first);
    return opened.database ? PositionTables(*opened.database).loadLayout(viewKey) : CachedLayout();
}

void LayoutCache::save(const QString &projectPath, const QString &viewKey, const CachedLayout &layout) const
{
    QMutexLocker lock(&m_queue->mutex);
    m_queue->pending.insert({ databaseFor(projectPath), viewKey }, layout);
    if (m_queue->draining)
        return;
    m_queue->draining = true;
    m_queue->pool.start([queue = m_queue.get()] { queue->drain(); });
}

void LayoutCache::waitForSaves() const
{
    m_queue->pool.waitForDone();
}

} // namespace storyloom
