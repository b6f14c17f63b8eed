// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The views `storyloom --screenshot --view ...` shows: the editor opens the first
// story with its preview, and the window closes cleanly afterwards (quitting with
// an entity selected in the graph used to crash in GraphScene's destructor).

#include "core/project/project.h"
#include "ui/editor/markdowneditor.h"
#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preview/previewbrowser.h"
#include "ui/roadmap/roadmapmodel.h"
#include "ui/settings/apptheme.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace storyloom;

namespace {

/** The average lightness (0-255) of an image, sampled on a grid. */
int averageLightness(const QImage &image)
{
    long long sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++count;
        }
    }
    return count ? int(sum / count) : -1;
}

struct Shot
{
    int exitCode = -1;
    QImage image;
    QByteArray err;
};

/** Runs the real program's screenshot mode with its own settings and data folders. */
Shot screenshot(const QTemporaryDir &home, const QStringList &arguments)
{
    const QString png = home.filePath(u"shot.png"_s);
    QFile::remove(png);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom"), QStringList { u"--screenshot"_s, png } + arguments);
    Shot shot;
    if (!process.waitForFinished(120000))
        return shot;
    shot.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    shot.image = QImage(png);
    shot.err = process.readAllStandardError();
    return shot;
}

} // namespace

class TestMainWindowViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-mainwindowviews"_s);
    }

    void editorViewOpensTheFirstStoryWithItsPreview()
    {
        const QString root = ensureSampleProject();
        QVERIFY(!root.isEmpty());
        {
            MainWindow window;
            window.openProject(root);
            window.project()->waitForLoaded();
            const Snapshot snapshot = window.project()->snapshot();
            QVERIFY(snapshot);
            window.show();
            window.showView(MainWindow::View::Editor);

            auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
            QVERIFY(tabs);
            auto *page = qobject_cast<EntityPage *>(tabs->currentWidget());
            QVERIFY(page);
            const Entity *entity = snapshot->entity(page->entityId());
            QVERIFY(entity);
            QVERIFY(entity->type == EntityType::Story);
            for (const Entity *story : snapshot->entitiesOfType(EntityType::Story))
                QVERIFY2(story->order >= entity->order, qPrintable(story->id));
            // The preview shows the story's text, not an empty pane.
            QTRY_VERIFY(page->findChild<PreviewBrowser *>(QStringLiteral("previewBrowser"))->updateCount() > 0);
            QVERIFY(page->findChild<PreviewBrowser *>(QStringLiteral("previewBrowser"))
                    ->toPlainText()
                    .contains(entity->title));
            QVERIFY(!page->findChild<MarkdownEditor *>(QStringLiteral("markdownEditor"))->toPlainText().isEmpty());

            // Asking again switches to that tab instead of opening another.
            const int count = tabs->count();
            window.showView(MainWindow::View::Graph);
            window.showView(MainWindow::View::Editor);
            QCOMPARE(tabs->count(), count);
            QCOMPARE(tabs->currentWidget(), page);

            // The graph follows the open tab: the story is selected there, which is what
            // made the scene's destructor crash before.
            auto *scene = window.findChild<GraphScene *>();
            QVERIFY(scene);
            QTRY_COMPARE(scene->selectedEntity(), page->entityId());
        } // the window, its graph scene and the selected node die here
    }

    void firstRunGraphShowsItsTitles()
    {
        QSettings().remove(u"window"_s); // a first run: no saved window layout
        const QString root = ensureSampleProject();
        QVERIFY(!root.isEmpty());
        MainWindow window;
        window.resize(1280, 800);
        auto *projectDock = window.findChild<QDockWidget *>(u"projectDock"_s);
        auto *backlinksDock = window.findChild<QDockWidget *>(u"backlinksDock"_s);
        QVERIFY(projectDock && backlinksDock);
        QVERIFY(window.tabifiedDockWidgets(projectDock).contains(backlinksDock));
        window.openProject(root);
        window.project()->waitForLoaded();
        window.show();
        window.showView(MainWindow::View::Graph);
        // The free-form graph is the Graph tab's second mode: switch to it as a reader would.
        for (QObject *object : window.findChild<QAction *>(QStringLiteral("freeGraphMode"))->associatedObjects()) {
            if (auto *button = qobject_cast<QToolButton *>(object))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        auto *scene = window.findChild<GraphScene *>();
        auto *view = window.findChild<GraphView *>();
        QVERIFY(scene && view);
        // Laid out and fitted, every node is in view at a zoom where titles are drawn.
        QTRY_VERIFY(scene->nodeCount() > 0);
        QTest::qWait(200);
        view->fitAll();
        QVERIFY2(view->zoom() >= GraphNodeItem::labelZoom * 0.999, qPrintable(QString::number(view->zoom())));
        const QRect shown = view->mapFromScene(scene->nodeShapesRect()).boundingRect();
        QVERIFY(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown));
    }

    void graphSceneDiesCleanlyWithASelectedNode()
    {
        Project project;
        project.open(ensureSampleProject());
        project.waitForLoaded();
        const Snapshot snapshot = project.snapshot();
        QVERIFY(snapshot);
        const FilteredGraph all = GraphFilter().apply(*snapshot);
        QVERIFY(!all.nodes.isEmpty());
        auto *scene = new GraphScene;
        scene->setContent(snapshot, all, {}, {});
        const QString id = scene->nodeAt(0)->id();
        scene->selectEntity(id);
        QCOMPARE(scene->selectedEntity(), id);
        QVERIFY(scene->node(id)->isSelected());
        int selections = 0;
        connect(scene, &GraphScene::entitySelected, this, [&selections] { ++selections; });
        delete scene; // crashed: the selected node's destructor reached the scene's destroyed members
        QCOMPARE(selections, 0); // and a dying scene reports nothing
    }

    void darkThemePaintsTheWholeWindow()
    {
        const QPalette before = QApplication::palette();
        AppTheme::apply(EditorSettings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(EditorSettings().dark()); // "Follow the system" follows the application's palette
        {
            MainWindow window;
            window.openProject(ensureSampleProject());
            window.project()->waitForLoaded();
            window.show();
            window.showView(MainWindow::View::Editor);
            auto *page
                = qobject_cast<EntityPage *>(qobject_cast<QTabWidget *>(window.centralWidget())->currentWidget());
            QVERIFY(page);
            QTRY_VERIFY(page->findChild<PreviewBrowser *>(QStringLiteral("previewBrowser"))->updateCount() > 0);
            QVERIFY(page->findChild<PreviewBrowser *>(QStringLiteral("previewBrowser"))
                        ->palette()
                        .color(QPalette::Base)
                        .lightness()
                < 80);
            QVERIFY(
                averageLightness(page->findChild<PreviewBrowser *>(QStringLiteral("previewBrowser"))->grab().toImage())
                < 100);
            QVERIFY(
                averageLightness(page->findChild<MarkdownEditor *>(QStringLiteral("markdownEditor"))->grab().toImage())
                < 100);

            // Roadmap: the state cells are dark with light text, not pastel boxes.
            auto *roadmap = window.findChild<RoadmapModel *>();
            QVERIFY(roadmap);
            bool checked = false;
            for (int row = 0; row < roadmap->rowCount(); ++row) {
                const QModelIndex state = roadmap->index(row, RoadmapModel::State);
                const QColor fill = state.data(Qt::BackgroundRole).value<QColor>();
                if (!fill.isValid())
                    continue;
                QVERIFY(fill.lightness() < 100);
                QVERIFY(state.data(Qt::ForegroundRole).value<QColor>().lightness() > 150);
                checked = true;
            }
            QVERIFY(checked);
        }
        AppTheme::apply(EditorSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), before.color(QPalette::Text));
    }

    void screenshotsInBothPalettes()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Shot light = screenshot(home, { u"--view"_s, u"editor"_s, u"--theme"_s, u"light"_s });
        QVERIFY2(light.exitCode == 0, light.err.constData());
        QCOMPARE(light.image.size(), QSize(1280, 800)); // the default size at scale 1
        QVERIFY(averageLightness(light.image) > 170);

        const Shot dark
            = screenshot(home, { u"--view"_s, u"roadmap"_s, u"--theme"_s, u"dark"_s, u"--size"_s, u"1000x700"_s });
        QVERIFY2(dark.exitCode == 0, dark.err.constData());
        QCOMPARE(dark.image.size(), QSize(1000, 700));
        QVERIFY(averageLightness(dark.image) < 90);

        QCOMPARE(screenshot(home, { u"--theme"_s, u"purple"_s }).exitCode, 2);
        QCOMPARE(screenshot(home, { u"--size"_s, u"big"_s }).exitCode, 2);
    }
};

QTEST_MAIN(TestMainWindowViews)
#include "test_mainwindowviews.moc"
