// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The vision's history in the window: the timeline strip under the Graph and the Roadmap,
// stepped with real keys to older commits of a scripted repository; "Compare with…" and
// its marks and list; the chart of the vision over time; a folder without history.
#include "historyfixture.h"

#include "core/project/project.h"
#include "ui/graph/changemarks.h"
#include "ui/graph/graphwidget.h"
#include "ui/graph/storymapbox.h"
#include "ui/graph/storymapview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roadmap/roadmapmodel.h"
#include "ui/roadmap/roadmapview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QXYSeries>

using namespace Qt::StringLiterals;
using namespace storyloom;
using namespace storyloom::test;

namespace {

/** Loads of a revision and layouts run on worker threads: on a loaded machine they take seconds. */
constexpr int loadTimeout = 60000;

/** The marks on the story map's boxes, by entity id. */
QHash<QString, ChangeMark> storyMapMarks(StoryMapView *map)
{
    QHash<QString, ChangeMark> marks;
    for (QGraphicsItem *item : map->scene()->items()) {
        if (item->type() != ChangeMarkItem::Type)
            continue;
        auto *box = static_cast<StoryMapBox *>(item->parentItem());
        marks.insert(box->id(), static_cast<ChangeMarkItem *>(item)->changeMark());
    }
    return marks;
}

/** Waits for the menu `button` opens, then picks its action `name` with the arrow keys and Return. */
void pickFromMenu(QToolButton *button, const QString &name)
{
    bool picked = false;
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, &picked] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        QAction *action = menu->findChild<QAction *>(name);
        QVERIFY(action);
        for (int step = 0; menu->activeAction() != action && step <= menu->actions().size(); ++step)
            QTest::keyClick(menu, Qt::Key_Down);
        QCOMPARE(menu->activeAction(), action);
        QTest::keyClick(menu, Qt::Key_Return);
        picked = true;
    });
    timer->start();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(picked, loadTimeout);
}

QStringList listed(QListWidget *list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}

} // namespace

class TestHistoryTimeline : public QObject
{
    Q_OBJECT

private:
    HarbourRepository m_repo;
    QByteArray m_statusBefore;

    [[nodiscard]] QByteArray status() const
    {
        return m_repo.git({ u"status"_s, u"--porcelain=v1"_s, u"--ignored"_s, u"-uall"_s }).out
            + m_repo.git({ u"rev-parse"_s, u"HEAD"_s }).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-historytimeline"_s);
        QVERIFY(m_repo.build());
        m_statusBefore = status();
        QVERIFY(!m_statusBefore.isEmpty());
    }

    void stepsBackWithKeysAndComesBackToNow()
    {
        MainWindow window;
        window.openProject(m_repo.project());
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showView(MainWindow::View::Graph);
        auto *graph = window.findChild<GraphWidget *>();
        auto *map = graph->findChild<StoryMapView *>();
        auto *strip = graph->findChild<QWidget *>(u"timelineStrip"_s);
        auto *banner = graph->findChild<QWidget *>(u"historyBanner"_s);
        QVERIFY(map && strip && banner);
        QTRY_VERIFY_WITH_TIMEOUT(strip->isVisible(), loadTimeout);
        QVERIFY(!strip->accessibleName().isEmpty());
        QVERIFY(!banner->isVisible());

        // Home: the first commit, tagged v1; Alan's story under its old name, no Grace story.
        strip->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), strip, loadTimeout);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), loadTimeout);
        const QString text = banner->findChild<QLabel *>(u"historyBannerText"_s)->text();
        QVERIFY2(text.contains(u"v1"_s) && text.contains(u"read-only"_s), qPrintable(text));
        QTRY_VERIFY_WITH_TIMEOUT(map->box(u"status_quo/alan_hits_a_wall"_s), loadTimeout);
        map->waitForLayout();
        QVERIFY(map->box(u"characters/alan"_s));
        QVERIFY(!map->box(u"status_quo/grace_reads_a_trace"_s));
        QVERIFY(!map->box(u"status_quo/builds/alan_waits_for_builds"_s));

        // The roadmap shows the same revision, read-only: Better traces still proposed.
        auto *roadmap = window.findChild<RoadmapView *>();
        auto *model = roadmap->findChild<RoadmapModel *>(u"roadmapModel"_s);
        QVERIFY(model->snapshot() && model->snapshot()->entity(u"roadmap/better_traces"_s));
        QCOMPARE(toString(model->snapshot()->entity(u"roadmap/better_traces"_s)->state), u"proposed"_s);
        QVERIFY(!model->snapshot()->entity(u"status_quo/grace_reads_a_trace"_s));
        QVERIFY(roadmap->findChild<QTreeView *>(u"roadmapTree"_s)->editTriggers() == QAbstractItemView::NoEditTriggers);
        QVERIFY(roadmap->findChild<QWidget *>(u"historyBanner"_s)->isVisibleTo(roadmap));

        // Right: the second commit brings Grace's story, and Better traces is in progress.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTRY_VERIFY_WITH_TIMEOUT(map->box(u"status_quo/grace_reads_a_trace"_s), loadTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(model->snapshot()->entity(u"roadmap/better_traces"_s)->state), u"in-progress"_s, loadTimeout);
        QVERIFY(banner->isVisible());

        // Back to now: today's vision, editable again.
        QTest::mouseClick(banner->findChild<QPushButton *>(u"historyBackToNow"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), loadTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(map->box(u"status_quo/builds/alan_waits_for_builds"_s), loadTimeout);
        map->waitForLayout();
        QVERIFY(!map->box(u"status_quo/alan_hits_a_wall"_s));
        QVERIFY(map->box(u"status_quo/ana_tunes_ci"_s));
        QCOMPARE(model->snapshot(), window.project()->snapshot());
        QVERIFY(roadmap->findChild<QTreeView *>(u"roadmapTree"_s)->editTriggers() != QAbstractItemView::NoEditTriggers);

        // End after stepping back: now again.
        strip->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), strip, loadTimeout);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), loadTimeout);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), loadTimeout);
    }

    void comparesWithTheLastTag()
    {
        MainWindow window;
        window.openProject(m_repo.project());
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showView(MainWindow::View::Graph);
        auto *graph = window.findChild<GraphWidget *>();
        auto *map = graph->findChild<StoryMapView *>();
        auto *compare = graph->findChild<QToolButton *>(u"historyCompare"_s);
        QTRY_VERIFY_WITH_TIMEOUT(compare->isVisible(), loadTimeout);

        pickFromMenu(compare, u"compareLastTag"_s);
        auto *changes = graph->findChild<QListWidget *>(u"historyChanges"_s);
        QTRY_VERIFY_WITH_TIMEOUT(changes->isVisible() && changes->count() > 0, loadTimeout);
        const QStringList lines = listed(changes);
        QVERIFY2(lines.contains(u"Added: Story “Grace reads a trace”"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"Removed: Character “Alan”"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"Renamed: status_quo/alan_hits_a_wall → status_quo/builds/alan_waits_for_builds"_s));

        // The marks: Grace's and Ana's stories added, Alan removed (still on the map, marked), goals changed.
        QTRY_VERIFY_WITH_TIMEOUT(
            storyMapMarks(map).value(u"characters/alan"_s, ChangeMark::Added) == ChangeMark::Removed, loadTimeout);
        map->waitForLayout();
        const QHash<QString, ChangeMark> marks = storyMapMarks(map);
        QVERIFY(marks.value(u"status_quo/grace_reads_a_trace"_s, ChangeMark::Removed) == ChangeMark::Added);
        QVERIFY(marks.value(u"status_quo/ana_tunes_ci"_s, ChangeMark::Removed) == ChangeMark::Added);
        QVERIFY(marks.value(u"roadmap/faster_builds"_s, ChangeMark::Added) == ChangeMark::Changed);
        QVERIFY(marks.value(u"roadmap/better_traces"_s, ChangeMark::Added) == ChangeMark::Changed);
        QVERIFY(!marks.contains(u"status_quo"_s));
        // Relations added and removed are drawn too (Grace's story exposes its pain point, Alan's are gone).
        const auto relationMarks = [map] {
            int count = 0;
            for (QGraphicsItem *item : map->scene()->items())
                count += item->type() == ChangeMarkItem::RelationType ? 1 : 0;
            return count;
        };
        QVERIFY(relationMarks() > 0);

        // A click on a change selects its entity.
        const QList<QListWidgetItem *> grace
            = changes->findItems(u"Added: Story “Grace reads a trace”"_s, Qt::MatchExactly);
        QCOMPARE(grace.size(), 1);
        changes->scrollToItem(grace.first());
        QTest::mouseClick(changes->viewport(), Qt::LeftButton, {}, changes->visualItemRect(grace.first()).center());
        QTRY_COMPARE_WITH_TIMEOUT(map->selectedEntity(), u"status_quo/grace_reads_a_trace"_s, loadTimeout);

        // Stop comparing: no marks, no list, today's vision.
        pickFromMenu(compare, u"compareStop"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!changes->isVisible(), loadTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(storyMapMarks(map).isEmpty(), loadTimeout);
        QCOMPARE(relationMarks(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!map->box(u"characters/alan"_s), loadTimeout);
    }

    void chartsTheVisionOverTime()
    {
        MainWindow window;
        window.openProject(m_repo.project());
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showView(MainWindow::View::Roadmap);
        auto *roadmap = window.findChild<RoadmapView *>();
        auto *button = roadmap->findChild<QToolButton *>(u"historyChartButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), loadTimeout);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *view = roadmap->findChild<QChartView *>(u"visionChartView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible(), loadTimeout);
        // Entities by type: character, goal, page, pain point, story; one point per first-parent commit.
        QTRY_COMPARE_WITH_TIMEOUT(view->chart()->series().size(), 5, loadTimeout);
        auto *series = qobject_cast<QXYSeries *>(view->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 7);

        auto *measure = roadmap->findChild<QComboBox *>(u"visionChartMeasure"_s);
        measure->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), measure, loadTimeout);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(view->chart()->series().size(), 2); // addressed and not
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(view->chart()->series().size(), 4); // done, in progress, paused, proposed
    }

    void saysWhenThereIsNoHistory()
    {
        QTemporaryDir plain;
        QVERIFY(copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/harbour"), plain.filePath(u"vision"_s)));
        MainWindow window;
        window.openProject(plain.filePath(u"vision"_s));
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showView(MainWindow::View::Graph);
        auto *graph = window.findChild<GraphWidget *>();
        auto *unavailable = graph->findChild<QLabel *>(u"historyUnavailable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(unavailable->isVisible(), loadTimeout);
        QVERIFY(!unavailable->text().isEmpty());
        QVERIFY(!graph->findChild<QWidget *>(u"timelineStrip"_s)->isVisible());
        QVERIFY(!graph->findChild<QWidget *>(u"historyCompare"_s)->isVisible());
    }

    void cleanupTestCase()
    {
        // Walking the history, comparing and charting wrote nothing in the repository.
        QCOMPARE(status(), m_statusBefore);
    }
};

QTEST_MAIN(TestHistoryTimeline)
#include "test_historytimeline.moc"
