// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphlayoutrunner.h"

#include <QCoreApplication>

namespace storyloom {

GraphLayoutRunner::GraphLayoutRunner(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

GraphLayoutRunner::~GraphLayoutRunner()
{
    cancel();
    m_pool.waitForDone();
}

void GraphLayoutRunner::start(LayoutRequest request)
{
    if (m_running) {
        // Collapse: the running layout is abandoned, the newest request runs next.
        if (m_cancel)
            m_cancel->store(true);
        m_pending = std::move(request);
        return;
    }
    launch(std::move(request));
}

void GraphLayoutRunner::cancel()
{
    m_pending.reset();
    if (m_cancel)
        m_cancel->store(true);
}

void GraphLayoutRunner::waitForDone()
{
    while (m_running) {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this);
    }
}

void GraphLayoutRunner::launch(LayoutRequest request)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    request.cancel = m_cancel.get();
    const quint64 generation = ++m_generation;
    const bool wasRunning = m_running;
    m_running = true;
    m_pool.start([this, generation, request = std::move(request), keepAlive = m_cancel] {
        LayoutResult result = GraphLayout::compute(request);
        QMetaObject::invokeMethod(
            this, [this, generation, result = std::move(result)] { onDone(generation, result); }, Qt::QueuedConnection);
    });
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

void GraphLayoutRunner::onDone(quint64 generation, const LayoutResult &result)
{
    if (generation != m_generation)
        return;
    if (m_pending) {
        LayoutRequest next = std::move(*m_pending);
        m_pending.reset();
        launch(std::move(next));
        return;
    }
    m_running = false;
    Q_EMIT runningChanged(false);
    if (!result.cancelled)
        Q_EMIT finished(result);
}

} // namespace storyloom
