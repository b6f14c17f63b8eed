// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Started by tst_entitypage: opens ROOT/FILE in an EntityPage with autosave off, types TEXT at the
// end, prints "journaled" once the recovery journal holds the buffer, then waits to be killed.
#include "editortestutil.h"

#include "core/journal/recoveryjournal.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/settings/editorsettings.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace storyloom;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("storyloom-tests"));
    QApplication::setApplicationName(QStringLiteral("journalchild"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 4)
        return 2;
    EditorSettings settings;
    settings.autosave = false;
    settings.save();

    const QString root = args[1];
    EntityPage page(test::snapshotOf(root), QFileInfo(args[2]).completeBaseName());
    page.show();
    test::editorOf(&page)->setFocus();
    test::editorOf(&page)->moveCursor(QTextCursor::End);
    test::typeText(test::editorOf(&page), args[3]);

    const QString file = QDir(root).absoluteFilePath(args[2]);
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [poll, file] {
        if (RecoveryJournal().entry(file)) {
            std::printf("journaled\n");
            std::fflush(stdout);
            poll->stop();
        }
    });
    poll->start(50);
    return QApplication::exec();
}
