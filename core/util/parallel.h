// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>
#include <QThreadPool>
#include <atomic>

namespace storyloom {

/**
 * Runs `work(i)` for i in [0, count) on all cores and returns when every call
 * is done. Uses its own pool, so it may be called from a pool thread without
 * waiting on itself. `work` must only touch its own slot of shared output.
 */
template<typename Work> void parallelFor(int count, const Work &work, const std::atomic_bool *cancel = nullptr)
{
    const int threads = std::max(1, std::min(QThread::idealThreadCount(), count));
    if (threads <= 1) {
        for (int i = 0; i < count && !(cancel && cancel->load()); ++i)
            work(i);
        return;
    }
    std::atomic_int next { 0 };
    auto drain = [&] {
        for (int i = next++; i < count && !(cancel && cancel->load()); i = next++)
            work(i);
    };
    QThreadPool pool;
    pool.setMaxThreadCount(threads - 1);
    for (int t = 0; t < threads - 1; ++t)
        pool.start(drain);
    drain();
    pool.waitForDone();
}

} // namespace storyloom
