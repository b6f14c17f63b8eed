// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview/previewscheduler.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace storyloom {

PreviewScheduler::PreviewScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delay);
    connect(m_timer, &QTimer::timeout, this, &PreviewScheduler::start);
}

void PreviewScheduler::request(const QString &text)
{
    m_text = text;
    m_timer->start();
}

void PreviewScheduler::renderNow(const QString &text)
{
    m_text = text;
    m_timer->stop();
    start();
}

void PreviewScheduler::start()
{
    if (m_busy) {
        m_dirty = true; // one more render of the latest text when this one ends
        return;
    }
    const quint64 generation = ++m_generation;
    const bool inline_ = m_lastNs < frameNs && m_text.size() < 64 * 1024;
    if (inline_) {
        QElapsedTimer clock;
        clock.start();
        const RenderResult result = MarkdownRenderer::render(m_text, m_options);
        m_lastNs = clock.nsecsElapsed();
        Q_EMIT rendered(result);
        return;
    }
    m_busy = true;
    ++m_threaded;
    auto promise = std::make_shared<QPromise<std::pair<RenderResult, qint64>>>();
    QFuture<std::pair<RenderResult, qint64>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, text = m_text, options = m_options] {
        QElapsedTimer clock;
        clock.start();
        RenderResult result = MarkdownRenderer::render(text, options);
        promise->addResult(std::make_pair(std::move(result), clock.nsecsElapsed()));
        promise->finish();
    });
    future.then(this, [this, generation](const std::pair<RenderResult, qint64> &done) {
        m_busy = false;
        m_lastNs = done.second;
        // Newer than what is shown even when more typing followed: show it, then catch up.
        if (generation == m_generation)
            Q_EMIT rendered(done.first);
        if (m_dirty) {
            m_dirty = false;
            start();
        }
    });
}

} // namespace storyloom
