// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

namespace storyloom {

class SqliteConnection;

/**
 * Reads the snapshot an index holds back into a StoryGraph, as fast as a
 * reopen needs: rows in insertion order (no sort), repeated strings shared,
 * front matter decoded and the later half of the relations read on other
 * threads. Entity bodies are not read (only the search rows need them).
 */
class SnapshotReader
{
public:
    struct Result
    {
        /** Null when there is no complete snapshot or reading failed. */
        Snapshot snapshot;
        /** Reading failed because the database is damaged (so it should be rebuilt). */
        bool corrupt = false;
    };

    /**
     * Reads in one transaction of `connection` (a second, read-only connection to
     * `databasePath` helps, and is used only if it saw the same graph).
     */
    [[nodiscard]] static Result read(
        const SqliteConnection &connection, const QString &databasePath, const QString &rootPath);
};

} // namespace storyloom
