// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The coverage matrix: counts known by hand on a small fixture, and counts
// checked against the graph's relations on the sample project.
#include "core/analysis/coveragematrix.h"
#include "core/export/coveragematrixwriter.h"
#include "core/extract/projectloader.h"

#include <QSet>
#include <QTest>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

const QString fixture = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/matrix");
const QString sample = QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample");

/** The cell of the entities titled `row` and `column`, or -1 when either is missing. */
int cell(const CoverageMatrix &matrix, const QString &row, const QString &column)
{
    int r = -1, c = -1;
    for (size_t i = 0; i < matrix.rows().size(); ++i) {
        if (matrix.rows()[i]->title == row)
            r = int(i);
    }
    for (size_t i = 0; i < matrix.columns().size(); ++i) {
        if (matrix.columns()[i]->title == column)
            c = int(i);
    }
    return r < 0 || c < 0 ? -1 : matrix.count(r, c);
}

/**
 * The same count worked out another way: every sequence of one or two
 * non-derived relations (either direction) from `row` to `column`, as the
 * entities it passes, deduplicated.
 */
int bruteForce(
    const StoryGraph &graph, const QString &row, const QString &column, const std::optional<EntityClass> &through)
{
    QSet<QString> links; // "a|b" for each linked pair, both ways
    for (const Relation &r : graph.relations()) {
        if (r.provenance == Provenance::Derived || r.from == r.to || !graph.entity(r.from) || !graph.entity(r.to))
            continue;
        links.insert(r.from + u'|' + r.to);
        links.insert(r.to + u'|' + r.from);
    }
    int paths = 0;
    if (row == column)
        return 0;
    if (!through && links.contains(row + u'|' + column))
        ++paths;
    for (const Entity &via : graph.entities()) {
        if (via.id == row || via.id == column || (through && !through->holds(via)))
            continue;
        if (links.contains(row + u'|' + via.id) && links.contains(via.id + u'|' + column))
            ++paths;
    }
    return paths;
}

} // namespace

class TestCoverageMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void charactersByPainPointsThroughStories()
    {
        const Snapshot graph = ProjectLoader::load(fixture);
        QVERIFY(graph);
        const CoverageMatrix matrix = CoverageMatrix::build(*graph, CoverageMatrix::presets().front());
        QCOMPARE(matrix.rows().size(), size_t(3));
        QCOMPARE(matrix.columns().size(), size_t(3));
        QCOMPARE(cell(matrix, u"Ana"_s, u"Slow builds"_s), 2);
        QCOMPARE(cell(matrix, u"Ana"_s, u"Lost logs"_s), 1);
        QCOMPARE(cell(matrix, u"Ana"_s, u"Lonely work"_s), 0);
        QCOMPARE(cell(matrix, u"Ben"_s, u"Slow builds"_s), 1);
        // Ben holds the value Lost logs hurts, but that path is not through a story.
        QCOMPARE(cell(matrix, u"Ben"_s, u"Lost logs"_s), 0);
        QCOMPARE(cell(matrix, u"Cleo"_s, u"Slow builds"_s), 0);
        // Gaps: Cleo is in no story, no story exposes Lonely work.
        for (size_t r = 0; r < matrix.rows().size(); ++r)
            QCOMPARE(matrix.rowTotal(int(r)) == 0, matrix.rows()[r]->title == u"Cleo"_s);
        for (size_t c = 0; c < matrix.columns().size(); ++c)
            QCOMPARE(matrix.columnTotal(int(c)) == 0, matrix.columns()[c]->title == u"Lonely work"_s);
        // By total: Ana (3) before Ben (1) before Cleo (0).
        const std::vector<int> order = matrix.rowsByTotal();
        QCOMPARE(matrix.rows()[size_t(order[0])]->title, u"Ana"_s);
        QCOMPARE(matrix.rows()[size_t(order[2])]->title, u"Cleo"_s);

        // The paths behind a cell: the two stories, each with the relation of each step.
        int ana = -1, slow = -1;
        for (size_t i = 0; i < matrix.rows().size(); ++i)
            ana = matrix.rows()[i]->title == u"Ana"_s ? int(i) : ana;
        for (size_t i = 0; i < matrix.columns().size(); ++i)
            slow = matrix.columns()[i]->title == u"Slow builds"_s ? int(i) : slow;
        const std::vector<CoveragePath> paths = matrix.paths(ana, slow);
        QCOMPARE(paths.size(), size_t(2));
        QStringList vias;
        for (const CoveragePath &path : paths) {
            vias << graph->entity(path.via)->title;
            QVERIFY(!path.first.empty() && !path.second.empty());
            QVERIFY(path.first.front()->kind == RelationKind::Features);
            QVERIFY(path.second.front()->kind == RelationKind::Exposes);
            QVERIFY(path.first.front()->source.line > 0);
        }
        QCOMPARE(vias, (QStringList { u"The first morning"_s, u"Pairing day"_s }));
    }

    void anyPathOfOneOrTwoRelations()
    {
        const Snapshot graph = ProjectLoader::load(fixture);
        QVERIFY(graph);
        CoverageOptions options;
        options.rows = { EntityType::Character, std::nullopt };
        options.columns = { EntityType::PainPoint, std::nullopt };
        const CoverageMatrix matrix = CoverageMatrix::build(*graph, options);
        // Now through the value too.
        QCOMPARE(cell(matrix, u"Ben"_s, u"Lost logs"_s), 1);
        QCOMPARE(cell(matrix, u"Ana"_s, u"Slow builds"_s), 2);

        const CoverageMatrix goals = CoverageMatrix::build(*graph, CoverageMatrix::presets().back());
        QCOMPARE(cell(goals, u"Slow builds"_s, u"Faster builds"_s), 1);
        QCOMPARE(cell(goals, u"Slow builds"_s, u"Keep every log"_s), 1);
        QCOMPARE(cell(goals, u"Lost logs"_s, u"Keep every log"_s), 1);
        QCOMPARE(cell(goals, u"Lost logs"_s, u"Faster builds"_s), 0);
        QCOMPARE(cell(goals, u"Lonely work"_s, u"Faster builds"_s), 0);
    }

    void countsAgreeWithTheGraph_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("through");
        QTest::newRow("fixture characters × pain points")
            << fixture << u"characters"_s << u"pain-points"_s << QString();
        QTest::newRow("sample characters × pain points via stories")
            << sample << u"characters"_s << u"pain-points"_s << u"stories"_s;
        QTest::newRow("sample pain points × goals") << sample << u"pain-points"_s << u"goals"_s << QString();
        QTest::newRow("sample values × status-quo stories") << sample << u"values"_s << u"status-quo"_s << QString();
        QTest::newRow("sample characters × characters") << sample << u"character"_s << u"character"_s << QString();
    }
    void countsAgreeWithTheGraph()
    {
        QFETCH(QString, root);
        QFETCH(QString, rows);
        QFETCH(QString, columns);
        QFETCH(QString, through);
        const Snapshot graph = ProjectLoader::load(root);
        QVERIFY(graph);
        CoverageOptions options;
        options.rows = *EntityClass::fromString(rows);
        options.columns = *EntityClass::fromString(columns);
        if (!through.isEmpty())
            options.through = EntityClass::fromString(through);
        const CoverageMatrix matrix = CoverageMatrix::build(*graph, options);
        QVERIFY(!matrix.rows().empty() && !matrix.columns().empty());
        int total = 0;
        for (size_t r = 0; r < matrix.rows().size(); ++r) {
            for (size_t c = 0; c < matrix.columns().size(); ++c) {
                const int expected = bruteForce(*graph, matrix.rows()[r]->id, matrix.columns()[c]->id, options.through);
                QCOMPARE(matrix.count(int(r), int(c)), expected);
                QCOMPARE(int(matrix.paths(int(r), int(c)).size()), expected);
                total += expected;
            }
        }
        QVERIFY(total > 0);
    }

    void entityClassNames()
    {
        QVERIFY(EntityClass::fromString(u"characters")->type == EntityType::Character);
        QVERIFY(EntityClass::fromString(u"pain-points")->type == EntityType::PainPoint);
        QVERIFY(EntityClass::fromString(u"Pain_Point")->type == EntityType::PainPoint);
        QVERIFY(EntityClass::fromString(u"stories")->type == EntityType::Story);
        QVERIFY(!EntityClass::fromString(u"stories")->kind);
        QVERIFY(EntityClass::fromString(u"status-quo-stories")->kind == StoryKind::StatusQuo);
        QVERIFY(EntityClass::fromString(u"shiny-future")->kind == StoryKind::ShinyFuture);
        QVERIFY(!EntityClass::fromString(u"unicorns"));
    }

    void csvHasAHeaderAndOneRowPerEntity()
    {
        const Snapshot graph = ProjectLoader::load(fixture);
        QVERIFY(graph);
        const CoverageMatrix matrix = CoverageMatrix::build(*graph, CoverageMatrix::presets().front());
        const QStringList lines = QString::fromUtf8(CoverageMatrixWriter::csv(matrix)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.front().startsWith(u"id,title,"_s));
        for (const QString &title : { u"Slow builds"_s, u"Lost logs"_s, u"Lonely work"_s })
            QVERIFY(lines.front().split(u',').contains(title));
        QCOMPARE(lines.front().split(u',').size(), 5);
        for (const QString &line : lines.mid(1))
            QCOMPARE(line.split(u',').size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCoverageMatrix)
#include "test_coveragematrix.moc"
