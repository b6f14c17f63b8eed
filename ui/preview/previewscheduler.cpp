// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/previewscheduler.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace storyloom {

namespace {

/** What one render makes, and how long it took. */
struct Rendered
{
    RenderResult result;
    PreparedDocument document;
    qint64 ns = 0;
};

Rendered renderAndPrepare(
    const QString &text, const RenderOptions &options, const std::optional<PreviewDocumentStyle> &style)
{
    QElapsedTimer clock;
    clock.start();
    Rendered done;
    done.result = MarkdownRenderer::render(text, options);
    if (style)
        done.document = PreviewDocument::prepare(done.result.html, *style);
    done.ns = clock.nsecsElapsed();
    return done;
}

} // namespace

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
    // This render takes the latest text: a pause still running for it would render it again.
    m_timer->stop();
    const quint64 generation = ++m_generation;
    const bool inline_ = m_lastNs < frameNs && m_text.size() < 64 * 1024;
    if (inline_) {
        const Rendered done = renderAndPrepare(m_text, m_options, m_style);
        m_lastNs = done.ns;
        Q_EMIT rendered(done.result, done.document);
        return;
    }
    m_busy = true;
    ++m_threaded;
    auto promise = std::make_shared<QPromise<Rendered>>();
    QFuture<Rendered> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, text = m_text, options = m_options, style = m_style] {
        promise->addResult(renderAndPrepare(text, options, style));
        promise->finish();
    });
    future.then(this, [this, generation](const Rendered &done) {
        m_busy = false;
        m_lastNs = done.ns;
        // Newer than what is shown even when more typing followed: show it, then catch up.
        if (generation == m_generation)
            Q_EMIT rendered(done.result, done.document);
        if (m_dirty) {
            m_dirty = false;
            start();
        }
    });
}

} // namespace storyloom
