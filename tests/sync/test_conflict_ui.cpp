// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// After a sync stops with a conflict, as the author meets it: the error in the status bar, the bar above the
// editor and its "Resolve…", the preview's notice, the choices per change, undo; then the file's history
// around the merge.
#include "gitfixture.h"

#include "core/project/project.h"
#include "core/sync/conflictresolver.h"
#include "core/sync/syncsession.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/notificationbar.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preview/previewbrowser.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/historydialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString story = QStringLiteral("stories/cache.md");

/** A small vision document in a bare remote and two clones; Alice and Bob both rewrite the same sentence. */
struct ConflictedProject
{
    QTemporaryDir dir;
    QString remote = dir.filePath(QStringLiteral("remote.git"));
    QString alice = dir.filePath(QStringLiteral("alice"));
    QString bob = dir.filePath(QStringLiteral("bob"));

    bool setUp()
    {
        const QByteArray text = "---\ntype: story\nkind: status-quo\ntitle: Alan builds a cache\n---\n"
                                "# Alan builds a cache\n\nAlan is working on an HTTP server.\n\n"
                                "The cache sits in front of the database.\n";
        return git(dir.path(),
                   { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                       QStringLiteral("main"), remote })
                   .ok()
            && git(dir.path(), { QStringLiteral("clone"), QStringLiteral("-q"), remote, alice }).ok()
            && configureAuthor(alice, QStringLiteral("Alice"))
            && writeFile(QDir(alice).filePath(QStringLiteral("storyloom.yml")), "title: Cache stories\n")
            && writeFile(QDir(alice).filePath(story), text)
            && git(alice, { QStringLiteral("add"), QStringLiteral("-A") }).ok()
            && git(alice,
                { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Initial") })
                   .ok()
            && git(alice,
                { QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main") })
                   .ok()
            && git(dir.path(), { QStringLiteral("clone"), QStringLiteral("-q"), remote, bob }).ok()
            && configureAuthor(bob, QStringLiteral("Bob"))
            && editFile(QDir(alice).filePath(story), "an HTTP server", "a gRPC server")
            && editFile(QDir(bob).filePath(story), "an HTTP server", "a GraphQL server")
            && SyncSession(alice).run({}).outcome == SyncResult::Outcome::Synced
            && SyncSession(bob).run({}).outcome == SyncResult::Outcome::Conflicts;
    }
};

QLabel *problemsLabel(MainWindow &window)
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("error")) || label->text() == QStringLiteral("No problems"))
            return label;
    }
    return nullptr;
}

ConflictDialog *openConflictDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ConflictDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isVisible() && widget->isEnabled(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}
} // namespace

class TestConflictUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_journals;

private Q_SLOTS:
    void initTestCase()
    {
        if (QProcess::execute(QStringLiteral("git"), { QStringLiteral("--version") }) != 0)
            QSKIP("git is not installed");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("storyloom-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_conflict_ui"));
        qputenv("STORYLOOM_RECOVERY_DIR", m_journals.path().toUtf8());
    }

    void conflictMarkersAreAnErrorWithABannerAndAResolveDialog()
    {
        ConflictedProject project;
        QVERIFY(project.setUp());
        QVERIFY(readFile(QDir(project.bob).filePath(story)).contains("<<<<<<<"));

        MainWindow window;
        window.openProject(project.bob);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QLabel *problems = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((problems = problemsLabel(window)) != nullptr, 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            problems->text().startsWith(QStringLiteral("1 error")), qPrintable(problems->text()), 20000);
        const Entity *entity = window.project()->snapshot()->entityForPath(story);
        QVERIFY(entity);
        window.openEntity(entity->id);
        auto *page = window.findChild<EntityPage *>();
        QVERIFY(page);
        auto *editor = page->findChild<MarkdownEditor *>();
        QVERIFY(editor->toPlainText().contains(QStringLiteral("<<<<<<<")));

        // The bar above the editor says what is wrong; the preview shows a notice, not the markers.
        auto *bar = page->findChild<NotificationBar *>();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->topic(), QStringLiteral("conflictMarkers"));
        QVERIFY2(bar->text().contains(QStringLiteral("unresolved sync conflict")), qPrintable(bar->text()));
        auto *preview = page->findChild<PreviewBrowser *>();
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("unresolved sync conflict")));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("=======")));
        QVERIFY(!preview->toPlainText().contains(QStringLiteral("GraphQL")));
        if (qEnvironmentVariableIsSet("STORYLOOM_CONFLICT_SHOT"))
            window.grab().save(qEnvironmentVariable("STORYLOOM_CONFLICT_SHOT"));

        // Resolve…: the dialog shows both versions of the change, the differing words marked.
        click(bar->findChild<QPushButton *>(QStringLiteral("resolveConflicts")));
        ConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openConflictDialog()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *change = dialog->findChild<QWidget *>(QStringLiteral("change1"));
        QVERIFY(change);
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("change2")));
        const QString mine = change->findChild<QLabel *>(QStringLiteral("mine"))->text();
        const QString theirs = change->findChild<QLabel *>(QStringLiteral("theirs"))->text();
        QVERIFY2(mine.contains(QStringLiteral("background-color:")), qPrintable(mine));
        QVERIFY2(QRegularExpression(QStringLiteral("<span style=\"background-color:#[0-9a-f]+\">GraphQL</span>"))
                     .match(mine)
                     .hasMatch(),
            qPrintable(mine));
        QVERIFY2(QRegularExpression(QStringLiteral("<span style=\"background-color:#[0-9a-f]+\">gRPC</span>"))
                     .match(theirs)
                     .hasMatch(),
            qPrintable(theirs));
        QVERIFY(!theirs.contains(QStringLiteral(">server<"))); // the words both share are not marked
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveResolution"));
        auto *merged = dialog->findChild<QPlainTextEdit *>(QStringLiteral("merged"));
        QVERIFY(!save->isEnabled());
        if (qEnvironmentVariableIsSet("STORYLOOM_RESOLVE_SHOT"))
            dialog->grab().save(qEnvironmentVariable("STORYLOOM_RESOLVE_SHOT"));

        // A choice, undone with Ctrl+Z, then another.
        click(change->findChild<QPushButton *>(QStringLiteral("takeBoth")));
        QVERIFY2(merged->toPlainText().contains(
                     QStringLiteral("Alan is working on a GraphQL server.\nAlan is working on a gRPC server.\n")),
            qPrintable(merged->toPlainText()));
        QVERIFY(save->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!change->findChild<QPushButton *>(QStringLiteral("takeBoth"))->isChecked());
        QVERIFY(merged->toPlainText().contains(QStringLiteral("<<<<<<<")));
        QVERIFY(!save->isEnabled());
        click(change->findChild<QPushButton *>(QStringLiteral("takeTheirs")));
        QVERIFY(change->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->isChecked());
        QVERIFY(!merged->toPlainText().contains(QStringLiteral("GraphQL")));
        click(save);

        // The editor has the result as one edit, saved; Git counts the file resolved.
        const QString path = QDir(project.bob).filePath(story);
        QVERIFY(!editor->toPlainText().contains(QStringLiteral("<<<<<<<")));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("Alan is working on a gRPC server.")));
        QVERIFY(!page->isModified());
        QCOMPARE(QString::fromUtf8(readFile(path)), editor->toPlainText());
        QVERIFY(ConflictResolver(project.bob).conflictedPaths().isEmpty());
        QTRY_VERIFY(!bar->isVisible());
        QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Alan is working on a gRPC server.")));
        QTRY_VERIFY2_WITH_TIMEOUT(
            problems->text() == QStringLiteral("No problems") || problems->text().startsWith(QStringLiteral("0 error")),
            qPrintable(problems->text()), 20000);

        // Finish the sync from the same dialog: the merge is committed.
        QPushButton *finish = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Finish Sync"))
                finish = button;
        }
        const QPointer<ConflictDialog> open(dialog);
        click(finish);
        QTRY_VERIFY(!open || !open->isVisible());
        QVERIFY(!ConflictResolver(project.bob).isMerging());
        QCOMPARE(git(project.bob, { QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P") })
                     .out.trimmed()
                     .split(QLatin1Char(' '))
                     .size(),
            2);

        // Undo in the editor brings the conflict back (and its bar); redo resolves it again.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(editor->toPlainText().contains(QStringLiteral("<<<<<<<")));
        QTRY_VERIFY(bar->isVisible() && bar->topic() == QStringLiteral("conflictMarkers"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!editor->toPlainText().contains(QStringLiteral("<<<<<<<")));
        QTRY_VERIFY(!bar->isVisible());
    }

    void historyListsTheMergeAndComparesEachChangeWithItsParent()
    {
        ConflictedProject project;
        QVERIFY(project.setUp());
        ConflictResolver resolver(project.bob);
        QVERIFY(!resolver.takeOurs(story).isError());
        QVERIFY(editFile(QDir(project.bob).filePath(story), "The cache sits", "The shared cache sits"));
        QVERIFY(git(project.bob, { QStringLiteral("add"), QStringLiteral("-A") }).ok());
        QVERIFY(!resolver.finish().isError());

        HistoryDialog dialog(QDir(project.bob).filePath(story), QStringLiteral("Alan builds a cache"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *commits = dialog.findChild<QTreeWidget *>(QStringLiteral("commits"));
        auto *rendered = dialog.findChild<QTextBrowser *>(QStringLiteral("renderedChanges"));
        auto *compare = dialog.findChild<QComboBox *>(QStringLiteral("compareWith"));
        QVERIFY(commits && rendered && compare);
        // The merge (newest, set apart), Bob's sync commit, Alice's, the first one.
        QCOMPARE(commits->topLevelItemCount(), 4);
        QVERIFY(commits->topLevelItem(0)->font(2).italic());
        QVERIFY(!commits->topLevelItem(1)->font(2).italic());
        int bobsRow = -1;
        QStringList authors;
        for (int row = 1; row < 3; ++row) {
            authors.append(commits->topLevelItem(row)->text(1));
            if (authors.last() == QStringLiteral("Bob"))
                bobsRow = row;
        }
        authors.sort();
        QCOMPARE(authors, (QStringList { QStringLiteral("Alice"), QStringLiteral("Bob") }));
        if (qEnvironmentVariableIsSet("STORYLOOM_MERGE_HISTORY_SHOT"))
            dialog.grab().save(qEnvironmentVariable("STORYLOOM_MERGE_HISTORY_SHOT"));

        // Bob's own change against the version before it: Alice's line is nowhere, least of all struck out.
        const auto clickRow = [commits](int row) {
            const QRect rect = commits->visualItemRect(commits->topLevelItem(row));
            QTest::mouseClick(commits->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(commits->currentItem(), commits->topLevelItem(row));
        };
        clickRow(bobsRow);
        QVERIFY(!compare->isEnabled());
        QVERIFY(rendered->toPlainText().contains(QStringLiteral("GraphQL")));
        QVERIFY2(!rendered->toPlainText().contains(QStringLiteral("gRPC")), qPrintable(rendered->toPlainText()));

        // The merge against its first parent: Bob kept his sentence; the change is the shared cache.
        clickRow(0);
        QVERIFY(compare->isEnabled());
        QString text = rendered->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("The shared cache sits")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("gRPC")));
        // Against the second parent: what Bob's side brought to Alice's version.
        compare->setFocus();
        QTest::keyClick(compare, Qt::Key_Down);
        QCOMPARE(compare->currentIndex(), 1);
        text = rendered->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("GraphQL")) && text.contains(QStringLiteral("gRPC")), qPrintable(text));
        QVERIFY(rendered->toHtml().contains(QStringLiteral("line-through")));
        // Both at once: only what the merge itself changed, not what either side brought.
        QTest::keyClick(compare, Qt::Key_Down);
        QCOMPARE(compare->currentIndex(), 2);
        text = rendered->toPlainText();
        QVERIFY(text.contains(QStringLiteral("The shared cache sits")));
        QVERIFY(text.contains(QStringLiteral("GraphQL")));
        QVERIFY2(!text.contains(QStringLiteral("gRPC")), qPrintable(text));
    }
};

QTEST_MAIN(TestConflictUi)
#include "test_conflict_ui.moc"
