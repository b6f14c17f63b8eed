// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/askpass.h"

#include <QApplication>
#include <QInputDialog>
#include <cstdio>

namespace storyloom {

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
    // Usernames are shown as typed; passwords and passphrases are hidden.
    const bool secret = !prompt.startsWith(u"Username", Qt::CaseInsensitive);
    bool ok = false;
    const QString answer
        = QInputDialog::getText(nullptr, QApplication::translate("AskPass", "Git needs your credentials"), prompt,
            secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return 1;
    std::fputs(answer.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace storyloom
