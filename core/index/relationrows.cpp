// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/relationrows.h"

#include "core/index/rowplan.h"
#include "core/index/sqliteconnection.h"
#include "core/model/types.h"

#include <QHashFunctions>

namespace storyloom {

quint64 RelationRows::print(const Relation &r)
{
    // Seed 0: a print is compared with one another process stored.
    const quint64 hash = qHashMulti(0, int(r.kind), r.from, r.to, r.source.path, r.source.line, r.source.column,
        int(r.provenance), r.context, r.chain);
    return hash == 0 ? 1 : hash;
}

bool RelationRows::write(
    SqliteConnection &c, const std::vector<Relation> &relations, const std::vector<quint64> &prints, bool rowsExist)
{
    Q_ASSERT(prints.size() == relations.size());
    std::optional<RowPlan> plan;
    if (rowsExist) {
        std::vector<std::pair<qint64, quint64>> rows;
        SqliteStatement read = c.prepare("SELECT rowid, print FROM relations ORDER BY rowid");
        while (read.next())
            rows.emplace_back(read.int64(0), quint64(read.int64(1)));
        if (read.failed())
            return false;
        plan = RowPlan::diff(rows, prints);
    }
    SqliteStatement add = c.prepare(
        "INSERT INTO relations(rowid, seq, kind, source, target, path, line, col, provenance, context, print, chain)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    auto insert = [&](qint64 rowid, qsizetype index) {
        const Relation &r = relations[size_t(index)];
        return add.bind(1, rowid)
            .bind(2, qint64(index))
            .bind(3, toString(r.kind))
            .bind(4, r.from)
            .bind(5, r.to)
            .bind(6, r.source.path)
            .bind(7, r.source.line)
            .bind(8, r.source.column)
            .bind(9, int(r.provenance))
            .bind(10, r.context)
            .bind(11, qint64(prints[size_t(index)]))
            .bind(12, r.chain.join(u'\x1f'))
            .exec();
    };
    if (!plan) {
        if (!c.exec("DELETE FROM relations"))
            return false;
        for (qsizetype i = 0; i < qsizetype(relations.size()); ++i) {
            if (!insert(RowPlan::freshRowid(i), i))
                return false;
        }
        return true;
    }
    // Deletes first: a new row may take the rowid of one that goes.
    SqliteStatement drop = c.prepare("DELETE FROM relations WHERE rowid = ?1");
    for (const qint64 rowid : plan->deletes) {
        if (!drop.bind(1, rowid).exec())
            return false;
    }
    for (const RowPlan::Insert &row : plan->inserts) {
        if (!insert(row.rowid, row.index))
            return false;
    }
    return true;
}

} // namespace storyloom
