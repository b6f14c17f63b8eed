// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace storyloom {

class TimelineStrip;
class VisionChart;
class VisionHistory;

/**
 * What the Graph and Roadmap tabs show of the vision's history, under their
 * view: the timeline strip, "Compare with…" (the last tag, a date, the last
 * sync), the banner while an old revision is shown ("Back to now"), the list
 * of changes while comparing and the chart of the vision over time. Each tab
 * has one; both follow the same VisionHistory.
 */
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(VisionHistory *history, QWidget *parent = nullptr);

Q_SIGNALS:
    /** A change of the list was clicked: select its entity. */
    void entityChosen(const QString &id);

private:
    void onTimelineChanged();
    void onViewChanged();
    void fillCompareMenu();
    void askDate();
    void showChart(bool shown);

    VisionHistory *m_history;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_backToNow;
    QWidget *m_controls;
    TimelineStrip *m_strip;
    QToolButton *m_compare;
    QToolButton *m_chartButton;
    QLabel *m_unavailable;
    QListWidget *m_changes;
    VisionChart *m_chart;
};

/** The status bar's part of the history: busy while the worker runs, with a button to stop it. */
class HistoryStatus : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryStatus(VisionHistory *history, QWidget *parent = nullptr);

private:
    QProgressBar *m_progress;
};

} // namespace storyloom
