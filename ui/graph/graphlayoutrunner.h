// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/graphlayout.h"

#include <QObject>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace storyloom {

/**
 * Runs graph layouts off the GUI thread. Overlapping requests collapse: a
 * new request cancels the running one (between Graphviz phases) and only the
 * latest request's result is delivered. Destroying the runner cancels and
 * waits, so results never reach a dead object.
 */
class GraphLayoutRunner : public QObject
{
    Q_OBJECT
public:
    explicit GraphLayoutRunner(QObject *parent = nullptr);
    ~GraphLayoutRunner() override;

    /** Lays `request` out in the background; `finished` follows unless a newer request comes first. */
    void start(LayoutRequest request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /** Blocks until no layout runs (tests, screenshots, export). */
    void waitForDone();

Q_SIGNALS:
    void finished(const storyloom::LayoutResult &result);
    void runningChanged(bool running);

private:
    void launch(LayoutRequest request);
    void onDone(quint64 generation, const LayoutResult &result);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<LayoutRequest> m_pending;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace storyloom
