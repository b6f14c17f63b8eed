// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QTimer;

namespace storyloom {

/**
 * Timed sync: every N minutes and/or after N minutes without keyboard or
 * mouse input (both off by default, stored in the settings). When a turn
 * comes and `canSync` says no (a sync running, a conflict pending, a buffer
 * not saved yet), the turn is skipped, never queued: the author's unsaved
 * text is never committed behind their back.
 */
class AutoSync : public QObject
{
    Q_OBJECT
public:
    explicit AutoSync(QObject *parent = nullptr);
    ~AutoSync() override;

    /** Minutes from the settings (0: off). */
    [[nodiscard]] static int everyMinutes();
    [[nodiscard]] static int idleMinutes();
    static void setMinutes(int every, int idle);

    /** Reads the settings again. */
    void reload();
    /** Intervals in milliseconds (0: off); tests use short ones. */
    void setIntervals(int everyMs, int idleMs);
    /** Asked before each turn; without one every turn syncs. */
    void setCondition(std::function<bool()> canSync) { m_canSync = std::move(canSync); }

Q_SIGNALS:
    /** Time to sync (the condition held). */
    void due();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void turn();

    QTimer *m_every;
    QTimer *m_idle;
    std::function<bool()> m_canSync;
};

} // namespace storyloom
