// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/historytimeline.h"
#include "core/history/visiondiff.h"
#include "core/history/visionlog.h"
#include "core/model/storygraph.h"

#include <QObject>
#include <QThreadPool>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace storyloom {

class RevisionLoader;

/**
 * The GUI's side of the vision's history: the timeline of the project
 * folder's first-parent commits, the revision the views show instead of
 * today's (read-only), an optional revision to compare it with, and the
 * counts behind the chart. Every Git read and parse runs on one worker
 * thread; a new request cancels the one running.
 */
class VisionHistory : public QObject
{
    Q_OBJECT
public:
    explicit VisionHistory(QObject *parent = nullptr);
    ~VisionHistory() override;

    /** A project was opened (or its snapshot changed): the timeline is read again. */
    void setLiveSnapshot(const Snapshot &snapshot);

    [[nodiscard]] const Timeline &timeline() const { return m_timeline; }
    /** True once the timeline was read and has commits to step through. */
    [[nodiscard]] bool isTimelineRead() const { return m_timelineRead; }
    [[nodiscard]] bool hasHistory() const { return !m_timeline.commits.empty() && !m_timeline.error.isError(); }
    /** The index of the commit shown (oldest first), or the number of commits for today's vision. */
    [[nodiscard]] int position() const { return m_position; }
    [[nodiscard]] int nowPosition() const { return int(m_timeline.commits.size()); }
    [[nodiscard]] bool isViewingPast() const { return m_position < nowPosition(); }
    /** What the views show instead of the project's snapshot (null: the project's own). */
    [[nodiscard]] const Snapshot &shown() const { return m_shown; }
    /** The comparison with the base revision, while comparing. */
    [[nodiscard]] const std::optional<VisionChanges> &changes() const { return m_changes; }
    /** How the base revision was named to the user (empty while not comparing). */
    [[nodiscard]] const QString &baseLabel() const { return m_baseLabel; }

    /** Shows the vision at a position of the timeline (loaded on the worker). */
    void showPosition(int position);
    /** Back to today's vision, read-write (a comparison stays on). */
    void backToNow();
    /** Compares what is shown with `revision` (a commit, tag or date); `label` names it to the user. */
    void compareWith(const QString &revision, const QString &label);
    void stopComparing();
    /** Reads the counts at every commit for the chart (once per timeline); logReady() brings them. */
    void loadLog();
    /** The counts at every commit, newest first, once read. */
    [[nodiscard]] const std::optional<std::vector<VisionLogRow>> &logRows() const { return m_rows; }
    /** Stops what the worker is doing (the reader asked): what was loading is not shown. */
    void cancel();

Q_SIGNALS:
    /** The timeline was read again. */
    void timelineChanged();
    /** What the views show changed: position, shown snapshot or the comparison. */
    void viewChanged();
    /** The worker started or stopped; `what` says what it does. */
    void busyChanged(bool busy, const QString &what);
    void progress(int done, int total);
    void logReady(const std::vector<storyloom::VisionLogRow> &rows);
    /** A request failed; the message is for the user. */
    void failed(const QString &message);

private:
    /** What a job is for: a new one cancels the last of its kind only. */
    enum Channel { ReadTimeline, LoadView, ReadLog, ChannelCount };
    void readTimeline();
    void refresh();
    /** Runs `job` on the worker, cancelling the one of `channel` running; quiet when `what` is empty. */
    void run(Channel channel, const QString &what, std::function<void(const std::atomic_bool &)> job);
    void finish(bool shown);
    void stopAll();

    QThreadPool m_pool;
    std::array<std::shared_ptr<std::atomic_bool>, ChannelCount> m_cancel;
    int m_running = 0;
    /** Jobs running that the status bar shows. */
    int m_busy = 0;
    Snapshot m_live;
    QString m_root;
    Timeline m_timeline;
    bool m_timelineRead = false;
    /** Parses kept by blob id between loads; used on the worker only. */
    std::shared_ptr<RevisionLoader> m_loader;
    int m_position = 0;
    /** The position `m_shown` is of (it lags m_position while a load runs). */
    int m_shownPosition = 0;
    Snapshot m_shown;
    QString m_base;
    QString m_baseLabel;
    std::optional<VisionChanges> m_changes;
    bool m_logRead = false;
    std::optional<std::vector<VisionLogRow>> m_rows;
};

} // namespace storyloom
