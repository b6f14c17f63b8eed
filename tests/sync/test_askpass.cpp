// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Askpass end to end: git itself starts our helper for credentials (`git credential fill`
// prompts through GIT_ASKPASS exactly as an HTTPS fetch would, with no server needed)
// and receives what was typed into the helper's dialog.
//
// This program plays both parts: run by ctest it is the test; started by git with
// STORYLOOM_ASKPASS=1 it is the helper, and a timer types into its dialog like a user.
#include "core/sync/gitrepository.h"
#include "ui/sync/askpass.h"

#include <QApplication>
#include <QInputDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace storyloom;

namespace {

/** Answers the helper's dialog: a user name for "Username…" prompts, else a password; "cancel" in the prompt's URL
 * cancels. */
void answerDialogWhenShown()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QInputDialog *>(widget);
        if (!dialog || !dialog->isVisible())
            continue;
        const QString prompt = dialog->labelText();
        if (prompt.contains(QLatin1StringView("cancel"))) {
            dialog->reject();
            return;
        }
        const bool user = prompt.startsWith(QLatin1StringView("Username"));
        // The user name is shown as typed, the password hidden.
        if (dialog->textEchoMode() != (user ? QLineEdit::Normal : QLineEdit::Password))
            return dialog->reject();
        dialog->setTextValue(user ? QStringLiteral("ana") : QStringLiteral("s3cret ünïcode"));
        dialog->accept();
        return;
    }
    QTimer::singleShot(20, &answerDialogWhenShown);
}

} // namespace

class TestAskPass : public QObject
{
    Q_OBJECT

    static GitResult fill(const QString &host)
    {
        QTemporaryDir dir;
        GitRepository git(dir.path());
        GitRunOptions options;
        options.input = "protocol=https\nhost=" + host.toUtf8() + "\n\n";
        // No credential helper of the user's may answer first: only the prompt is asked.
        return git.run({ QStringLiteral("-c"), QStringLiteral("credential.helper="), QStringLiteral("credential"),
                           QStringLiteral("fill") },
            options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (GitRepository::gitProgram().isEmpty())
            QSKIP("git is not installed");
        GitRepository::setAskPassProgram(QCoreApplication::applicationFilePath());
    }

    void gitReceivesTheAnswersTypedIntoTheHelper()
    {
        const GitResult result = fill(QStringLiteral("example.org"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const QString output = result.outputText();
        QVERIFY2(output.contains(QStringLiteral("username=ana\n")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("password=s3cret ünïcode\n")), qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("host=example.org\n")));
    }

    void cancellingTheHelperFailsTheCommand()
    {
        const GitResult result = fill(QStringLiteral("cancel.example.org"));
        QVERIFY(result.started);
        QVERIFY(!result.ok());
        QVERIFY(!result.outputText().contains(QStringLiteral("password=")));
    }
};

int main(int argc, char *argv[])
{
    if (qgetenv("STORYLOOM_ASKPASS") == "1") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QTimer::singleShot(0, &answerDialogWhenShown);
        return runAskPassIfRequested(argc, argv).value_or(2);
    }
    QApplication app(argc, argv);
    TestAskPass test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_askpass.moc"
