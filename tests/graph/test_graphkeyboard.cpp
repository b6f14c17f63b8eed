// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph without a mouse: Tab into the view, arrows along relations, R, Enter, and
// what the accessibility interface says about the focused entity.
#include "core/extract/projectloader.h"
#include "core/i18n/translations.h"
#include "ui/graph/graphkeymodel.h"
#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphrelationslist.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"
#include "ui/graph/graphwidget.h"
#include "ui/graph/layoutcache.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {
struct Arrow
{
    Qt::Key key;
    QPointF direction;
};
const Arrow arrows[] = { { Qt::Key_Right, { 1, 0 } }, { Qt::Key_Left, { -1, 0 } }, { Qt::Key_Down, { 0, 1 } },
    { Qt::Key_Up, { 0, -1 } } };
} // namespace

class TestGraphKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cacheDir;
    std::unique_ptr<QWidget> m_window;
    GraphWidget *m_graph = nullptr;
    QLineEdit *m_before = nullptr;
    GraphView *m_view = nullptr;
    GraphScene *m_scene = nullptr;
    GraphKeyModel *m_keys = nullptr;

    /** The name and description the accessibility interface gives the view's focused child. */
    [[nodiscard]] QStringList focusedNode() const
    {
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
        QAccessibleInterface *node = view ? view->focusChild() : nullptr;
        if (!node)
            return {};
        return { node->text(QAccessible::Name), node->text(QAccessible::Description) };
    }

    /** Tabs from the line edit before the graph until the view has the focus. */
    void tabIntoView()
    {
        // A popup of the test before may have left no window active (offscreen has no window manager).
        if (!m_window->isActiveWindow())
            m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_before->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_before);
        for (int i = 0; i < 12 && QApplication::focusWidget() != m_view; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_view);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"storyloom-tests"_s);
        QCoreApplication::setApplicationName(u"test_graphkeyboard"_s);
        QSettings().clear();
        Translations::install(qApp, u"en"_s);
        QVERIFY(m_cacheDir.isValid());
        const Snapshot graph
            = ProjectLoader::load(QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/extract/data/morals-book"));
        QVERIFY(graph);

        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_before = new QLineEdit(m_window.get());
        m_before->setAccessibleName(u"before"_s);
        layout->addWidget(m_before);
        m_graph = new GraphWidget(m_window.get());
        m_graph->setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        layout->addWidget(m_graph, 1);
        m_window->resize(1200, 800);
        m_graph->setSnapshot(graph);
        m_graph->waitForLayout();
        QCoreApplication::processEvents();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The free-form graph is the Graph tab's second mode: switch to it as a reader would.
        for (QObject *object : m_graph->findChild<QAction *>(u"freeGraphMode"_s)->associatedObjects()) {
            if (auto *button = qobject_cast<QToolButton *>(object))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        m_view = m_graph->findChild<GraphView *>(u"graphView"_s);
        m_scene = m_graph->findChild<GraphScene *>(u"graphScene"_s);
        m_keys = m_view ? m_view->findChild<GraphKeyModel *>(u"graphKeyModel"_s) : nullptr;
        QVERIFY(m_view && m_scene && m_keys);
        QVERIFY(m_scene->nodeCount() > 3);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void tabFocusesTheMostConnectedEntity()
    {
        m_scene->selectEntity({});
        tabIntoView();
        const QString start = m_scene->selectedEntity();
        QVERIFY(!start.isEmpty());
        for (int i = 0; i < m_scene->nodeCount(); ++i)
            QVERIFY(m_scene->neighbours(m_scene->nodeAt(i)->id()).size() <= m_scene->neighbours(start).size());
        // The accessibility tree's focus is that entity: its title, type and relation counts.
        const QStringList focused = focusedNode();
        QCOMPARE(focused.value(0), m_scene->node(start)->title());
        QVERIFY2(focused.value(1).contains(u"links to"_s) && focused.value(1).contains(u"linked from"_s),
            qPrintable(focused.value(1)));
    }

    void arrowsWalkAlongRelations()
    {
        tabIntoView();
        int moves = 0;
        // From the start, and then from each entity reached, take every arrow that has a neighbour.
        for (int round = 0; round < 6; ++round) {
            const QString from = m_scene->selectedEntity();
            for (const Arrow &arrow : arrows) {
                const QString expected = m_keys->neighbourTowards(m_scene->selectedEntity(), arrow.direction);
                if (expected.isEmpty())
                    continue;
                const QString before = m_scene->selectedEntity();
                QTest::keyClick(QApplication::focusWidget(), arrow.key);
                QCOMPARE(m_scene->selectedEntity(), expected);
                QVERIFY(m_scene->neighbours(before).contains(expected));
                // In the arrow's direction on screen.
                const QPointF step = m_keys->sceneRect(expected).center() - m_keys->sceneRect(before).center();
                QVERIFY(QPointF::dotProduct(step, arrow.direction) > 0);
                QCOMPARE(focusedNode().value(0), m_scene->node(expected)->title());
                QCOMPARE(QApplication::focusWidget(), m_view);
                ++moves;
                break;
            }
            if (m_scene->selectedEntity() == from)
                break;
        }
        QVERIFY2(moves >= 2, "the arrows moved fewer than two times");
    }

    void relationsListFollowsTheFocus()
    {
        tabIntoView();
        auto *list = m_graph->findChild<GraphRelationsList *>(u"graphRelations"_s);
        QVERIFY(list);
        const QString current = m_scene->selectedEntity();
        const QList<GraphRelationEntry> entries = GraphRelationsList::entries(*m_scene, current);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(list->count(), entries.size());
        QCOMPARE(list->item(0)->text(), entries.first().text);
        QVERIFY(list->item(0)->text().contains(m_scene->node(entries.first().otherId)->title()));
        // Enter on a row selects that entity.
        list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(m_scene->selectedEntity(), entries.last().otherId);
    }

    void rKeyListsRelationsToJumpTo()
    {
        tabIntoView();
        const QString current = m_scene->selectedEntity();
        const QList<GraphRelationEntry> entries = GraphRelationsList::entries(*m_scene, current);
        QVERIFY(!entries.isEmpty());
        QStringList shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                shown << action->text();
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY2(shown.contains(entries.first().text), qPrintable(shown.join(u" | "_s)));
        QCOMPARE(m_scene->selectedEntity(), entries.first().otherId);
    }

    void enterOpensAndTabLeaves()
    {
        tabIntoView();
        QSignalSpy opened(m_view, &GraphView::activated);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), m_scene->selectedEntity());
        // Tab goes on to the next control: the view is no trap.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != m_view);
    }
};

QTEST_MAIN(TestGraphKeyboard)
#include "test_graphkeyboard.moc"
