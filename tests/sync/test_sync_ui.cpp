// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync UI: the branch in the main window's status bar, and the conflict view's actions.
#include "gitfixture.h"

#include "core/project/project.h"
#include "core/sync/conflictresolver.h"
#include "core/sync/syncsession.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projecttreemodel.h"
#include "ui/settings/apptheme.h"
#include "ui/sync/autosync.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/historydialog.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>

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
        if (QProcess::execute(QStringLiteral("git"), { QStringLiteral("--version") }) != 0)
            QSKIP("git is not installed");
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

    /** The tree item of the entity defined in `path` (relative to the project), or an invalid index. */
    static QModelIndex itemForPath(const QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(ProjectTreeModel::PathRole).toString() == path)
                return index;
            if (const QModelIndex found = itemForPath(model, path, index); found.isValid())
                return found;
        }
        return {};
    }

    static int markOf(const QAbstractItemModel *model, const QString &path)
    {
        const QVariant mark = itemForPath(model, path).data(ProjectTreeModel::MarkRole);
        return mark.isValid() ? mark.toInt() : -1;
    }

    void projectTreeMarksChangedEntities()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        // A conflict on story X in Bob's clone, then a modified story Y and a new character.
        QVERIFY(authors.editSameParagraph());
        QCOMPARE(SyncSession(authors.a).run({}).outcome, SyncResult::Outcome::Synced);
        QCOMPARE(SyncSession(authors.b).run({}).outcome, SyncResult::Outcome::Conflicts);
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan", "Alan (edited)"));
        const QString character = QStringLiteral("src/vision/characters/mira.md");
        QVERIFY(writeFile(TwoAuthors::path(authors.b, character), "---\ntype: character\ntitle: Mira\n---\n# Mira\n"));

        MainWindow window;
        window.openProject(authors.b);
        window.project()->waitForLoaded();
        const QAbstractItemModel *model = window.findChild<ProjectTreeModel *>();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(itemForPath(model, character).isValid(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(markOf(model, TwoAuthors::storyX()), int(FileMark::Conflicted), 20000);
        QCOMPARE(markOf(model, TwoAuthors::storyY()), int(FileMark::Modified));
        QCOMPARE(markOf(model, character), int(FileMark::New));
        // An untouched story carries no mark; a marked one says why in its tooltip.
        QCOMPARE(
            markOf(model, QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_task_scheduler.md")),
            -1);
        QVERIFY(itemForPath(model, TwoAuthors::storyX())
                .data(Qt::ToolTipRole)
                .toString()
                .contains(describe(FileMark::Conflicted)));
        QVERIFY(!itemForPath(model, TwoAuthors::storyX()).data(Qt::DecorationRole).isNull());

        // A Git operation (taking their side) and a file change (the edit undone) update the marks.
        QVERIFY(!ConflictResolver(authors.b).takeTheirs(TwoAuthors::storyX()).isError());
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan (edited)", "Alan"));
        QTRY_COMPARE_WITH_TIMEOUT(markOf(model, TwoAuthors::storyX()), int(FileMark::Modified), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(markOf(model, TwoAuthors::storyY()), -1, 20000);
        QCOMPARE(markOf(model, character), int(FileMark::New));
    }

    void autoSyncRunsOnItsTimerButNotDuringAConflict()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(authors.editSameParagraph());
        {
            // Alice's saved edit goes out on the timer, without her pressing Sync.
            MainWindow window;
            window.openProject(authors.a);
            window.project()->waitForLoaded();
            auto *autoSync = window.findChild<AutoSync *>();
            QVERIFY(autoSync);
            QSignalSpy due(autoSync, &AutoSync::due);
            autoSync->setIntervals(300, 0);
            const QString before = TwoAuthors::head(authors.a);
            // Polled with rev-parse only: a `git status` every few milliseconds would hold the index lock against the
            // sync.
            QTRY_VERIFY_WITH_TIMEOUT(
                TwoAuthors::head(authors.a) != before && authors.remoteHead() == TwoAuthors::head(authors.a), 60000);
            QVERIFY(due.count() >= 1);
            autoSync->setIntervals(0, 0);
            auto *session = window.findChild<SyncSession *>();
            QVERIFY(session);
            QTRY_VERIFY_WITH_TIMEOUT(!session->isRunning(), 60000);
            QVERIFY(TwoAuthors::isClean(authors.a));
        }
        // Bob's sync stops with a conflict: no timed sync starts until he resolves it.
        QCOMPARE(SyncSession(authors.b).run({}).outcome, SyncResult::Outcome::Conflicts);
        MainWindow window;
        window.openProject(authors.b);
        window.project()->waitForLoaded();
        auto *autoSync = window.findChild<AutoSync *>();
        QVERIFY(autoSync);
        QSignalSpy due(autoSync, &AutoSync::due);
        autoSync->setIntervals(100, 100);
        QTest::qWait(1500);
        QCOMPARE(due.count(), 0);
        QVERIFY(ConflictResolver(authors.b).isMerging());
        autoSync->setIntervals(0, 0);
    }

    void autoSyncFailsQuietly()
    {
        // Offline (the remote is gone): a timed sync reports in the status bar, never in a message box.
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(QDir(authors.remote).removeRecursively());
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "caching", "caching offline"));
        MainWindow window;
        window.openProject(authors.a);
        window.project()->waitForLoaded();
        auto *autoSync = window.findChild<AutoSync *>();
        auto *session = window.findChild<SyncSession *>();
        QVERIFY(autoSync && session);
        QSignalSpy finished(session, &SyncSession::finished);
        autoSync->setIntervals(200, 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
        autoSync->setIntervals(0, 0);
        // A second turn may have started before the timer stopped: wait for the last one to report.
        QTRY_VERIFY2_WITH_TIMEOUT(!session->isRunning()
                && window.statusBar()->currentMessage().startsWith(QStringLiteral("Automatic sync failed")),
            qPrintable(window.statusBar()->currentMessage()), 60000);
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            QVERIFY2(!box->isVisible(), qPrintable(box->text()));
        // The local commit is kept for the next sync.
        QVERIFY(TwoAuthors::isClean(authors.a));
    }

    void historyShowsRenderedChanges()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "is working on an HTTP server.",
            "is working on a gRPC server."));
        QCOMPARE(SyncSession(authors.a).run({}).outcome, SyncResult::Outcome::Synced);
        HistoryDialog dialog(TwoAuthors::path(authors.a, TwoAuthors::storyX()), QStringLiteral("Alan builds a cache"));
        dialog.show();
        auto *rendered = dialog.findChild<QTextBrowser *>();
        QVERIFY(rendered);
        // The newest commit: its new paragraph rendered (no Markdown link syntax left) beside the old one, struck
        // through.
        const QString text = rendered->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Alan is working on a gRPC server.")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Alan is working on an HTTP server.")));
        const QString html = rendered->toHtml();
        QVERIFY(html.contains(QStringLiteral("#dcf5e3"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("line-through")));
        if (qEnvironmentVariableIsSet("STORYLOOM_HISTORY_SHOT"))
            dialog.grab().save(qEnvironmentVariable("STORYLOOM_HISTORY_SHOT"));
    }

    void historyChangesAreReadableInTheDark()
    {
        // A pastel background under the dark palette's light text cannot be read: every
        // changed block's background must be dark there, well apart from the text.
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyX()), "is working on an HTTP server.",
            "is working on a gRPC server."));
        QCOMPARE(SyncSession(authors.a).run({}).outcome, SyncResult::Outcome::Synced);
        const QPalette before = QApplication::palette();
        QApplication::setPalette(AppTheme::darkPalette());
        HistoryDialog dialog(TwoAuthors::path(authors.a, TwoAuthors::storyX()), QStringLiteral("Alan builds a cache"));
        dialog.show();
        auto *rendered = dialog.findChild<QTextBrowser *>();
        QVERIFY(rendered);
        const int textLightness = AppTheme::darkPalette().color(QPalette::Text).lightness();
        int changedBlocks = 0;
        for (QTextFrame *frame : rendered->document()->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            const QColor background = table->cellAt(0, 0).format().background().color();
            QVERIFY2(background.lightness() < 100 && textLightness - background.lightness() > 100,
                qPrintable(background.name()));
            ++changedBlocks;
        }
        // Code is highlighted for a dark background: its coloured words are light, not the light theme's dark ones.
        int codeWords = 0;
        int lightness = 0;
        for (QTextBlock block = rendered->document()->begin(); block.isValid(); block = block.next()) {
            if (!block.charFormat().fontFixedPitch() && !QFontInfo(block.charFormat().font()).fixedPitch()
                && !block.blockFormat().nonBreakableLines())
                continue;
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.hasProperty(QTextFormat::ForegroundBrush) && !it.fragment().text().trimmed().isEmpty()) {
                    lightness += format.foreground().color().lightness();
                    ++codeWords;
                }
            }
        }
        QVERIFY(codeWords > 0);
        // (About 150 with the dark theme's colours; 86 with the light theme's, as before.)
        QVERIFY2(lightness / codeWords > 120, qPrintable(QString::number(lightness / codeWords)));
        if (qEnvironmentVariableIsSet("STORYLOOM_HISTORY_DARK_SHOT"))
            dialog.grab().save(qEnvironmentVariable("STORYLOOM_HISTORY_DARK_SHOT"));
        QApplication::setPalette(before);
        QCOMPARE(changedBlocks, 2); // the added paragraph and the removed one
        // The story's heading starts with an emoji right after its anchors: no text fragment may
        // split its surrogate pair (it would show as two replacement glyphs).
        for (QTextBlock block = rendered->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString fragment = it.fragment().text();
                QVERIFY2(
                    fragment.isEmpty() || (!fragment.front().isLowSurrogate() && !fragment.back().isHighSurrogate()),
                    qPrintable(block.text()));
            }
        }
    }

    void conflictViewTakesYoursAndFinishes()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(authors.editSameParagraph());
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
        QPushButton *takeYours = button(&dialog, QStringLiteral("Whole File: Mine"));
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
