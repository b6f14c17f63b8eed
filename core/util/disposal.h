// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <utility>

namespace storyloom {

/**
 * Destroys `value` on a thread of the global pool. Freeing what a whole
 * project's load held (every file's parse: hundreds of thousands of small
 * strings) takes a core for a few hundred milliseconds, which the caller then
 * spends on the index write instead. `value` must own its data alone or share
 * it only through Qt's implicit sharing (whose counts are atomic).
 */
template<typename T> void destroyInBackground(T value)
{
    auto *held = new T(std::move(value));
    QThreadPool::globalInstance()->start([held] { delete held; });
}

} // namespace storyloom
