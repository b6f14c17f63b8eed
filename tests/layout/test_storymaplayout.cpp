// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The story map's geometry on the sample project (or, built with
// STORYLOOM_STORYMAP_CORPUS, on a copy of wg-async) and on synthetic graphs.
#include "core/extract/projectloader.h"
#include "core/layout/storymaplayout.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

Entity entity(const QString &id, EntityType type, StoryKind kind, int order, const QString &folder)
{
    Entity e;
    e.id = id;
    e.type = type;
    e.kind = kind;
    e.title = id;
    e.order = order;
    e.source = { folder + u'/' + id + u".md"_s, 1, 1 };
    return e;
}

Relation relation(RelationKind kind, const QString &from, const QString &to)
{
    Relation r;
    r.kind = kind;
    r.from = from;
    r.to = to;
    r.source = { u"x.md"_s, 1, 1 };
    return r;
}

/** `stories` status-quo stories, each featuring one of 40 characters and exposing one of 300 pain points. */
StoryGraph synthetic(int stories)
{
    std::vector<Entity> entities;
    std::vector<Relation> relations;
    int order = 0;
    for (int i = 0; i < 40; ++i)
        entities.push_back(entity(u"c%1"_s.arg(i), EntityType::Character, StoryKind::None, order++, u"characters"_s));
    for (int i = 0; i < 300; ++i)
        entities.push_back(entity(u"p%1"_s.arg(i), EntityType::PainPoint, StoryKind::None, order++, u"pain-points"_s));
    for (int i = 0; i < 30; ++i) {
        entities.push_back(entity(u"g%1"_s.arg(i), EntityType::Goal, StoryKind::None, order++, u"roadmap"_s));
        for (int p = i; p < 300; p += 30)
            relations.push_back(relation(RelationKind::Addresses, u"g%1"_s.arg(i), u"p%1"_s.arg(p)));
    }
    for (int i = 0; i < stories; ++i) {
        const QString id = u"s%1"_s.arg(i);
        entities.push_back(entity(id, EntityType::Story, StoryKind::StatusQuo, order++, u"stories"_s));
        relations.push_back(relation(RelationKind::Features, id, u"c%1"_s.arg(i % 40)));
        relations.push_back(relation(RelationKind::Exposes, id, u"p%1"_s.arg((i * 7) % 300)));
    }
    return StoryGraph(
        u"/synthetic"_s, u"synthetic"_s, ProjectFormat::Native, std::move(entities), std::move(relations), {});
}

/** The column that holds an entity, as the options declare them (-1: none). */
int declaredColumn(const StoryMapOptions &options, const Entity &e)
{
    for (size_t c = 0; c < options.columns.size(); ++c) {
        if (options.columns[c].holds(e))
            return int(c);
    }
    return -1;
}

/** Two boxes overlap: the failure message names them. */
QString overlap(const StoryMap &map)
{
    for (size_t i = 0; i < map.items.size(); ++i) {
        const StoryMapItem &a = map.items[i];
        if (!a.rect.contains(a.labelRect))
            return u"label outside its box: "_s + a.id;
        for (size_t j = i + 1; j < map.items.size(); ++j) {
            const StoryMapItem &b = map.items[j];
            if (a.rect.intersects(b.rect) || a.labelRect.intersects(b.labelRect))
                return a.id + u" overlaps "_s + b.id;
        }
    }
    return {};
}

} // namespace

class TestStoryMapLayout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Snapshot m_graph;

public:
#ifdef STORYLOOM_STORYMAP_CORPUS
    static void initMain() { storyloom::test::requireCorpus(); }
#endif

private Q_SLOTS:
    void initTestCase()
    {
#ifdef STORYLOOM_STORYMAP_CORPUS
        QVERIFY(storyloom::test::copyCorpus(m_dir.path()));
        m_graph = ProjectLoader::load(m_dir.path());
#else
        m_graph = ProjectLoader::load(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"));
#endif
        QVERIFY(m_graph);
        QVERIFY(m_graph->count(EntityType::Character) > 0 && m_graph->count(EntityType::PainPoint) > 0);
    }

    void columnsInDeclaredOrder()
    {
        const StoryMapOptions options;
        const StoryMap map = StoryMapLayout::compute(*m_graph, options);
        QCOMPARE(map.columns.size(), options.columns.size());
        for (size_t c = 1; c < map.columns.size(); ++c)
            QVERIFY(map.columns[c].rect.left() > map.columns[c - 1].rect.right());
        QCOMPARE(map.columns[0].title, EntityClass({ EntityType::Character, std::nullopt }).title());
        QVERIFY(map.columns[2].column.kind == StoryKind::StatusQuo);
        int shown = 0;
        for (const Entity &e : m_graph->entities()) {
            const int column = declaredColumn(options, e);
            if (column < 0) {
                QVERIFY2(!map.itemOfEntity.contains(e.id), qPrintable(e.id));
                continue;
            }
            ++shown;
            QVERIFY2(map.itemOfEntity.contains(e.id), qPrintable(e.id));
            const StoryMapItem &item = map.items[size_t(map.itemOfEntity.value(e.id))];
            QCOMPARE(item.column, column);
            QVERIFY(map.columns[size_t(column)].rect.contains(item.rect));
        }
        int counted = 0;
        for (const StoryMapColumnBox &column : map.columns)
            counted += column.entities;
        QCOMPARE(counted, shown);

        // Another order, and fewer columns: the map follows the declaration.
        StoryMapOptions reversed;
        reversed.columns = { *EntityClass::fromString(u"goals"), *EntityClass::fromString(u"pain-points"),
            *EntityClass::fromString(u"characters") };
        const StoryMap other = StoryMapLayout::compute(*m_graph, reversed);
        QCOMPARE(other.columns.size(), size_t(3));
        for (const StoryMapItem &item : other.items) {
            QCOMPARE(item.column, item.type == EntityType::Goal ? 0 : item.type == EntityType::PainPoint ? 1 : 2);
            QVERIFY(item.type != EntityType::Story);
        }
    }

    void labelsNeverOverlap()
    {
        const StoryMap map = StoryMapLayout::compute(*m_graph);
        QVERIFY(!map.items.empty());
        const QString problem = overlap(map);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A readable map of boxes, whatever the project's size.
        QVERIFY2(map.items.size() <= 150, qPrintable(QString::number(map.items.size())));
    }

    void everyRelationIsDrawn()
    {
        const StoryMap map = StoryMapLayout::compute(*m_graph);
        int expected = 0;
        for (const Relation &r : m_graph->relations()) {
            const int a = map.itemOfEntity.value(r.from, -1), b = map.itemOfEntity.value(r.to, -1);
            if (r.from == r.to || a < 0 || b < 0 || a == b)
                continue;
            ++expected;
            const bool found = std::any_of(map.edges.begin(), map.edges.end(), [&](const StoryMapEdge &edge) {
                return edge.from == a && edge.to == b && edge.kind == r.kind
                    && (edge.provenance == Provenance::Derived) == (r.provenance == Provenance::Derived);
            });
            QVERIFY2(found, qPrintable(r.from + u" → "_s + r.to));
        }
        int drawn = 0;
        for (const StoryMapEdge &edge : map.edges)
            drawn += edge.count;
        QCOMPARE(drawn, expected);
        QVERIFY(expected > 0);
    }

    void longLinesGoAroundTheColumnsBetween()
    {
        const StoryMap map = StoryMapLayout::compute(*m_graph);
        int routed = 0;
        for (const StoryMapEdge &edge : map.edges) {
            for (size_t p = 1; p + 1 < edge.points.size(); ++p) {
                ++routed;
                const QPointF at = edge.points[p];
                for (const StoryMapItem &item : map.items) {
                    const bool inside = at.x() >= item.rect.left() - 0.5 && at.x() <= item.rect.right() + 0.5
                        && at.y() > item.rect.top() && at.y() < item.rect.bottom();
                    QVERIFY2(!inside, qPrintable(item.id));
                }
            }
        }
        QVERIFY(routed > 0);
    }

    void initiativesSitUnderTheirGoal()
    {
        // Goals folded into groups (a large roadmap) are unfolded first.
        StoryMapOptions options;
        for (const StoryMapItem &item : StoryMapLayout::compute(*m_graph).items) {
            if (item.kind == StoryMapItemKind::Group && item.type == EntityType::Goal)
                options.expanded.insert(item.id);
        }
        const StoryMap map = StoryMapLayout::compute(*m_graph, options);
        int initiatives = 0;
        for (size_t i = 0; i < map.items.size(); ++i) {
            const StoryMapItem &item = map.items[i];
            const Entity *e = item.kind == StoryMapItemKind::Entity ? m_graph->entity(item.id) : nullptr;
            if (!e || !e->isInitiative())
                continue;
            ++initiatives;
            QVERIFY(item.indent > 0);
            // Upwards in its column, the first box that is not an initiative is its goal (or the goal's group heading).
            size_t k = i;
            while (k > 0 && map.items[k - 1].column == item.column && map.items[k - 1].indent >= item.indent)
                --k;
            QVERIFY(k > 0);
            const StoryMapItem &above = map.items[k - 1];
            QStringList ancestors;
            for (const Entity *p = m_graph->entity(e->parent); p && ancestors.size() < 16;
                p = m_graph->entity(p->parent))
                ancestors << p->id;
            QVERIFY2(ancestors.contains(above.id)
                    || (above.kind == StoryMapItemKind::GroupHeader && above.members.contains(e->id)),
                qPrintable(item.id + u" under "_s + above.id));
        }
        QVERIFY(initiatives > 0);
    }

    void largeColumnsFoldIntoGroups()
    {
        const StoryGraph graph = synthetic(10000);
        StoryMapOptions options;
        const StoryMap map = StoryMapLayout::compute(graph, options);
        QVERIFY2(map.items.size() <= 150, qPrintable(QString::number(map.items.size())));
        QVERIFY(overlap(map).isEmpty());
        int members = 0;
        QString group;
        for (const StoryMapItem &item : map.items) {
            if (item.column == 2) {
                QCOMPARE(item.kind, StoryMapItemKind::Group);
                members += int(item.members.size());
                group = item.id;
            }
        }
        QCOMPARE(members, 10000);
        QCOMPARE(map.columns[2].entities, 10000);
        // Unfolding one group: its heading, then its members; the rest stays folded.
        options.expanded = { group };
        const StoryMap unfolded = StoryMapLayout::compute(graph, options);
        const int heading = unfolded.indexOf(group);
        QVERIFY(heading >= 0);
        QCOMPARE(unfolded.items[size_t(heading)].kind, StoryMapItemKind::GroupHeader);
        const StoryMapItem &folded = map.items[size_t(map.indexOf(group))];
        for (const QString &id : folded.members) {
            const int box = unfolded.itemOfEntity.value(id, -1);
            QVERIFY(box >= 0);
            QCOMPARE(unfolded.items[size_t(box)].kind, StoryMapItemKind::Entity);
            QCOMPARE(unfolded.items[size_t(box)].id, id);
        }
        QCOMPARE(unfolded.items.size(), map.items.size() + size_t(folded.members.size()));
        QVERIFY(overlap(unfolded).isEmpty());
    }

    void barycentreOrderingUntangles()
    {
        // Book order puts a before b and the story of b before the story of a: one crossing, unless reordered.
        std::vector<Entity> entities { entity(u"a"_s, EntityType::Character, StoryKind::None, 0, u"c"_s),
            entity(u"b"_s, EntityType::Character, StoryKind::None, 1, u"c"_s),
            entity(u"story-of-b"_s, EntityType::Story, StoryKind::StatusQuo, 2, u"s"_s),
            entity(u"story-of-a"_s, EntityType::Story, StoryKind::StatusQuo, 3, u"s"_s) };
        std::vector<Relation> relations { relation(RelationKind::Features, u"story-of-a"_s, u"a"_s),
            relation(RelationKind::Features, u"story-of-b"_s, u"b"_s) };
        const StoryGraph graph(u"/x"_s, u"x"_s, ProjectFormat::Native, entities, relations, {});
        const StoryMap map = StoryMapLayout::compute(graph);
        const auto y = [&](const QString &id) { return map.items[size_t(map.itemOfEntity.value(id))].rect.top(); };
        QCOMPARE(y(u"a"_s) < y(u"b"_s), y(u"story-of-a"_s) < y(u"story-of-b"_s));
        StoryMapOptions none;
        none.sweeps = 0;
        const StoryMap unsorted = StoryMapLayout::compute(graph, none);
        const auto y0
            = [&](const QString &id) { return unsorted.items[size_t(unsorted.itemOfEntity.value(id))].rect.top(); };
        QVERIFY((y0(u"a"_s) < y0(u"b"_s)) != (y0(u"story-of-a"_s) < y0(u"story-of-b"_s)));
    }
};

QTEST_GUILESS_MAIN(TestStoryMapLayout)
#include "test_storymaplayout.moc"
