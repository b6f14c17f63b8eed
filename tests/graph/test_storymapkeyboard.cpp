// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The story map without a mouse: Tab into it, arrows along its lines and up and down its
// columns, Enter on a group unfolds it, Enter on an entity opens it, R lists relations;
// the box the keyboard is on is framed and is what the accessibility interface focuses.
#include "core/extract/projectloader.h"
#include "core/i18n/translations.h"
#include "ui/graph/graphkeymodel.h"
#include "ui/graph/graphwidget.h"
#include "ui/graph/layoutcache.h"
#include "ui/graph/storymapbox.h"
#include "ui/graph/storymapview.h"

#include "largecolumnproject.h"
#include "testsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QHash>
#include <QLineEdit>
#include <QMenu>
#include <QQueue>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

struct MapArrow
{
    Qt::Key key;
    QPointF direction;
};
const MapArrow mapArrows[] = { { Qt::Key_Right, { 1, 0 } }, { Qt::Key_Left, { -1, 0 } }, { Qt::Key_Down, { 0, 1 } },
    { Qt::Key_Up, { 0, -1 } } };

} // namespace

class TestStoryMapKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_project;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<QWidget> m_window;
    GraphWidget *m_graph = nullptr;
    QLineEdit *m_before = nullptr;
    StoryMapView *m_map = nullptr;
    GraphKeyModel *m_keys = nullptr;

    /** The name, description and state the accessibility interface gives the map's focused child. */
    [[nodiscard]] QAccessibleInterface *focusedBox() const
    {
        QAccessibleInterface *map = QAccessible::queryAccessibleInterface(m_map);
        return map ? map->focusChild() : nullptr;
    }

    void tabIntoMap()
    {
        if (!m_window->isActiveWindow())
            m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_before->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_before);
        for (int i = 0; i < 12 && QApplication::focusWidget() != m_map; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_map);
    }

    /** Presses arrows (chosen along the model's walk) until `wanted` holds for the current box. */
    template<typename Predicate> bool walkTo(Predicate wanted)
    {
        // Breadth first over what each arrow reaches, then the keys of the shortest way.
        QHash<QString, QPair<QString, Qt::Key>> cameFrom;
        QQueue<QString> queue;
        const QString start = m_keys->current();
        queue.enqueue(start);
        cameFrom.insert(start, {});
        QString goal;
        while (!queue.isEmpty() && goal.isEmpty()) {
            const QString at = queue.dequeue();
            if (wanted(at)) {
                goal = at;
                break;
            }
            for (const MapArrow &arrow : mapArrows) {
                const QString next = m_keys->neighbourTowards(at, arrow.direction);
                if (!next.isEmpty() && !cameFrom.contains(next)) {
                    cameFrom.insert(next, { at, arrow.key });
                    queue.enqueue(next);
                }
            }
        }
        if (goal.isEmpty())
            return false;
        QList<Qt::Key> keys;
        for (QString at = goal; at != start; at = cameFrom.value(at).first)
            keys.prepend(cameFrom.value(at).second);
        for (const Qt::Key key : keys)
            QTest::keyClick(QApplication::focusWidget(), key);
        return m_keys->current() == goal;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"storyloom-tests"_s);
        QCoreApplication::setApplicationName(u"test_storymapkeyboard"_s);
        QSettings().clear();
        Translations::install(qApp, u"en"_s);
        QVERIFY(m_cacheDir.isValid() && m_project.isValid());
        QVERIFY(test::writeLargeColumnProject(m_project.path()));
        const Snapshot graph = ProjectLoader::load(m_project.path());
        QVERIFY(graph);

        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_before = new QLineEdit(m_window.get());
        m_before->setAccessibleName(u"before"_s);
        layout->addWidget(m_before);
        m_graph = new GraphWidget(m_window.get());
        m_graph->setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        layout->addWidget(m_graph, 1);
        m_window->resize(1400, 900);
        m_graph->setSnapshot(graph);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_graph->waitForLayout();
        // The story map is the Graph tab's default mode.
        m_map = m_graph->findChild<StoryMapView *>(u"storyMap"_s);
        QVERIFY(m_map && m_map->isVisible());
        m_keys = m_map->findChild<GraphKeyModel *>(u"storyMapKeyModel"_s);
        QVERIFY(m_keys);
        QVERIFY(m_keys->count() > 3);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void tabFocusesAFramedBox()
    {
        m_map->selectEntity({});
        tabIntoMap();
        const QString start = m_keys->current();
        QVERIFY(!start.isEmpty());
        for (int i = 0; i < m_keys->count(); ++i)
            QVERIFY(m_keys->walkTargets(m_keys->idAt(i)).size() <= m_keys->walkTargets(start).size());
        // The visible focus indicator: that box, and only it, is framed.
        for (const StoryMapBox *box : m_map->boxes())
            QCOMPARE(box->hasKeyboardFocus(), box->id() == start);
        QAccessibleInterface *focused = focusedBox();
        QVERIFY(focused);
        QCOMPARE(focused->text(QAccessible::Name), m_map->box(start)->item().title);
        QVERIFY(focused->state().focused);
        QVERIFY(!focused->text(QAccessible::Description).isEmpty());
        // Leaving the map takes the frame away.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != m_map);
        QVERIFY(!m_map->box(start)->hasKeyboardFocus());
    }

    void arrowsWalkAlongLinesAndColumns()
    {
        tabIntoMap();
        int moves = 0;
        int alongLines = 0;
        for (int round = 0; round < 8; ++round) {
            const QString from = m_keys->current();
            for (const MapArrow &arrow : mapArrows) {
                const QString expected = m_keys->neighbourTowards(from, arrow.direction);
                if (expected.isEmpty())
                    continue;
                QTest::keyClick(QApplication::focusWidget(), arrow.key);
                QCOMPARE(m_keys->current(), expected);
                const QPointF step = m_keys->sceneRect(expected).center() - m_keys->sceneRect(from).center();
                QVERIFY(QPointF::dotProduct(step, arrow.direction) > 0);
                QCOMPARE(focusedBox()->text(QAccessible::Name), m_map->box(expected)->item().title);
                QVERIFY(m_map->box(expected)->hasKeyboardFocus());
                QVERIFY(!m_map->box(from)->hasKeyboardFocus());
                const int a = m_map->map().indexOf(from);
                const int b = m_map->map().indexOf(expected);
                for (const StoryMapEdge &edge : m_map->map().edges) {
                    if ((edge.from == a && edge.to == b) || (edge.from == b && edge.to == a)) {
                        ++alongLines;
                        break;
                    }
                }
                ++moves;
                break;
            }
            if (m_keys->current() == from)
                break;
        }
        QVERIFY2(moves >= 2, "the arrows moved fewer than two times");
        QVERIFY2(alongLines >= 1, "no arrow followed a line");
        QCOMPARE(QApplication::focusWidget(), m_map);
    }

    void enterUnfoldsAndFoldsAGroup()
    {
        tabIntoMap();
        QVERIFY2(walkTo([this](const QString &id) { return m_keys->fold(id) == GraphKeyModel::Fold::Folded; }),
            "no folded group is reachable by the arrows");
        const QString group = m_keys->current();
        const QStringList members = m_map->box(group)->item().members;
        QVERIFY(members.size() > 1);
        QVERIFY(focusedBox()->state().collapsed);
        QVERIFY(focusedBox()->text(QAccessible::Description).contains(u"folded"_s));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        m_graph->waitForLayout();
        QCOMPARE(m_keys->current(), group);
        QCOMPARE(m_map->box(group)->kind(), StoryMapItemKind::GroupHeader);
        QVERIFY(m_map->box(group)->hasKeyboardFocus());
        QVERIFY(focusedBox()->state().expanded);
        for (const QString &member : members)
            QVERIFY2(m_map->box(member), qPrintable(member));
        // Down steps onto the group's first member.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QVERIFY2(members.contains(m_keys->current()), qPrintable(m_keys->current()));
        QCOMPARE(m_map->selectedEntity(), m_keys->current());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(m_keys->current(), group);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        m_graph->waitForLayout();
        QCOMPARE(m_map->box(group)->kind(), StoryMapItemKind::Group);
        for (const QString &member : members)
            QVERIFY(!m_map->box(member));
    }

    void enterOpensAnEntity()
    {
        tabIntoMap();
        QVERIFY(walkTo([this](const QString &id) { return m_map->box(id)->kind() == StoryMapItemKind::Entity; }));
        QSignalSpy opened(m_map, &StoryMapView::activated);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), m_keys->current());
    }

    void rKeyListsRelationsToJumpTo()
    {
        tabIntoMap();
        QVERIFY(walkTo([this](const QString &id) {
            return m_map->box(id)->kind() == StoryMapItemKind::Entity && !m_keys->relations(id).isEmpty();
        }));
        const QList<GraphRelationEntry> entries = m_keys->relations(m_keys->current());
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
        // The related entity's box (its own, or its folded group's) is now the keyboard's.
        const int box = m_map->map().itemOfEntity.value(entries.first().otherId, -1);
        QVERIFY(box >= 0);
        QCOMPARE(m_keys->current(), m_map->map().items[size_t(box)].id);
    }
};

QTEST_MAIN(TestStoryMapKeyboard)
#include "test_storymapkeyboard.moc"
