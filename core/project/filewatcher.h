// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace storyloom {

/**
 * Tells when a project's folder changed on disk: edits by other programs,
 * saves by editors that replace files, and Git checkouts. Bursts of events
 * collapse into one `changed()` after a short quiet period, so one refresh
 * follows a `git pull` that touched a hundred files.
 */
class FileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FileWatcher(QObject *parent = nullptr);
    ~FileWatcher() override;

    /** Watches every folder under `root` (hidden ones skipped, `.git`'s HEAD included) and the Markdown files in them.
     */
    void watch(const QString &root);
    void stop();
    [[nodiscard]] QString root() const { return m_root; }
    /** How long to wait after the last event before `changed()` (milliseconds). */
    void setQuietPeriod(int milliseconds);
    /** Files are watched one by one up to this many; beyond it only folders are (system limits). */
    void setMaxWatchedFiles(int count) { m_maxFiles = count; }

Q_SIGNALS:
    /** Something under the root changed; `paths` are the files and folders reported, relative to the root. */
    void changed(const QStringList &paths);

private:
    void rewatch();
    void note(const QString &path);

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
    QString m_root;
    QStringList m_pending;
    int m_maxFiles = 4000;
};

} // namespace storyloom
