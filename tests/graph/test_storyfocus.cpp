// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Focus (depth and direction along the chain) and explained connections, on
// the coverage matrix's fixture, whose answers are known by hand.
#include "core/analysis/storyfocus.h"
#include "core/extract/projectloader.h"

#include <QTest>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

/** The titles of a set of ids, sorted, for readable comparisons. */
QStringList titles(const StoryGraph &graph, const QSet<QString> &ids)
{
    QStringList result;
    for (const QString &id : ids)
        result << graph.entity(id)->title;
    result.sort();
    return result;
}

QString idOf(const StoryGraph &graph, const QString &title)
{
    for (const Entity &e : graph.entities()) {
        if (e.title == title)
            return e.id;
    }
    return {};
}

} // namespace

class TestStoryFocus : public QObject
{
    Q_OBJECT
private:
    Snapshot m_graph;

private Q_SLOTS:
    void initTestCase()
    {
        m_graph = ProjectLoader::load(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/matrix"));
        QVERIFY(m_graph);
    }

    void reachByDirection()
    {
        const QString slow = idOf(*m_graph, u"Slow builds"_s);
        FocusOptions options;
        // Both ways: the stories that expose it, the goals that address it, the characters it hits.
        QCOMPARE(titles(*m_graph, StoryFocus::reach(*m_graph, slow, options)),
            (QStringList { u"Ana"_s, u"Ben"_s, u"Faster builds"_s, u"Keep every log"_s, u"Pairing day"_s,
                u"Slow builds"_s, u"The first morning"_s }));
        options.direction = FocusDirection::Downstream;
        QCOMPARE(titles(*m_graph, StoryFocus::reach(*m_graph, slow, options)),
            (QStringList { u"Faster builds"_s, u"Keep every log"_s, u"Slow builds"_s }));
        options.direction = FocusDirection::Upstream;
        QCOMPARE(titles(*m_graph, StoryFocus::reach(*m_graph, slow, options)),
            (QStringList { u"Ana"_s, u"Ben"_s, u"Pairing day"_s, u"Slow builds"_s, u"The first morning"_s }));
    }

    void reachByDepth()
    {
        const QString ana = idOf(*m_graph, u"Ana"_s);
        FocusOptions options;
        options.direction = FocusDirection::Downstream;
        QCOMPARE(titles(*m_graph, StoryFocus::reach(*m_graph, ana, options)),
            (QStringList { u"Ana"_s, u"Lost logs"_s, u"Pairing day"_s, u"Slow builds"_s, u"The first morning"_s }));
        options.depth = 2;
        QCOMPARE(titles(*m_graph, StoryFocus::reach(*m_graph, ana, options)),
            (QStringList { u"Ana"_s, u"Faster builds"_s, u"Keep every log"_s, u"Lost logs"_s, u"Pairing day"_s,
                u"Slow builds"_s, u"The first morning"_s }));
    }

    void explainTheShortestPaths()
    {
        const QString ben = idOf(*m_graph, u"Ben"_s);
        const QString faster = idOf(*m_graph, u"Faster builds"_s);
        const std::vector<ConnectionPath> paths = StoryFocus::explain(*m_graph, ben, faster);
        QCOMPARE(paths.size(), size_t(1));
        QCOMPARE(paths.front().entities, (QStringList { ben, idOf(*m_graph, u"Slow builds"_s), faster }));
        QCOMPARE(paths.front().steps.size(), size_t(2));
        // Ben is hit by slow builds (derived from Pairing day), which Faster builds addresses (declared).
        const Relation *hit = paths.front().steps[0].front();
        QVERIFY(hit->kind == RelationKind::HitBy);
        QVERIFY(hit->provenance == Provenance::Derived);
        const Relation *addresses = paths.front().steps[1].front();
        QVERIFY(addresses->kind == RelationKind::Addresses);
        QVERIFY(addresses->provenance == Provenance::Declared);
        QVERIFY(addresses->source.path.endsWith(u"faster-builds.md"_s));
        QVERIFY(addresses->source.line > 0);

        // Cleo is in no story: nothing connects her.
        QVERIFY(StoryFocus::explain(*m_graph, idOf(*m_graph, u"Cleo"_s), faster).empty());
        // Ana and Keep every log: through each pain point she is hit by.
        const auto two = StoryFocus::explain(*m_graph, idOf(*m_graph, u"Ana"_s), idOf(*m_graph, u"Keep every log"_s));
        QCOMPARE(two.size(), size_t(2));
        for (const ConnectionPath &path : two)
            QCOMPARE(path.entities.size(), qsizetype(3));
    }
};

QTEST_GUILESS_MAIN(TestStoryFocus)
#include "test_storyfocus.moc"
