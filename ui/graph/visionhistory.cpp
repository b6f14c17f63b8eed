// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/visionhistory.h"

#include "core/history/revisionloader.h"
#include "core/util/logging.h"

#include <algorithm>

namespace storyloom {

namespace {

/**
 * `after` with what `changes` removed since `before` put back, so the views can
 * show removed entities and relations (marked) beside the rest.
 */
Snapshot withRemoved(const Snapshot &snapshot, const StoryGraph &before, const VisionChanges &changes)
{
    if (changes.removed.empty() && changes.relationsRemoved.empty())
        return snapshot;
    const StoryGraph &after = *snapshot;
    std::vector<Entity> entities = after.entities();
    for (const EntitySummary &removed : changes.removed) {
        if (const Entity *entity = before.entity(removed.id))
            entities.push_back(*entity);
    }
    std::vector<Relation> relations = after.relations();
    for (const RelationSummary &removed : changes.relationsRemoved) {
        for (const Relation &relation : before.relations()) {
            if (relation.kind == removed.kind && relation.from == removed.source && relation.to == removed.target) {
                relations.push_back(relation);
                break;
            }
        }
    }
    return std::make_shared<const StoryGraph>(after.rootPath(), after.title(), after.format(), std::move(entities),
        std::move(relations), after.diagnostics());
}

} // namespace

VisionHistory::VisionHistory(QObject *parent)
    : QObject(parent)
{
    // One worker: RevisionLoader serves one thread at a time, and loads come one after another.
    m_pool.setMaxThreadCount(1);
}

VisionHistory::~VisionHistory()
{
    stopAll();
    m_pool.waitForDone();
}

void VisionHistory::setLiveSnapshot(const Snapshot &snapshot)
{
    m_live = snapshot;
    const QString root = snapshot ? snapshot->rootPath() : QString();
    if (root != m_root) {
        // Another project: its own history, today's vision, no comparison.
        stopAll();
        m_root = root;
        m_timeline = {};
        m_timelineRead = false;
        m_logRead = false;
        m_rows.reset();
        m_loader = root.isEmpty() ? nullptr : std::make_shared<RevisionLoader>(root);
        m_position = 0;
        m_shownPosition = 0;
        m_shown = nullptr;
        m_base.clear();
        m_baseLabel.clear();
        m_changes.reset();
        Q_EMIT timelineChanged();
        Q_EMIT viewChanged();
        if (!root.isEmpty())
            readTimeline();
        return;
    }
    // A save or a sync may have made a commit; reading the log again is cheap, but it waits for what runs.
    if (m_running == 0 && !root.isEmpty())
        readTimeline();
    if (!isViewingPast() && !m_base.isEmpty())
        refresh();
}

void VisionHistory::readTimeline()
{
    const QString root = m_root;
    // Quiet: it is quick, and runs after every save.
    run(ReadTimeline, QString(), [this, root](const std::atomic_bool &cancel) {
        Timeline timeline = HistoryTimeline::read(root, &cancel);
        if (cancel)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, root, timeline = std::move(timeline)]() mutable {
                if (root != m_root)
                    return;
                const QString shownCommit
                    = isViewingPast() ? m_timeline.commits[size_t(m_position)].entry.commit : QString();
                const auto head
                    = [](const Timeline &t) { return t.commits.empty() ? QString() : t.commits.back().entry.commit; };
                const bool changed = !m_timelineRead || head(timeline) != head(m_timeline)
                    || timeline.commits.size() != m_timeline.commits.size()
                    || timeline.error.message != m_timeline.error.message;
                m_timeline = std::move(timeline);
                m_timelineRead = true;
                m_position = nowPosition();
                for (size_t i = 0; i < m_timeline.commits.size(); ++i) {
                    if (m_timeline.commits[i].entry.commit == shownCommit)
                        m_position = int(i);
                }
                // Read only while the worker is idle, so what is shown is of the position.
                m_shownPosition = m_position;
                if (!shownCommit.isEmpty() && !isViewingPast()) {
                    // The commit shown is gone (history rewritten by a sync): today's vision.
                    refresh();
                }
                if (changed) {
                    m_logRead = false;
                    m_rows.reset();
                    Q_EMIT timelineChanged();
                }
            },
            Qt::QueuedConnection);
    });
}

void VisionHistory::showPosition(int position)
{
    position = std::clamp(position, 0, nowPosition());
    if (position == m_position)
        return;
    m_position = position;
    refresh();
}

void VisionHistory::backToNow()
{
    if (!isViewingPast())
        return;
    m_position = nowPosition();
    refresh();
}

void VisionHistory::compareWith(const QString &revision, const QString &label)
{
    m_base = revision;
    m_baseLabel = label;
    refresh();
}

void VisionHistory::stopComparing()
{
    if (m_base.isEmpty())
        return;
    m_base.clear();
    m_baseLabel.clear();
    refresh();
}

void VisionHistory::refresh()
{
    const bool past = isViewingPast();
    if (!past && m_base.isEmpty()) {
        if (m_cancel[LoadView])
            *m_cancel[LoadView] = true;
        m_shown = nullptr;
        m_shownPosition = m_position;
        m_changes.reset();
        Q_EMIT viewChanged();
        return;
    }
    const QString commit = past ? m_timeline.commits[size_t(m_position)].entry.commit : QString();
    const QString what
        = past ? tr("Loading the vision at %1…").arg(commit.left(8)) : tr("Comparing with %1…").arg(m_baseLabel);
    // The position changes at once (the strip follows the keys); the views when the load is done.
    Q_EMIT viewChanged();
    run(LoadView, what,
        [this, loader = m_loader, live = m_live, commit, base = m_base, position = m_position](
            const std::atomic_bool &cancel) {
            HistoryError error;
            Snapshot after = commit.isEmpty() ? live : loader->load(commit, &error, &cancel);
            Snapshot shown = commit.isEmpty() ? Snapshot() : after;
            std::optional<VisionChanges> changes;
            if (after && !base.isEmpty()) {
                const std::optional<QString> baseCommit = loader->git().resolve(base, &error);
                const Snapshot before = baseCommit ? loader->load(*baseCommit, &error, &cancel) : Snapshot();
                const std::optional<QHash<QString, QString>> renames
                    = before ? loader->git().renames(*baseCommit, commit, &error) : std::nullopt;
                if (before && renames) {
                    changes = VisionDiff::compare(*before, *after, *renames);
                    changes->from = base;
                    changes->to = commit;
                    shown = withRemoved(after, *before, *changes);
                }
            }
            if (cancel)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, position, base, shown, changes = std::move(changes), error] {
                    if (position != m_position || base != m_base)
                        return; // the reader moved on
                    if (error.isError()) {
                        qCInfo(lcHistory) << "history view failed:" << error.message;
                        // What failed goes; what worked stays.
                        if (!base.isEmpty() && !changes) {
                            m_base.clear();
                            m_baseLabel.clear();
                        }
                        if (!shown && isViewingPast())
                            m_position = nowPosition();
                        m_shown = shown;
                        m_shownPosition = m_position;
                        m_changes.reset();
                        Q_EMIT failed(error.message);
                        Q_EMIT viewChanged();
                        return;
                    }
                    m_shown = shown;
                    m_shownPosition = position;
                    m_changes = changes;
                    Q_EMIT viewChanged();
                },
                Qt::QueuedConnection);
        });
}

void VisionHistory::loadLog()
{
    if (m_logRead || m_root.isEmpty() || !hasHistory())
        return;
    m_logRead = true;
    const QString root = m_root;
    run(ReadLog, tr("Reading the vision's history…"), [this, root](const std::atomic_bool &cancel) {
        VisionLog log(root);
        HistoryError error;
        const auto report = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        };
        std::optional<std::vector<VisionLogRow>> rows = log.rows(QString(), false, &error, &cancel, report);
        if (!log.saveParses())
            qCInfo(lcHistory) << "parses of the history not kept for the next run";
        QMetaObject::invokeMethod(
            this,
            [this, root, rows = std::move(rows), error] {
                if (root != m_root)
                    return;
                if (!rows) {
                    m_logRead = false; // asked again when the chart is shown again
                    if (error.code != HistoryError::Code::Cancelled)
                        Q_EMIT failed(error.message);
                    return;
                }
                m_rows = rows;
                Q_EMIT logReady(*m_rows);
            },
            Qt::QueuedConnection);
    });
}

void VisionHistory::cancel()
{
    stopAll();
    m_logRead = m_rows.has_value();
    // What was being loaded is not shown: back to what is on screen, today's vision.
    m_position = m_shownPosition;
    if (!m_changes && !m_base.isEmpty()) {
        m_base.clear();
        m_baseLabel.clear();
    }
    Q_EMIT viewChanged();
}

void VisionHistory::stopAll()
{
    for (const std::shared_ptr<std::atomic_bool> &flag : std::as_const(m_cancel)) {
        if (flag)
            *flag = true;
    }
}

void VisionHistory::run(Channel channel, const QString &what, std::function<void(const std::atomic_bool &)> job)
{
    if (m_cancel[channel])
        *m_cancel[channel] = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel[channel] = cancel;
    ++m_running;
    const bool shown = !what.isEmpty();
    if (shown) {
        ++m_busy;
        Q_EMIT busyChanged(true, what);
    }
    m_pool.start([this, job = std::move(job), cancel, shown] {
        if (!*cancel)
            job(*cancel);
        QMetaObject::invokeMethod(this, [this, shown] { finish(shown); }, Qt::QueuedConnection);
    });
}

void VisionHistory::finish(bool shown)
{
    --m_running;
    if (shown && --m_busy == 0)
        Q_EMIT busyChanged(false, QString());
}

} // namespace storyloom
