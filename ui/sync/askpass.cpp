// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/askpass.h"

#include "core/sync/gitrepository.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <cstdio>

namespace storyloom {

namespace {

/** Tells git or ssh (through our error output, which they pass on) that the user chose not to answer. */
int cancelled()
{
    std::fprintf(stderr, "%s\n", GitRepository::askPassCancelledLine().data());
    std::fflush(stderr);
    return 1;
}

/** ssh asks whether to trust a server it has never seen: a question with the fingerprint, never a text field. */
int askAboutHostKey(const QString &prompt)
{
    QMessageBox box(QMessageBox::Warning, QApplication::translate("AskPass", "Unknown SSH Server"),
        QApplication::translate("AskPass",
            "This computer has not connected to this SSH server before. Connect only if the fingerprint below is the "
            "one the server's owner gives you."),
        QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("hostKeyQuestion"));
    box.setInformativeText(prompt);
    QPushButton *connect = box.addButton(QApplication::translate("AskPass", "Connect"), QMessageBox::AcceptRole);
    connect->setObjectName(QStringLiteral("connectButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Never accepted by a stray Return: the safe answer is the default.
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != connect)
        return cancelled();
    std::fputs("yes\n", stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

std::optional<int> runAskPassIfRequested(int argc, char *argv[])
{
    if (qgetenv("STORYLOOM_ASKPASS") != "1")
        return std::nullopt;
    // The app's own binary makes its application here; a caller that already has one (a test) keeps it.
    std::optional<QApplication> app;
    if (!qApp)
        app.emplace(argc, argv);
    const QString prompt
        = argc > 1 ? QString::fromLocal8Bit(argv[1]).trimmed() : QApplication::translate("AskPass", "Password:");
    if (prompt.contains(u"continue connecting (yes/no"))
        return askAboutHostKey(prompt);
    // Usernames are shown as typed; passwords and passphrases are hidden.
    const bool secret = !prompt.startsWith(u"Username", Qt::CaseInsensitive);
    bool ok = false;
    const QString answer
        = QInputDialog::getText(nullptr, QApplication::translate("AskPass", "Git needs your credentials"), prompt,
            secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return cancelled();
    std::fputs(answer.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace storyloom
