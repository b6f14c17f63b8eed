// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/indexdatabase.h"
#include "core/model/storygraph.h"

#include <QHash>
#include <future>
#include <optional>
#include <vector>

namespace storyloom {

/**
 * The graph in the index: the entity, attribute, relation and diagnostic rows,
 * the graph's blob (SnapshotCodec) and their fingerprints in the bookkeeping.
 * A write rewrites only the tables whose fingerprint changed.
 */
class GraphTables
{
public:
    explicit GraphTables(IndexDatabase &database)
        : m_database(database)
    { }

    /**
     * Fingerprints of what the graph's rows hold, by table: the entities with their attributes,
     * the relations, the diagnostics, and all of them with the graph's title and layout (a link
     * added changes the relations).
     */
    struct Prints
    {
        QString entities;
        QString relations;
        QString diagnostics;
        QString whole;
        /** Each relation's RelationRows::print(), which the relations' fingerprint is made of. */
        std::vector<quint64> relationPrints;
    };
    [[nodiscard]] static Prints prints(const StoryGraph &graph);

    /** The graph's blob in the pieces it is stored in. */
    using Pieces = std::vector<QByteArray>;
    /** Encodes the graph's blob (on any thread); nullopt when it could not be encoded. */
    [[nodiscard]] static std::optional<Pieces> encode(const StoryGraph &graph);

    /**
     * Rewrites, in the open transaction, the rows that changed and the graph's blob: encoded
     * here, or by `encoding` (which has started meanwhile) when given. False on an error (error()).
     */
    bool write(const StoryGraph &graph, const Prints &prints, std::future<std::optional<Pieces>> *encoding = nullptr);
    [[nodiscard]] const IndexError &error() const { return m_error; }

    /**
     * The last complete snapshot written, with `rootPath` as its root; null when there is none
     * or reading failed (then lastReadWasCorrupt() tells why). Entity bodies stay empty: only the
     * search rows need them, and they are most of the bytes (reading them made a reopen twice as slow).
     */
    [[nodiscard]] Snapshot load(const QString &rootPath);
    [[nodiscard]] bool lastReadWasCorrupt() const { return m_corrupt; }
    /** How many entities the stored graph has (nothing on an error). */
    [[nodiscard]] std::optional<qint64> entityCount() const;
    /** The id of the entity that is each whole file, by the file's path. */
    [[nodiscard]] QHash<QString, QString> fileEntities() const;

private:
    bool writeEntities(const StoryGraph &graph);
    bool writeDiagnostics(const StoryGraph &graph);
    bool writeBlob(const StoryGraph &graph, std::future<std::optional<Pieces>> *encoding);
    bool check(bool step) { return m_error.note(step, m_database.connection()); }

    IndexDatabase &m_database;
    IndexError m_error;
    bool m_corrupt = false;
};

} // namespace storyloom
