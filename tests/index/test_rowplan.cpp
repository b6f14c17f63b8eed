// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RowPlan: after its deletes and inserts, a table's rows in rowid order are the new sequence.
#include "core/index/rowplan.h"

#include <QRandomGenerator>
#include <QTest>
#include <map>

using namespace storyloom;

namespace {

using Rows = std::vector<std::pair<qint64, quint64>>;

Rows fresh(const std::vector<quint64> &prints)
{
    Rows rows;
    for (size_t i = 0; i < prints.size(); ++i)
        rows.emplace_back(RowPlan::freshRowid(qsizetype(i)), prints[i]);
    return rows;
}

/** The table after the plan, in rowid order; empty (with a failure) when the plan breaks a rule. */
Rows apply(const Rows &old, const RowPlan &plan, const std::vector<quint64> &prints)
{
    std::map<qint64, quint64> table(old.begin(), old.end());
    for (qint64 rowid : plan.deletes) {
        if (table.erase(rowid) != 1)
            return {};
    }
    qint64 last = 0;
    for (const RowPlan::Insert &insert : plan.inserts) {
        if (insert.rowid <= last || !table.emplace(insert.rowid, prints[size_t(insert.index)]).second)
            return {};
        last = insert.rowid;
    }
    return Rows(table.begin(), table.end());
}

std::vector<quint64> printsOf(const Rows &rows)
{
    std::vector<quint64> prints;
    for (const auto &row : rows)
        prints.push_back(row.second);
    return prints;
}

} // namespace

class TestRowPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unchangedWritesNothing()
    {
        const std::vector<quint64> prints { 11, 12, 13, 14 };
        const std::optional<RowPlan> plan = RowPlan::diff(fresh(prints), prints);
        QVERIFY(plan);
        QVERIFY(plan->deletes.empty());
        QVERIFY(plan->inserts.empty());
    }

    void insertsGoBetweenTheirNeighbours()
    {
        const Rows old = fresh({ 11, 12, 13, 14 });
        const std::vector<quint64> prints { 10, 11, 12, 20, 21, 13, 14, 15 };
        const std::optional<RowPlan> plan = RowPlan::diff(old, prints);
        QVERIFY(plan);
        QVERIFY(plan->deletes.empty());
        QCOMPARE(plan->inserts.size(), size_t(4));
        QCOMPARE(printsOf(apply(old, *plan, prints)), prints);
    }

    void deletesAndMovesKeepTheLongestRun()
    {
        const Rows old = fresh({ 11, 12, 13, 14, 15 });
        const std::vector<quint64> prints { 11, 13, 14, 15, 12 }; // 12 moved to the end: one delete, one insert
        const std::optional<RowPlan> plan = RowPlan::diff(old, prints);
        QVERIFY(plan);
        QCOMPARE(plan->deletes, std::vector<qint64> { RowPlan::freshRowid(1) });
        QCOMPARE(plan->inserts.size(), size_t(1));
        QCOMPARE(printsOf(apply(old, *plan, prints)), prints);
    }

    void noPlanWhenRowsCannotBeToldApartOrNoRoomIsLeft()
    {
        QVERIFY(!RowPlan::diff({}, { 1, 2, 3 })); // nothing to keep: written anew
        QVERIFY(!RowPlan::diff(fresh({ 1, 2, 2 }), { 1, 2 }));
        QVERIFY(!RowPlan::diff(fresh({ 1, 2, 3 }), { 1, 2, 2, 3 }));
        QVERIFY(!RowPlan::diff({ { 1, 7 }, { 2, 8 } }, { 7, 9, 8 })); // rowids 1 and 2 leave no room between them
        QVERIFY(!RowPlan::diff(fresh({ 1, 2, 3, 4 }), { 5, 6, 7, 1 })); // one row of four kept
    }

    // Rounds of random edits on the same table, as refreshes make them: whatever the plan, the
    // rows in rowid order are the new sequence; when no plan fits, the table is written anew.
    void randomEditsKeepTheOrder()
    {
        QRandomGenerator random(20261127);
        quint64 nextPrint = 1;
        std::vector<quint64> sequence;
        for (int i = 0; i < 300; ++i)
            sequence.push_back(nextPrint++);
        Rows table = fresh(sequence);
        int planned = 0;
        for (int round = 0; round < 200; ++round) {
            std::vector<quint64> next = sequence;
            const int edits = random.bounded(1, 12);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(next.size()) + 1);
                if (random.bounded(3) == 0 && !next.empty())
                    next.erase(next.begin() + std::min<int>(at, int(next.size()) - 1));
                else
                    next.insert(next.begin() + at, nextPrint++);
            }
            if (const std::optional<RowPlan> plan = RowPlan::diff(table, next)) {
                table = apply(table, *plan, next);
                ++planned;
            } else {
                table = fresh(next);
            }
            QCOMPARE(printsOf(table), next);
            sequence = next;
        }
        QVERIFY(planned > 150);
    }
};

QTEST_GUILESS_MAIN(TestRowPlan)
#include "test_rowplan.moc"
