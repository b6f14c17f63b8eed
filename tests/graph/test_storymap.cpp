// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Graph tab's story map, free graph and matrix modes, used as a reader
// would: on the sample project (or, built with STORYLOOM_STORYMAP_CORPUS, on
// a copy of wg-async), in a shown window, with real clicks.
#include "core/analysis/coveragematrix.h"
#include "core/analysis/storyfocus.h"
#include "core/extract/projectloader.h"
#include "ui/graph/coveragematrixwidget.h"
#include "ui/graph/graphview.h"
#include "ui/graph/graphwidget.h"
#include "ui/graph/storymapbox.h"
#include "ui/graph/storymapview.h"

#include "largecolumnproject.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetricsF>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

StoryMapView *mapOf(const GraphWidget &widget)
{
    return widget.findChild<StoryMapView *>(u"storyMap"_s);
}

/** Clicks the tool button of the toolbar action named `name`. */
void clickAction(const GraphWidget &widget, const QString &name)
{
    auto *action = widget.findChild<QAction *>(name);
    QVERIFY2(action, qPrintable(name));
    for (QObject *object : action->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(object)) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(u"no button for "_s + name));
}

/** Brings a box into view and clicks its middle. */
void clickBox(StoryMapView *map, const StoryMapBox *box)
{
    map->ensureVisible(box->item().rect, 20, 20);
    QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->mapFromScene(box->item().rect.center()));
}

/** Unfolds, by a click, the first folded group of `type` (a large column); nothing when there is none. */
void unfoldFirstGroup(GraphWidget &widget, StoryMapView *map, EntityType type)
{
    for (const StoryMapBox *box : map->boxes()) {
        if (box->kind() == StoryMapItemKind::Group && box->item().type == type) {
            clickBox(map, box);
            widget.waitForLayout();
            return;
        }
    }
}

/** The box an entity is drawn in: its own or its folded group's. */
StoryMapBox *boxOf(StoryMapView *map, const QString &entity)
{
    const int item = map->map().itemOfEntity.value(entity, -1);
    return item < 0 ? nullptr : map->box(map->map().items[size_t(item)].id);
}

} // namespace

class TestStoryMap : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cacheDir;
    Snapshot m_graph;

    void makeWidget(GraphWidget &widget, const Snapshot &graph)
    {
        widget.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        widget.resize(1400, 900);
        widget.setSnapshot(graph);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        widget.waitForLayout();
    }

public:
#ifdef STORYLOOM_STORYMAP_CORPUS
    static void initMain() { storyloom::test::requireCorpus(); }
#endif

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"storyloom-tests"_s);
        QCoreApplication::setApplicationName(u"test_storymap"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
#ifdef STORYLOOM_STORYMAP_CORPUS
        QVERIFY(test::copyCorpus(m_dir.path()));
        m_graph = ProjectLoader::load(m_dir.path());
#else
        m_graph = ProjectLoader::load(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"));
#endif
        QVERIFY(m_graph);
    }

    void cleanup() { QSettings().clear(); }

    void storyMapIsTheDefaultAndReadable()
    {
        GraphWidget widget;
        makeWidget(widget, m_graph);
        StoryMapView *map = mapOf(widget);
        QVERIFY(map && map->isVisible());
        QVERIFY(!widget.findChild<GraphView *>(u"graphView"_s)->isVisible());
        QVERIFY(widget.findChild<QAction *>(u"storyMapMode"_s)->isChecked());
        // At the zoom it opens at, every label is at least 9 pixels high.
        QVERIFY2(map->zoom() * StoryMapBox::labelPixelSize >= 9.0 - 1e-6, qPrintable(QString::number(map->zoom())));
        const QList<StoryMapBox *> boxes = map->boxes();
        QVERIFY(!boxes.isEmpty());
        QVERIFY2(boxes.size() <= 150, qPrintable(QString::number(boxes.size())));
        for (const StoryMapBox *box : boxes) {
            // The drawn text fits its label; the whole title is in the tooltip.
            QFont font = StoryMapBox::labelFont();
            font.setBold(box->kind() != StoryMapItemKind::Entity);
            QVERIFY2(QFontMetricsF(font).horizontalAdvance(box->shownText()) <= box->labelRect().width() + 0.5,
                qPrintable(box->id()));
            QVERIFY(box->toolTip().contains(box->item().title.toHtmlEscaped()));
            for (const StoryMapBox *other : boxes) {
                if (other != box)
                    QVERIFY2(!box->labelRect().intersects(other->labelRect()),
                        qPrintable(box->id() + u" × "_s + other->id()));
            }
        }
        // Every entity of a column is on the map, in its box or its group's.
        for (const Entity &e : m_graph->entities()) {
            const bool inAColumn = std::any_of(map->map().columns.begin(), map->map().columns.end(),
                [&](const StoryMapColumnBox &column) { return column.column.holds(e); });
            QCOMPARE(map->map().itemOfEntity.contains(e.id), inAColumn);
        }
    }

    void groupsUnfoldAndFoldOnClick()
    {
        Snapshot graph = m_graph;
#ifndef STORYLOOM_STORYMAP_CORPUS
        QTemporaryDir project;
        QVERIFY(test::writeLargeColumnProject(project.path()));
        graph = ProjectLoader::load(project.path());
        QVERIFY(graph);
        QCOMPARE(graph->count(StoryKind::StatusQuo), 40);
#endif
        GraphWidget widget;
        makeWidget(widget, graph);
        StoryMapView *map = mapOf(widget);
        const StoryMapBox *group = nullptr;
        for (const StoryMapBox *box : map->boxes()) {
            if (box->kind() == StoryMapItemKind::Group
                && (!group || box->item().members.size() > group->item().members.size()))
                group = box;
        }
        QVERIFY2(group, "a large column folds into groups");
        const QString id = group->id();
        const QStringList members = group->item().members;
        QVERIFY(members.size() > 1);
        for (const QString &member : members)
            QVERIFY(!map->box(member));
        const qsizetype folded = map->boxes().size();

        clickBox(map, group);
        widget.waitForLayout();
        const StoryMapBox *heading = map->box(id);
        QVERIFY(heading);
        QCOMPARE(heading->kind(), StoryMapItemKind::GroupHeader);
        QCOMPARE(map->boxes().size(), folded + members.size());
        for (const QString &member : members) {
            QVERIFY2(map->box(member), qPrintable(member));
            QVERIFY(map->box(member)->item().rect.top() > heading->item().rect.top());
        }

        clickBox(map, heading);
        widget.waitForLayout();
        QCOMPARE(map->box(id)->kind(), StoryMapItemKind::Group);
        QCOMPARE(map->boxes().size(), folded);
    }

    void aClickSelectsTheEntity()
    {
        GraphWidget widget;
        makeWidget(widget, m_graph);
        StoryMapView *map = mapOf(widget);
        unfoldFirstGroup(widget, map, EntityType::PainPoint);
        const StoryMapBox *chosen = nullptr;
        for (const StoryMapBox *box : map->boxes()) {
            if (box->kind() == StoryMapItemKind::Entity && m_graph->entity(box->id())->type == EntityType::PainPoint)
                chosen = box;
        }
        QVERIFY(chosen);
        const QString id = chosen->id();
        QSignalSpy selected(&widget, &GraphWidget::entitySelected);
        clickBox(map, chosen);
        QCOMPARE(map->selectedEntity(), id);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().front().toString(), id);
        auto *details = widget.findChild<QTextBrowser *>(u"graphDetails"_s);
        QVERIFY(details->toPlainText().contains(m_graph->entity(id)->title));
        // A click on the background lets go.
        const QPointF empty = map->map().bounds.bottomRight() + QPointF(60, 20);
        map->ensureVisible(QRectF(empty, QSizeF(1, 1)));
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->mapFromScene(empty));
        QVERIFY(map->selectedEntity().isEmpty());
    }

    void focusFadesWhatTheSelectionDoesNotReach()
    {
        GraphWidget widget;
        makeWidget(widget, m_graph);
        StoryMapView *map = mapOf(widget);
        unfoldFirstGroup(widget, map, EntityType::PainPoint);
        // A pain point a status-quo story exposes: upstream of it, the story; downstream, its goals.
        const StoryMapBox *pain = nullptr;
        QString story;
        for (const StoryMapBox *box : map->boxes()) {
            const Entity *e = box->kind() == StoryMapItemKind::Entity ? m_graph->entity(box->id()) : nullptr;
            if (!e || e->type != EntityType::PainPoint)
                continue;
            for (const Relation *r : m_graph->incoming(e->id)) {
                const Entity *from = m_graph->entity(r->from);
                if (r->kind == RelationKind::Exposes && from && from->kind == StoryKind::StatusQuo
                    && boxOf(map, from->id)) {
                    pain = box;
                    story = from->id;
                }
            }
        }
        QVERIFY(pain);
        clickBox(map, pain);
        const auto dimmedExpected = [&](const FocusOptions &options) {
            const QSet<QString> reached = StoryFocus::reach(*m_graph, pain->id(), options);
            for (const StoryMapBox *box : map->boxes()) {
                bool inFocus = reached.contains(box->id());
                for (const QString &member : box->item().members)
                    inFocus = inFocus || reached.contains(member);
                if (box->isDimmed() == inFocus)
                    return box->id();
            }
            return QString();
        };
        FocusOptions options;
        QCOMPARE(dimmedExpected(options), QString());
        QVERIFY(!boxOf(map, story)->isDimmed());
        const QList<StoryMapBox *> all = map->boxes();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const StoryMapBox *b) { return b->isDimmed(); }));

        // Downstream only: the story that exposes it fades, as keys on the direction box say.
        auto *direction = widget.findChild<QComboBox *>(u"focusDirection"_s);
        direction->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), direction);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(direction->currentData().toInt(), int(FocusDirection::Downstream));
        options.direction = FocusDirection::Downstream;
        QCOMPARE(dimmedExpected(options), QString());
        QVERIFY(boxOf(map, story)->isDimmed());

        // Deeper reaches further.
        auto *depth = widget.findChild<QComboBox *>(u"focusDepth"_s);
        depth->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), depth);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        options.depth = 2;
        QCOMPARE(dimmedExpected(options), QString());
    }

    void explainConnectionWithCtrlClick()
    {
        GraphWidget widget;
        makeWidget(widget, m_graph);
        StoryMapView *map = mapOf(widget);
        unfoldFirstGroup(widget, map, EntityType::Goal);
        const StoryMapBox *character = nullptr;
        const StoryMapBox *goal = nullptr;
        for (const StoryMapBox *box : map->boxes()) {
            const Entity *e = box->kind() == StoryMapItemKind::Entity ? m_graph->entity(box->id()) : nullptr;
            if (e && e->type == EntityType::Character && !character)
                character = box;
        }
        QVERIFY(character);
        // A goal some steps away: not a neighbour of the character.
        for (const StoryMapBox *box : map->boxes()) {
            const Entity *e = box->kind() == StoryMapItemKind::Entity ? m_graph->entity(box->id()) : nullptr;
            if (!goal && e && e->type == EntityType::Goal) {
                const auto paths = StoryFocus::explain(*m_graph, character->id(), e->id);
                if (!paths.empty() && paths.front().entities.size() > 2)
                    goal = box;
            }
        }
        QVERIFY(character && goal);
        const std::vector<ConnectionPath> expected = StoryFocus::explain(*m_graph, character->id(), goal->id());
        QVERIFY(!expected.empty());
        clickBox(map, character);
        map->ensureVisible(goal->item().rect, 20, 20);
        QTest::mouseClick(
            map->viewport(), Qt::LeftButton, Qt::ControlModifier, map->mapFromScene(goal->item().rect.center()));
        auto *details = widget.findChild<QTextBrowser *>(u"graphDetails"_s);
        QVERIFY(details->isVisible());
        const QString text = details->toPlainText();
        QVERIFY2(
            text.contains(m_graph->entity(character->id())->title) && text.contains(m_graph->entity(goal->id())->title),
            qPrintable(text));
        QVERIFY2(text.contains(u".md:"_s), qPrintable(text));
        // The route stands out: its boxes are not faded, the others are.
        QSet<QString> route;
        for (const ConnectionPath &path : expected) {
            for (const QString &id : path.entities)
                route.insert(id);
        }
        QVERIFY(boxOf(map, character->id()) && boxOf(map, goal->id()));
        for (const QString &id : route) {
            // Entities outside the columns (pages, projects) are on the route but not on the map.
            const int box = map->map().itemOfEntity.value(id, -1);
            if (box < 0)
                continue;
            QVERIFY2(!map->box(map->map().items[size_t(box)].id)->isDimmed(), qPrintable(id));
        }
        const QList<StoryMapBox *> all = map->boxes();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const StoryMapBox *b) { return b->isDimmed(); }));
    }

    void modesSwitchFromTheToolbar()
    {
        {
            GraphWidget widget;
            makeWidget(widget, m_graph);
            clickAction(widget, u"freeGraphMode"_s);
            QVERIFY(widget.findChild<GraphView *>(u"graphView"_s)->isVisible());
            QVERIFY(!mapOf(widget)->isVisible());

            clickAction(widget, u"matrixMode"_s);
            auto *matrix = widget.findChild<CoverageMatrixWidget *>(u"coverageMatrix"_s);
            QVERIFY(matrix->isVisible());
            auto *table = widget.findChild<QTableWidget *>(u"matrixTable"_s);
            QCOMPARE(table->rowCount(), m_graph->count(EntityType::Character));
            QCOMPARE(table->columnCount(), m_graph->count(EntityType::PainPoint));
            // A click on a cell with paths lists them.
            const CoverageMatrix expected = CoverageMatrix::build(*m_graph, CoverageMatrix::presets().front());
            int row = -1, column = -1;
            for (int r = 0; r < table->rowCount() && row < 0; ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (expected.count(r, c) > 0) {
                        row = r;
                        column = c;
                        break;
                    }
                }
            }
            QVERIFY(row >= 0);
            QCOMPARE(table->item(row, column)->text(), QString::number(expected.count(row, column)));
            table->scrollToItem(table->item(row, column));
            QTest::mouseClick(
                table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, column)).center());
            const QString paths = widget.findChild<QTextBrowser *>(u"matrixPaths"_s)->toPlainText();
            QVERIFY2(paths.contains(expected.rows()[size_t(row)]->title), qPrintable(paths));
            const std::vector<CoveragePath> behind = expected.paths(row, column);
            QVERIFY(paths.contains(m_graph->entity(behind.front().via)->title));
        }
        // The mode is remembered.
        GraphWidget again;
        makeWidget(again, m_graph);
        QVERIFY(again.findChild<CoverageMatrixWidget *>(u"coverageMatrix"_s)->isVisible());
        clickAction(again, u"storyMapMode"_s);
        QVERIFY(mapOf(again)->isVisible());
    }
};

QTEST_MAIN(TestStoryMap)
#include "test_storymap.moc"
