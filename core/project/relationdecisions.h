// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/project/writer.h"

#include <QCoreApplication>
#include <QList>

namespace storyloom {

/**
 * The user's verdicts on relations nobody wrote down (a suggestion, an extracted or derived
 * relation), kept as content the project keeps and Git syncs: in a native project on the
 * source's own page (an accepted one as its front-matter reference, a rejected one in its
 * `rejected:` list); in an mdBook, whose pages must not change, and for an entity without a
 * page of its own, in the `relations:` list of storyloom.yml at the project root. The graph
 * reads both back (GraphBuilder); removing an entry restores what was there before.
 */
class RelationDecisions
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::RelationDecisions)

public:
    explicit RelationDecisions(Snapshot snapshot);

    /** Every relation the user rejected, by entity id: suggestions leave them out. */
    [[nodiscard]] QList<Relation> rejected() const;
    /** Keeps the relation: it is declared from now on. */
    [[nodiscard]] WriteResult accept(RelationKind kind, const QString &fromId, const QString &toId) const;
    /** Takes the relation away for good and never suggests it again. */
    [[nodiscard]] WriteResult reject(RelationKind kind, const QString &fromId, const QString &toId) const;

private:
    enum class Verdict { Accepted, Rejected };
    [[nodiscard]] WriteResult decide(
        Verdict verdict, RelationKind kind, const QString &fromId, const QString &toId) const;
    /** Adds (or changes) the entry of storyloom.yml's `relations:` for the relation. */
    [[nodiscard]] WriteResult writeConfigEntry(
        Verdict verdict, RelationKind kind, const Entity &from, const Entity &to) const;

    Snapshot m_snapshot;
};

} // namespace storyloom
