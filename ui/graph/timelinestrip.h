// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/historytimeline.h"

#include <QWidget>

namespace storyloom {

/**
 * The commits of the vision's history as ticks along time, tags labelled,
 * with "now" at the right end and a handle on the position shown. Drag the
 * handle or click a tick; with the keyboard, Left and Right step one commit,
 * Page Up and Page Down jump between tags, Home goes to the first commit and
 * End to now.
 */
class TimelineStrip : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineStrip(QWidget *parent = nullptr);

    void setTimeline(const Timeline &timeline);
    /** Moves the handle without emitting positionChosen (the history followed elsewhere). */
    void setPosition(int position);
    [[nodiscard]] int position() const { return m_position; }
    /** The position of today's vision: one past the last commit. */
    [[nodiscard]] int nowPosition() const { return int(m_commits.size()); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** The reader moved the handle to `position`. */
    void positionChosen(int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /** The x of a position: commits by date, now at the right end. */
    [[nodiscard]] double xOf(int position) const;
    [[nodiscard]] int positionAt(double x) const;
    void choose(int position);
    /** Says where the handle is, for screen readers and the tooltip. */
    void describe();

    std::vector<TimelineCommit> m_commits;
    int m_position = 0;
};

} // namespace storyloom
