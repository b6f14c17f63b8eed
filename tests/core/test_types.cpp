// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/types.h"

#include <QTest>

using namespace storyloom;

class TestTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (EntityType type : allEntityTypes)
            QVERIFY(entityTypeFromString(toString(type)) == type);
        for (RelationKind kind : allRelationKinds)
            QVERIFY(relationKindFromString(toString(kind)) == kind);
        for (GoalState state : allGoalStates)
            QVERIFY(goalStateFromString(toString(state)) == state);
        QVERIFY(storyKindFromString(u"status_quo") == StoryKind::StatusQuo);
        QVERIFY(entityTypeFromString(u"pain_point") == EntityType::PainPoint);
        QVERIFY(entityTypeFromString(u"villain") == std::nullopt);
    }

    void statesFromTableCells()
    {
        QVERIFY(goalStateFromCell(u"🦀  ") == GoalState::InProgress);
        QVERIFY(goalStateFromCell(u" ✅ ") == GoalState::Done);
        QVERIFY(goalStateFromCell(u"✋") == GoalState::HelpWanted);
        QVERIFY(goalStateFromCell(u"💤") == GoalState::Paused);
        QVERIFY(goalStateFromCell(u"help wanted") == GoalState::HelpWanted);
        QVERIFY(goalStateFromCell(u"tbd") == GoalState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTypes)
#include "test_types.moc"
