// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/projectloader.h"
#include "core/model/storygraph.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace storyloom {

class FileWatcher;

/**
 * The open project as the GUI sees it: owns the current snapshot and
 * rebuilds it off the GUI thread when asked. Overlapping reload requests
 * collapse: while one load runs, further requests mark it stale and one more
 * load follows. Views only ever see complete snapshots, through snapshotChanged.
 */
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /**
     * Starts loading the folder at `rootPath`; the snapshot arrives through snapshotChanged. Until
     * then there is none: nothing of the previous project is handed out any more, and the Writer
     * refuses to write outside the new root.
     */
    void open(const QString &rootPath);
    /** Loads the same folder again (after a change on disk or a write). */
    void reload();
    /** Stops the running load; the snapshot shown stays (the index keeps its last complete state). */
    void cancelLoad();

    [[nodiscard]] Snapshot snapshot() const { return m_snapshot; }
    [[nodiscard]] QString rootPath() const { return m_rootPath; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /** Blocks until no load is running (tests and the --screenshot mode). */
    void waitForLoaded();

Q_SIGNALS:
    /**
     * Another folder was opened (before its first snapshot): what views hold of the previous
     * project (undo stacks, results, selections, pending writes) belongs to it and is dropped.
     */
    void opened(const QString &rootPath);
    void snapshotChanged(storyloom::Snapshot snapshot);
    void loadProgress(int done, int total);
    /** The running load has read the files and moved on to `stage` (no counts: it may take seconds). */
    void loadStage(storyloom::LoadStage stage);
    void loadingChanged(bool loading);
    /** Something about the index the user should know (it was rebuilt, it could not be updated). */
    void indexNotice(const QString &message);
    /**
     * A refresh wrote to the index (new search text, say), also when the graph
     * and so the snapshot stayed the same: searches shown should run again.
     */
    void indexUpdated();

private:
    void startLoad();
    void finishLoad(quint64 generation, Snapshot snapshot, const QString &graphFingerprint, bool indexWritten);
    void showCached(quint64 generation, Snapshot snapshot);

    QString m_rootPath;
    Snapshot m_snapshot;
    /** The index's fingerprint of m_snapshot's graph (empty when unknown): a refresh that keeps the graph hands
     * m_snapshot back. */
    QString m_graphFingerprint;
    bool m_loading = false;
    bool m_stale = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /** The first load after open() shows the index's snapshot at once, then refreshes. */
    bool m_firstLoad = false;
    FileWatcher *m_watcher;
};

/**
 * The bundled sample project, copied out of the resources into the user's
 * data folder the first time (so it can be edited), and its path returned.
 */
[[nodiscard]] QString ensureSampleProject();

} // namespace storyloom
