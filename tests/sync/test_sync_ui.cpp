// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync UI: the branch in the main window's status bar, and the conflict view's actions.
#include "gitfixture.h"

#include "mainwindow/mainwindow.h"
#include "project/project.h"
#include "sync/conflictdialog.h"
#include "sync/conflictresolver.h"
#include "sync/syncsession.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestSyncUi : public QObject
{
    Q_OBJECT

    static QPushButton *button(QWidget *parent, const QString &text)
    {
        for (QPushButton *b : parent->findChildren<QPushButton *>()) {
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QProcess::execute(QStringLiteral("git"), {QStringLiteral("--version")}) != 0)
            QSKIP("git is not installed");
        if (!QFileInfo::exists(QStringLiteral(STORYLOOM_CORPUS_DIR)))
            QSKIP("the wg-async corpus is missing");
    }

    void statusBarShowsTheBranch()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching!"));
        MainWindow window;
        window.openProject(authors.a);
        window.project()->waitForLoaded();
        QLabel *branch = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
                                         if (label->text().startsWith(QStringLiteral("⎇ ")))
                                             branch = label;
                                     }
                                     return branch != nullptr;
                                 }()),
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(branch->text(), QStringLiteral("⎇ main · 1 changed"), 20000);
        bool hasSyncMenu = false;
        for (QAction *action : window.menuBar()->actions())
            hasSyncMenu = hasSyncMenu || action->text() == QStringLiteral("&Sync");
        QVERIFY(hasSyncMenu);
    }

    void conflictViewTakesYoursAndFinishes()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QByteArray paragraph = "is working on an HTTP server.";
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), paragraph, "is working on a gRPC server."));
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyX()), paragraph, "is working on a GraphQL server."));
        QCOMPARE(SyncSession(authors.a).run({}).outcome, SyncResult::Outcome::Synced);
        QCOMPARE(SyncSession(authors.b).run({}).outcome, SyncResult::Outcome::Conflicts);
        const QByteArray ours = *ConflictResolver(authors.b).versions(TwoAuthors::storyX()).ours;

        ConflictDialog dialog(authors.b);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), TwoAuthors::storyX());
        auto *yours = dialog.findChild<QPlainTextEdit *>(QStringLiteral("ours"));
        auto *theirs = dialog.findChild<QPlainTextEdit *>(QStringLiteral("theirs"));
        auto *merged = dialog.findChild<QPlainTextEdit *>(QStringLiteral("merged"));
        QVERIFY(yours && theirs && merged);
        QVERIFY(yours->toPlainText().contains(QStringLiteral("GraphQL")));
        QVERIFY(!yours->toPlainText().contains(QStringLiteral("gRPC")));
        QVERIFY(theirs->toPlainText().contains(QStringLiteral("gRPC")));
        if (qEnvironmentVariableIsSet("STORYLOOM_SYNC_SHOT"))
            dialog.grab().save(qEnvironmentVariable("STORYLOOM_SYNC_SHOT"));
        QVERIFY(merged->toPlainText().contains(QStringLiteral("<<<<<<<")));

        QPushButton *finish = button(&dialog, QStringLiteral("Finish Sync"));
        QVERIFY(finish);
        QVERIFY(!finish->isEnabled());
        QPushButton *takeYours = button(&dialog, QStringLiteral("Take Yours"));
        QVERIFY(takeYours);
        takeYours->click();
        QCOMPARE(list->count(), 0);
        QCOMPARE(readFile(TwoAuthors::path(authors.b, TwoAuthors::storyX())), ours);
        QVERIFY(finish->isEnabled());
        finish->click();
        QVERIFY(!ConflictResolver(authors.b).isMerging());
        QVERIFY(TwoAuthors::isClean(authors.b));
        QCOMPARE(SyncSession(authors.b).run({}).outcome, SyncResult::Outcome::Synced);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.b));
    }
};

QTEST_MAIN(TestSyncUi)
#include "test_sync_ui.moc"
