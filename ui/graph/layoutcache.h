// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/indexdatabase.h"
#include "core/index/positiontables.h"

#include <QString>
#include <memory>

namespace storyloom {

/** Node positions of one graph view state, and which nodes the user pinned. */
using CachedLayout = StoredLayout;

/**
 * Remembers graph layouts per project and per filter so the graph reopens as
 * it was. They live in the project's index (table `positions`, in the cache
 * folder, never in the content folder), per entity, so a changed graph keeps
 * the places of the nodes it still has. Saving happens on a background
 * thread (the index may be busy with a refresh); saves of one view that
 * overlap collapse into the latest. Copies share the queue.
 */
class LayoutCache
{
public:
    /** `databasePath` empty: each project's own index (IndexDatabase::pathFor). Tests pass a file. */
    explicit LayoutCache(QString databasePath = {});
    ~LayoutCache();
    LayoutCache(const LayoutCache &) = default;
    LayoutCache &operator=(const LayoutCache &) = default;

    /** The view's layout: a save still queued wins over the database. */
    [[nodiscard]] CachedLayout load(const QString &projectPath, const QString &viewKey) const;
    /** Queues the layout for writing (atomically, in one transaction) and returns at once. */
    void save(const QString &projectPath, const QString &viewKey, const CachedLayout &layout) const;
    /** Blocks until every queued save is written (tests, closing). */
    void waitForSaves() const;
    /** The index file that holds the layouts of the project at `projectPath`. */
    [[nodiscard]] QString databaseFor(const QString &projectPath) const;

private:
    struct Queue;
    QString m_databasePath;
    std::shared_ptr<Queue> m_queue;
};

} // namespace storyloom
