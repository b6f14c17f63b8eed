// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QByteArray>
#include <functional>

namespace storyloom {

/**
 * A whole graph (entity bodies left out, as in every snapshot the index
 * gives back) as one compact blob, which the index keeps beside its rows.
 * Reopening a project decodes it instead of stepping through every row of
 * the graph; the rows stay, for queries and other tools. Strings that
 * repeat (ids, paths) are stored once.
 */
class SnapshotCodec
{
public:
    /** Receives the blob piece by piece, in order; returns false to stop (a write failed). */
    using Sink = std::function<bool(QByteArrayView piece)>;

    /**
     * Encodes `graph`, handing it to `sink` in pieces of about 1 MB as it
     * goes, so the whole blob is never held. False when the sink stopped.
     */
    static bool encode(const StoryGraph &graph, const Sink &sink);
    /** The whole blob at once (tests, tools). */
    [[nodiscard]] static QByteArray encode(const StoryGraph &graph);
    /** The graph in `bytes`, with `rootPath` as its root; null when they are not a blob of this version or are damaged.
     */
    [[nodiscard]] static Snapshot decode(QByteArrayView bytes, const QString &rootPath);
};

} // namespace storyloom
