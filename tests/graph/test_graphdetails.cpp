// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's Details panel for what the user clicks.
#include "core/extract/projectloader.h"
#include "core/i18n/translations.h"
#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"
#include "ui/graph/graphwidget.h"
#include "ui/graph/layoutcache.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace storyloom;
using namespace Qt::StringLiterals;

class TestGraphDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cacheDir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"storyloom-tests"_s);
        QCoreApplication::setApplicationName(u"test_graphdetails"_s);
        QSettings().clear();
        Translations::install(qApp, u"en"_s); // English plurals come from a translation too
        QVERIFY(m_cacheDir.isValid());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void painPointShowsHowManyStoriesExposeIt()
    {
        const Snapshot graph
            = ProjectLoader::load(QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/extract/data/morals-book"));
        QVERIFY(graph);
        QString shared;
        for (const Entity *pain : graph->entitiesOfType(EntityType::PainPoint)) {
            if (pain->title == u"Opening hours on the website are out of date."_s)
                shared = pain->id;
        }
        QVERIFY(!shared.isEmpty());

        GraphWidget widget;
        widget.setLayoutCache(LayoutCache(m_cacheDir.filePath(u"index.sqlite"_s)));
        widget.resize(1200, 800);
        widget.setSnapshot(graph);
        widget.waitForLayout();
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
        // The free-form graph is the Graph tab's second mode: switch to it as a reader would.
        for (QObject *object : widget.findChild<QAction *>(QStringLiteral("freeGraphMode"))->associatedObjects()) {
            if (auto *button = qobject_cast<QToolButton *>(object))
                QTest::mouseClick(button, Qt::LeftButton);
        }

        auto *view = widget.findChild<GraphView *>(u"graphView"_s);
        auto *scene = widget.findChild<GraphScene *>(u"graphScene"_s);
        auto *details = widget.findChild<QTextBrowser *>(u"graphDetails"_s);
        QVERIFY(view && scene && details);
        GraphNodeItem *node = scene->node(shared);
        QVERIFY(node);
        view->centerOn(node);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(node->pos()));
        QCOMPARE(scene->selectedEntity(), shared);
        QVERIFY2(details->toPlainText().contains(u"exposed by 2 stories"_s), qPrintable(details->toPlainText()));
    }
};

QTEST_MAIN(TestGraphDetails)
#include "test_graphdetails.moc"
