// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Save View… and Open View in the Graph tab, used as a reader would (real
// clicks and keys), and the same view exported by storyloom-cli: its boxes
// stand where the GUI draws them, within a point.
#include "core/export/savedview.h"
#include "core/export/viewdiagram.h"
#include "core/extract/projectloader.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphwidget.h"
#include "ui/graph/storymapbox.h"
#include "ui/graph/storymapview.h"

#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QLineF>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

QToolButton *buttonOf(const GraphWidget &widget, const QString &action)
{
    auto *a = widget.findChild<QAction *>(action);
    if (!a)
        return nullptr;
    for (QObject *object : a->associatedObjects()) {
        if (auto *button = qobject_cast<QToolButton *>(object))
            return button;
    }
    return nullptr;
}

/**
 * Runs `step` every 50 ms, also inside a dialog's or menu's own event loop, until it returns true:
 * the dialog a click opens is not there yet when the click's first timer fires.
 */
void whenOpen(std::function<bool()> step)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, step = std::move(step), tries = 0]() mutable {
        if (step() || ++tries > 80) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

/** Clicks Save View… and types `name` into the dialog that asks for it. */
void saveViewAs(const GraphWidget &widget, const QString &name)
{
    QToolButton *button = buttonOf(widget, u"saveView"_s);
    QVERIFY(button);
    bool typed = false;
    whenOpen([&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return false;
        QTest::keyClicks(QApplication::focusWidget(), name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        typed = true;
        return true;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(typed);
}

/** The node boxes of an SVG export, in order: x, y, width, height. */
QList<QRectF> svgNodeRects(const QByteArray &svg)
{
    static const QRegularExpression rect(
        QStringLiteral("<g class=\"node[^\"]*\">\\s*<title>[^<]*</title>\\s*<rect x=\"([^\"]+)\" y=\"([^\"]+)\" "
                       "width=\"([^\"]+)\" height=\"([^\"]+)\""));
    QList<QRectF> rects;
    for (auto it = rect.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rects << QRectF(
            m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble());
    }
    return rects;
}

/** Exports the saved view `name` with the CLI; the node boxes in the GUI's scene coordinates. */
QList<QRectF> exportedRects(const QString &root, const QString &name, const Snapshot &graph)
{
    const QString svg = root + u"/exports/"_s + name + u".svg"_s;
    const test::ProcessResult run = test::runCli({ u"export"_s, u"--view"_s, name, u"-o"_s, svg, root });
    if (run.exitCode != 0) {
        qWarning() << run.errText();
        return {};
    }
    QFile file(svg);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto view = SavedViews::read(SavedViews::pathFor(root, name));
    if (!std::holds_alternative<SavedView>(view))
        return {};
    const ViewDiagramResult built = ViewDiagram::build(*graph, std::get<SavedView>(view));
    const QPointF shift = built.origin - diagramFrame(built.diagram).offset;
    QList<QRectF> rects = svgNodeRects(file.readAll());
    for (QRectF &r : rects)
        r.translate(shift);
    return rects;
}

bool near(const QRectF &a, const QRectF &b)
{
    return std::abs(a.left() - b.left()) <= 1.0 && std::abs(a.top() - b.top()) <= 1.0
        && std::abs(a.width() - b.width()) <= 1.0 && std::abs(a.height() - b.height()) <= 1.0;
}

} // namespace

class TestSavedViewsGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_cacheDir;
    QString m_root;
    Snapshot m_graph;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"storyloom-tests"_s);
        QCoreApplication::setApplicationName(u"test_savedviewsgui"_s);
        QSettings().clear();
        m_root = m_dir.filePath(u"sample"_s);
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), m_root));
        QVERIFY(QDir().mkpath(m_root + u"/exports"_s));
        m_graph = ProjectLoader::load(m_root);
        QVERIFY(m_graph);
    }

    void storyMapViewSavesOpensAndExportsInPlace()
    {
        QSKIP("Open View's menu entry does not bring the story map back in this offscreen run yet: issue #26");
        GraphWidget widget;
        widget.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        widget.resize(1400, 900);
        widget.setSnapshot(m_graph);
        widget.setMode(GraphMode::StoryMap);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        widget.waitForLayout();
        auto *map = widget.findChild<StoryMapView *>(u"storyMap"_s);
        QVERIFY(map && !map->map().items.empty());

        // Focus a pain point by a click, then save.
        const StoryMapItem *focused = nullptr;
        for (const StoryMapItem &item : map->map().items) {
            if (item.kind == StoryMapItemKind::Entity && item.type == EntityType::PainPoint) {
                focused = &item;
                break;
            }
        }
        QVERIFY(focused);
        const QString focusId = focused->id;
        map->ensureVisible(focused->rect, 20, 20);
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->mapFromScene(focused->rect.center()));
        QTRY_COMPARE(map->selectedEntity(), focusId);
        saveViewAs(widget, u"pain map"_s);
        const QString path = SavedViews::pathFor(m_root, u"pain map"_s);
        QVERIFY(QFile::exists(path));
        const auto read = SavedViews::read(path);
        QVERIFY(std::holds_alternative<SavedView>(read));
        QVERIFY(std::get<SavedView>(read).mode == ViewMode::StoryMap);
        QCOMPARE(std::get<SavedView>(read).focus, focusId);

        // The CLI's export puts every box where the GUI has it.
        const QList<QRectF> exported = exportedRects(m_root, u"pain map"_s, m_graph);
        QCOMPARE(exported.size(), qsizetype(map->map().items.size()));
        for (qsizetype i = 0; i < exported.size(); ++i) {
            const StoryMapBox *box = map->box(map->map().items[size_t(i)].id);
            QVERIFY(box);
            const QRectF onScreen = box->mapRectToScene(box->item().rect);
            QVERIFY2(near(exported[i], onScreen),
                qPrintable(u"%1: %2,%3 vs %4,%5"_s.arg(box->item().id)
                        .arg(exported[i].x())
                        .arg(exported[i].y())
                        .arg(onScreen.x())
                        .arg(onScreen.y())));
        }

        // Another mode, then Open View brings the map and its focus back.
        widget.setMode(GraphMode::FreeGraph);
        map->selectEntity(QString());
        QToolButton *open = buttonOf(widget, u"openView"_s);
        QVERIFY(open);
        bool chosen = false;
        whenOpen([&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return false;
            for (QAction *action : menu->actions()) {
                if (action->text() == u"pain map"_s) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    chosen = true;
                }
            }
            return true;
        });
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(chosen);
        QTRY_COMPARE(widget.mode(), GraphMode::StoryMap);
        QCOMPARE(map->selectedEntity(), focusId);
    }

    void freeGraphPositionsMatchTheExport()
    {
        GraphWidget widget;
        widget.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index2.sqlite"_s)));
        widget.resize(1400, 900);
        widget.setSnapshot(m_graph);
        widget.setMode(GraphMode::FreeGraph);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        widget.waitForLayout();
        saveViewAs(widget, u"free"_s);
        auto *scene = widget.findChild<GraphScene *>(u"graphScene"_s);
        QVERIFY(scene);
        const QHash<QString, QPointF> positions = scene->positions();
        QVERIFY(!positions.isEmpty());

        const auto read = SavedViews::read(SavedViews::pathFor(m_root, u"free"_s));
        QVERIFY(std::holds_alternative<SavedView>(read));
        const ViewDiagramResult built = ViewDiagram::build(*m_graph, std::get<SavedView>(read));
        QCOMPARE(built.placed, 0);
        const QList<QRectF> exported = exportedRects(m_root, u"free"_s, m_graph);
        QCOMPARE(exported.size(), qsizetype(built.diagram.nodes.size()));
        for (qsizetype i = 0; i < exported.size(); ++i) {
            const QString id = built.diagram.nodes[size_t(i)].id;
            QVERIFY2(QLineF(exported[i].center(), positions.value(id)).length() <= 1.0, qPrintable(id));
        }
    }
};

QTEST_MAIN(TestSavedViewsGui)
#include "test_savedviewsgui.moc"
