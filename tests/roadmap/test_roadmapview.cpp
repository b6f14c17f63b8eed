// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Roadmap tab on a temporary copy of wg-async: the goal tree, filters by
// state and owner, an inline state edit written to roadmap.md, its undo and
// redo, and an undo refused once someone else changed the page.
#include "core/project/project.h"
#include "ui/roadmap/roadmapfiltermodel.h"
#include "ui/roadmap/roadmapmodel.h"
#include "ui/roadmap/roadmapview.h"

#include "testsupport.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace storyloom;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int count = 0;
    for (int row = 0; row < model->rowCount(parent); ++row)
        count += 1 + countRows(model, model->index(row, 0, parent));
    return count;
}
} // namespace

class TestRoadmapView : public QObject
{
    Q_OBJECT
public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void filtersEditsAndUndo()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/wg-async");
        QVERIFY(storyloom::test::copyCorpus(root));
        Project project;
        RoadmapView view(&project);
        auto *model = view.findChild<RoadmapModel *>(QStringLiteral("roadmapModel"));
        auto *filter = view.findChild<RoadmapFilterModel *>(QStringLiteral("roadmapFilter"));
        auto *undo = view.findChild<QUndoStack *>(QStringLiteral("roadmapUndo"));
        QVERIFY(model && filter && undo);
        project.open(root);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 60000);
        const Snapshot snapshot = project.snapshot();
        QCOMPARE(countRows(model), snapshot->count(EntityType::Goal));

        // Filter by state: every row left is paused, or holds a paused initiative.
        filter->setStateFilter(GoalState::Paused);
        const int paused = countRows(filter);
        QVERIFY(paused > 0 && paused < countRows(model));
        filter->setStateFilter(std::nullopt);
        filter->setOwnerFilter(QStringLiteral("tmandry"));
        QCOMPARE(countRows(filter), 2); // Async fn everywhere and its Fundamentals
        filter->setOwnerFilter(QString());

        // Edit the first goal's state through the model, as the delegate does.
        const QString page = root + QStringLiteral("/src/vision/roadmap.md");
        const QByteArray before = readFile(page);
        const QModelIndex state = model->index(0, RoadmapModel::State);
        const QString id = state.data(RoadmapModel::IdRole).toString();
        QVERIFY(model->setData(state, int(GoalState::Done)));
        QVERIFY(readFile(page) != before);
        QCOMPARE(undo->count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(int(project.snapshot()->entity(id)->state), int(GoalState::Done), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model->indexForId(id, RoadmapModel::State).data(RoadmapModel::StateRole).toInt(),
            int(GoalState::Done), 60000);

        const QByteArray edited = readFile(page);
        QCOMPARE(undo->undoText(), QStringLiteral("Edit %1").arg(snapshot->entity(id)->title));

        undo->undo();
        QCOMPARE(readFile(page), before);
        QTRY_COMPARE_WITH_TIMEOUT(int(project.snapshot()->entity(id)->state), int(GoalState::InProgress), 60000);
        undo->redo();
        QCOMPARE(readFile(page), edited);

        // Someone else changed the page since: undo refuses, says so, and their bytes stay.
        const QByteArray theirs = edited + "\nA line of someone else's.\n";
        QVERIFY(storyloom::test::writeFile(root, QStringLiteral("src/vision/roadmap.md"), theirs));
        undo->undo();
        QCOMPARE(readFile(page), theirs);
        auto *message = view.findChild<QLabel *>(QStringLiteral("roadmapMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("src/vision/roadmap.md changed on disk since")),
            qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("nothing was undone")), qPrintable(message->text()));
    }
};

QTEST_MAIN(TestRoadmapView)
#include "test_roadmapview.moc"
