// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync > Remote… in the main window, driven by mouse and keys: a wrong address is refused with a
// clear message, a right one becomes `origin`, and the first sync against a remote with a history of
// its own asks before merging and then keeps both sides' files.
#include "gitfixture.h"

#include "core/project/project.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sync/remotedialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

namespace {

QAction *findAction(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

template<typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

/** Replaces the focused field's text by typing, as a person would. */
void retype(const QString &text)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), text);
}

} // namespace

class TestRemoteDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        if (QProcess::execute(QStringLiteral("git"), { QStringLiteral("--version") }) != 0)
            QSKIP("git is not installed");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(writeFile(m_home.filePath(QStringLiteral("gitconfig")), "[safe]\n\tdirectory = *\n"));
        qputenv("GIT_CONFIG_GLOBAL", m_home.filePath(QStringLiteral("gitconfig")).toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    void setsTheRemoteAndMergesUnrelatedHistoriesWhenAsked()
    {
        QTemporaryDir dir;
        // A project that has just started versioning, and a remote someone started on its own.
        const QString project = dir.filePath(QStringLiteral("sample"));
        QVERIFY(copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), project));
        QVERIFY(
            git(project, { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") })
                .ok());
        QVERIFY(configureAuthor(project, QStringLiteral("Ana")));
        QVERIFY(git(project, { QStringLiteral("add"), QStringLiteral("-A") }).ok());
        QVERIFY(git(
            project, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start") })
                .ok());
        const QString other = dir.filePath(QStringLiteral("other"));
        QVERIFY(writeFile(QDir(other).filePath(QStringLiteral("theirs.md")), "# Theirs\n"));
        QVERIFY(
            git(other, { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") })
                .ok());
        QVERIFY(configureAuthor(other, QStringLiteral("Bo")));
        QVERIFY(git(other, { QStringLiteral("add"), QStringLiteral("-A") }).ok());
        QVERIFY(git(
            other, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Theirs") })
                .ok());
        const QString remote = dir.filePath(QStringLiteral("remote.git"));
        QVERIFY(
            git(dir.path(), { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), remote }).ok());
        QVERIFY(git(other, { QStringLiteral("push"), QStringLiteral("-q"), remote, QStringLiteral("main") }).ok());

        MainWindow window;
        window.openProject(project);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Sync > Remote…, with the mouse.
        QAction *syncMenu = findAction(window.menuBar()->actions(), QStringLiteral("Sync"));
        QVERIFY(syncMenu && syncMenu->menu());
        QAction *remoteAction = findAction(syncMenu->menu()->actions(), QStringLiteral("Remote…"));
        QVERIFY(remoteAction);
        QTRY_VERIFY(remoteAction->isEnabled());
        QTest::mouseClick(window.menuBar(), Qt::LeftButton, {}, window.menuBar()->actionGeometry(syncMenu).center());
        QTRY_VERIFY(syncMenu->menu()->isVisible());
        // The item's mnemonic, typed into the open menu.
        QTest::keyClick(syncMenu->menu(), Qt::Key_R);
        RemoteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<RemoteDialog>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("remoteUrl"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("remoteStatus"));
        QVERIFY(url && status);
        QTRY_VERIFY(QApplication::focusWidget() == url);

        // A wrong address: the dialog stays and says what is wrong.
        const QString missing = dir.filePath(QStringLiteral("missing.git"));
        retype(missing);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().startsWith(QStringLiteral("No Git repository could be reached at ") + missing), 20000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(git(project, { QStringLiteral("remote") }).out.trimmed(), QString());

        // The right one.
        QTRY_VERIFY(QApplication::focusWidget() == url);
        retype(remote);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(visibleTopLevel<RemoteDialog>() == nullptr, 20000);
        QCOMPARE(git(project, { QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin") })
                     .out.trimmed(),
            remote);

        // The first sync says the histories are unrelated and merges only when asked.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_S,
            Qt::ControlModifier | Qt::ShiftModifier);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = visibleTopLevel<QMessageBox>()) != nullptr, 30000);
        QVERIFY2(box->text().contains(QStringLiteral("nothing in common")), qPrintable(box->text()));
        QVERIFY(!QFile::exists(QDir(project).filePath(QStringLiteral("theirs.md"))));
        QPushButton *merge = nullptr;
        for (QPushButton *button : box->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Merge Both Histories"))
                merge = button;
        }
        QVERIFY(merge);
        QTest::mouseClick(merge, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(project).filePath(QStringLiteral("theirs.md"))), 30000);
        QVERIFY(QFile::exists(QDir(project).filePath(QStringLiteral("characters/amara.md"))));
        // Pushed: the remote holds both sides.
        const auto remoteFiles = [&remote] {
            return git(remote,
                { QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"),
                    QStringLiteral("main") })
                .out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(remoteFiles().contains(QStringLiteral("characters/amara.md")), 30000);
        QVERIFY(remoteFiles().contains(QStringLiteral("theirs.md")));
    }
};

QTEST_MAIN(TestRemoteDialog)
#include "test_remotedialog.moc"
