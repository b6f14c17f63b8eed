// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/gapanalysis.h"
#include "core/analysis/graphfilter.h"

#include <QTest>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

Entity entity(const char *id, EntityType type, StoryKind kind = StoryKind::None, GoalState state = GoalState::Unknown)
{
    Entity e;
    e.id = QString::fromLatin1(id);
    e.title = e.id.toUpper();
    e.type = type;
    e.kind = kind;
    e.state = state;
    return e;
}

Relation relation(RelationKind kind, const char *from, const char *to)
{
    return { kind, QString::fromLatin1(from), QString::fromLatin1(to), {}, Provenance::Declared, {} };
}

/**
 * alan features in sq-1 (exposes slow-builds, hurts speed) and sf-1 (realised by fast-goal);
 * grace features nowhere; lonely-story has no character; idle-goal motivates nothing;
 * forgotten-pain is addressed by no goal; speed is prioritised by alan; safety by nobody.
 */
StoryGraph sample()
{
    std::vector<Entity> entities = {
        entity("alan", EntityType::Character),
        entity("grace", EntityType::Character),
        entity("speed", EntityType::Value),
        entity("safety", EntityType::Value),
        entity("sq-1", EntityType::Story, StoryKind::StatusQuo),
        entity("sf-1", EntityType::Story, StoryKind::ShinyFuture),
        entity("lonely-story", EntityType::Story, StoryKind::StatusQuo),
        entity("slow-builds", EntityType::PainPoint),
        entity("forgotten-pain", EntityType::PainPoint),
        entity("fast-goal", EntityType::Goal, StoryKind::None, GoalState::InProgress),
        entity("idle-goal", EntityType::Goal, StoryKind::None, GoalState::Done),
        entity("readme", EntityType::Page),
    };
    std::vector<Relation> relations = {
        relation(RelationKind::Features, "sq-1", "alan"),
        relation(RelationKind::Features, "sf-1", "alan"),
        relation(RelationKind::Exposes, "sq-1", "slow-builds"),
        relation(RelationKind::Hurts, "slow-builds", "speed"),
        relation(RelationKind::Prioritises, "alan", "speed"),
        relation(RelationKind::Addresses, "fast-goal", "slow-builds"),
        relation(RelationKind::Realises, "fast-goal", "sf-1"),
        relation(RelationKind::Exposes, "lonely-story", "forgotten-pain"),
        relation(RelationKind::Links, "readme", "sq-1"),
    };
    return StoryGraph(QString(), QStringLiteral("Sample"), ProjectFormat::Native, entities, relations, {});
}

QStringList ids(const std::vector<Gap> &gaps)
{
    QStringList list;
    for (const Gap &g : gaps)
        list.append(g.entityId);
    return list;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

class TestGraphAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gaps()
    {
        const StoryGraph graph = sample();
        QCOMPARE(ids(GapAnalysis::find(graph, GapKind::UnaddressedPainPoint)), QStringList { u"forgotten-pain"_s });
        QCOMPARE(ids(GapAnalysis::find(graph, GapKind::UnmotivatedGoal)), QStringList { u"idle-goal"_s });
        QCOMPARE(ids(GapAnalysis::find(graph, GapKind::StorylessCharacter)), QStringList { u"grace"_s });
        QCOMPARE(ids(GapAnalysis::find(graph, GapKind::UnheldValue)), QStringList { u"safety"_s });
        QCOMPARE(ids(GapAnalysis::find(graph, GapKind::FutureRetellingNothing)), QStringList { u"sf-1"_s });
        QCOMPARE(ids(GapAnalysis::find(graph, GapKind::CharacterlessStory)), QStringList { u"lonely-story"_s });
        QCOMPARE(GapAnalysis::findAll(graph).size(), size_t(6));
        for (GapKind kind : allGapKinds) {
            QVERIFY(!GapAnalysis::toString(kind).isEmpty());
            QVERIFY(!GapAnalysis::displayName(kind).isEmpty());
        }
    }

    // A value is held when a character prioritises it, whether or not a pain point hurts it.
    void aValueIsHeldByACharacter()
    {
        std::vector<Entity> entities = { entity("held", EntityType::Value), entity("unheld", EntityType::Value),
            entity("c", EntityType::Character), entity("p", EntityType::PainPoint) };
        std::vector<Relation> relations
            = { relation(RelationKind::Prioritises, "c", "held"), relation(RelationKind::Hurts, "p", "unheld") };
        const StoryGraph graph(QString(), QString(), ProjectFormat::Native, entities, relations, {});
        const std::vector<Gap> gaps = GapAnalysis::find(graph, GapKind::UnheldValue);
        QCOMPARE(ids(gaps), QStringList { u"unheld"_s });
        QCOMPARE(gaps.front().evidence, QStringList { u"p"_s });
    }

    // Gaps come ranked, each with its evidence: pain points more stories expose first, then
    // goals with nothing behind them (nor behind the goals under them), characters in no story,
    // values nobody holds, futures that retell nothing, pain points one story exposes.
    void gapsAreRankedWithTheirEvidence()
    {
        std::vector<Entity> entities = {
            entity("one-story-pain", EntityType::PainPoint),
            entity("two-story-pain", EntityType::PainPoint),
            entity("three-story-pain", EntityType::PainPoint),
            entity("addressed-pain", EntityType::PainPoint),
            entity("sq-1", EntityType::Story, StoryKind::StatusQuo),
            entity("sq-2", EntityType::Story, StoryKind::StatusQuo),
            entity("sq-3", EntityType::Story, StoryKind::StatusQuo),
            entity("sf-1", EntityType::Story, StoryKind::ShinyFuture),
            entity("alan", EntityType::Character),
            entity("grace", EntityType::Character),
            entity("speed", EntityType::Value),
            entity("idle-goal", EntityType::Goal),
            entity("idle-initiative", EntityType::Goal),
            entity("busy-goal", EntityType::Goal),
            entity("busy-initiative", EntityType::Goal),
        };
        entities[12].parent = u"idle-goal"_s;
        entities[14].parent = u"busy-goal"_s;
        std::vector<Relation> relations = {
            relation(RelationKind::Exposes, "sq-1", "one-story-pain"),
            relation(RelationKind::Exposes, "sq-1", "two-story-pain"),
            relation(RelationKind::Exposes, "sq-2", "two-story-pain"),
            relation(RelationKind::Exposes, "sq-1", "three-story-pain"),
            relation(RelationKind::Exposes, "sq-2", "three-story-pain"),
            relation(RelationKind::Exposes, "sq-3", "three-story-pain"),
            relation(RelationKind::Exposes, "sq-3", "addressed-pain"),
            relation(RelationKind::Addresses, "busy-initiative", "addressed-pain"),
            relation(RelationKind::Features, "sq-1", "alan"),
            relation(RelationKind::Features, "sq-2", "alan"),
            relation(RelationKind::Features, "sq-3", "alan"),
            relation(RelationKind::Features, "sf-1", "alan"),
            relation(RelationKind::Mentions, "sq-2", "grace"),
            relation(RelationKind::Retells, "sf-1", "sq-1"),
            relation(RelationKind::PartOf, "idle-initiative", "idle-goal"),
            relation(RelationKind::PartOf, "busy-initiative", "busy-goal"),
        };
        const StoryGraph graph(QString(), QString(), ProjectFormat::Native, entities, relations, {});
        const std::vector<Gap> gaps = GapAnalysis::findAll(graph);
        QCOMPARE(ids(gaps),
            (QStringList { u"three-story-pain"_s, u"two-story-pain"_s, u"idle-goal"_s, u"idle-initiative"_s, u"grace"_s,
                u"speed"_s, u"one-story-pain"_s }));
        QCOMPARE(gaps[0].evidence, (QStringList { u"sq-1"_s, u"sq-2"_s, u"sq-3"_s }));
        QCOMPARE(gaps[0].detail, u"exposed by 3 story(s); no goal addresses it"_s);
        QCOMPARE(gaps[2].evidence, QStringList { u"idle-initiative"_s });
        QCOMPARE(gaps[4].evidence, QStringList { u"sq-2"_s });
    }

    void emptyFilterKeepsEverything()
    {
        const StoryGraph graph = sample();
        const FilteredGraph all = GraphFilter {}.apply(graph);
        QCOMPARE(all.nodes.size(), qsizetype(graph.entities().size()));
        QCOMPARE(all.edges.size(), graph.relations().size());
        QVERIFY(GraphFilter {}.isEmpty());
    }

    void filters()
    {
        const StoryGraph graph = sample();
        GraphFilter filter;
        filter.types = { EntityType::Story };
        filter.storyKinds = { StoryKind::StatusQuo };
        QCOMPARE(sorted(filter.apply(graph).nodes), (QStringList { u"lonely-story"_s, u"sq-1"_s }));
        QCOMPARE(filter.apply(graph).edges.size(), size_t(0));

        filter = {};
        filter.relationKinds = { RelationKind::Features };
        filter.hideOrphans = true;
        const FilteredGraph features = filter.apply(graph);
        QCOMPARE(sorted(features.nodes), (QStringList { u"alan"_s, u"sf-1"_s, u"sq-1"_s }));
        QCOMPARE(features.edges.size(), size_t(2));

        filter = {};
        filter.types = { EntityType::Goal };
        filter.goalStates = { GoalState::Done };
        QCOMPARE(sorted(filter.apply(graph).nodes), QStringList { u"idle-goal"_s });

        filter = {};
        filter.text = u"PAIN"_s;
        QCOMPARE(sorted(filter.apply(graph).nodes), QStringList { u"forgotten-pain"_s });

        filter = {};
        filter.character = u"alan"_s;
        const FilteredGraph alan = filter.apply(graph);
        QVERIFY(alan.nodes.contains(u"slow-builds"_s));
        QVERIFY(alan.nodes.contains(u"fast-goal"_s));
        QVERIFY(alan.nodes.contains(u"readme"_s));
        QVERIFY(!alan.nodes.contains(u"grace"_s));
        QVERIFY(!alan.nodes.contains(u"lonely-story"_s));
    }

    void localGraphDepth()
    {
        const StoryGraph graph = sample();
        GraphFilter filter;
        filter.localRoot = u"alan"_s;
        filter.localDepth = 1;
        QCOMPARE(sorted(filter.apply(graph).nodes), (QStringList { u"alan"_s, u"sf-1"_s, u"speed"_s, u"sq-1"_s }));
        filter.localDepth = 2;
        const FilteredGraph two = filter.apply(graph);
        QVERIFY(two.nodes.contains(u"slow-builds"_s));
        QVERIFY(two.nodes.contains(u"fast-goal"_s));
        QVERIFY(two.nodes.contains(u"readme"_s));
        QVERIFY(!two.nodes.contains(u"forgotten-pain"_s));
        filter.localDepth = 3;
        QVERIFY(filter.apply(graph).nodes.size() > two.nodes.size() - 1);
        filter.localRoot = u"missing"_s;
        QVERIFY(filter.apply(graph).nodes.isEmpty());
    }

    void roundTripsThroughVariant()
    {
        GraphFilter filter;
        filter.types = { EntityType::Story, EntityType::Goal };
        filter.storyKinds = { StoryKind::ShinyFuture };
        filter.relationKinds = { RelationKind::Addresses };
        filter.goalStates = { GoalState::HelpWanted };
        filter.character = u"alan"_s;
        filter.text = u"build"_s;
        filter.hideOrphans = true;
        filter.localRoot = u"sq-1"_s;
        filter.localDepth = 3;
        QCOMPARE(GraphFilter::fromVariant(filter.toVariant()), filter);
    }
};

QTEST_GUILESS_MAIN(TestGraphAnalysis)
#include "test_graphanalysis.moc"
