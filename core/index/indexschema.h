// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace storyloom {

class SqliteConnection;

/**
 * The index's tables and the steps between schema versions. Each step
 * moves `user_version` up by one inside a transaction, so a database is
 * always at exactly one version.
 */
class IndexSchema
{
public:
    /** The version a database has after all steps ran. */
    static constexpr int latest = 3;
    /** Brings a database at `user_version` `from` (0 = new) up to `latest`; false on an error. */
    [[nodiscard]] static bool migrate(SqliteConnection &connection, int from);
};

} // namespace storyloom
