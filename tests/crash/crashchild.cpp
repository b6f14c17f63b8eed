// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Started by tst_crashrecovery: the real main window (offscreen) on PROJECT,
// doing one kind of work until the test kills it with SIGKILL. It prints a
// line when the work starts, so the test kills it at chosen moments after.
//   storyloom-crash-child open PROJECT          load, print "loaded ENTITIES", exit
//   storyloom-crash-child index PROJECT         print "opening", then load (index build)
//   storyloom-crash-child autosave PROJECT FILE type "Line N" lines into FILE with autosave after short pauses
//   storyloom-crash-child roadmap PROJECT       toggle the first goal's state, Done and In progress, again and again
//   storyloom-crash-child sync PROJECT          print "syncing" and start Sync
#include "core/project/project.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roadmap/roadmapmodel.h"
#include "ui/roadmap/roadmapview.h"
#include "ui/settings/editorsettings.h"

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace storyloom;

namespace {
void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

/** Types "Line N" lines, a few at a time, with pauses longer than the autosave delay between the bursts. */
void typeLines(MarkdownEditor *editor)
{
    auto *timer = new QTimer(editor);
    auto tick = std::make_shared<int>(0);
    auto line = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, editor, [editor, tick, line] {
        if ((*tick)++ % 8 >= 5)
            return; // a pause: autosave writes the file now
        editor->moveCursor(QTextCursor::End);
        const QString text = QStringLiteral("Line %1").arg(++*line);
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(editor, Qt::Key_Return);
    });
    timer->start(60);
}

/** Sets the first goal to Done, waits for the reload to show it, sets it back to In progress, and so on. */
void toggleGoal(MainWindow *window)
{
    auto *view = window->findChild<RoadmapView *>();
    auto *model = view ? view->findChild<RoadmapModel *>(QStringLiteral("roadmapModel")) : nullptr;
    if (!model || model->rowCount() == 0) {
        say(QStringLiteral("no roadmap"));
        QCoreApplication::exit(3);
        return;
    }
    const QString id = model->index(0, RoadmapModel::State).data(RoadmapModel::IdRole).toString();
    say(QStringLiteral("editing ") + id);
    auto *timer = new QTimer(view);
    auto wanted = std::make_shared<GoalState>(GoalState::Done);
    QObject::connect(timer, &QTimer::timeout, view, [view, window, id, wanted] {
        const Entity *goal = window->project()->snapshot()->entity(id);
        if (!goal || window->project()->isLoading())
            return;
        if (goal->state == *wanted) // the last edit is loaded: make the next one
            *wanted = *wanted == GoalState::Done ? GoalState::InProgress : GoalState::Done;
        GoalEdit edit;
        edit.state = *wanted;
        (void)view->applyEdit(id, edit);
    });
    timer->start(40);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The same folders as the application (under the XDG_* folders the test sets).
    QApplication::setOrganizationName(QStringLiteral("storyloom"));
    QApplication::setApplicationName(QStringLiteral("storyloom"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3)
        return 2;
    const QString scenario = args[1];
    const QString root = args[2];

    EditorSettings settings = EditorSettings::load();
    settings.autosave = true;
    settings.autosaveDelayMs = 150;
    settings.previewVisible = false;
    settings.save();

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    if (scenario == QLatin1String("index"))
        say(QStringLiteral("opening"));
    window.openProject(root);
    if (scenario == QLatin1String("index"))
        return QApplication::exec();
    window.project()->waitForLoaded();
    const Snapshot snapshot = window.project()->snapshot();
    if (!snapshot)
        return 4;

    if (scenario == QLatin1String("open")) {
        say(QStringLiteral("loaded %1").arg(snapshot->entities().size()));
        return 0;
    }
    if (scenario == QLatin1String("autosave") && args.size() == 4) {
        const Entity *entity = snapshot->entityForPath(args[3]);
        if (!entity)
            return 5;
        window.openEntity(entity->id);
        auto *editor = window.findChild<MarkdownEditor *>();
        if (!editor)
            return 6;
        editor->setFocus();
        say(QStringLiteral("typing"));
        typeLines(editor);
        return QApplication::exec();
    }
    if (scenario == QLatin1String("roadmap")) {
        window.showView(MainWindow::View::Roadmap);
        QTimer::singleShot(0, &window, [&window] { toggleGoal(&window); });
        return QApplication::exec();
    }
    if (scenario == QLatin1String("sync")) {
        QAction *sync = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("&Sync"))
                sync = action;
        }
        if (!sync)
            return 7;
        // Sync is enabled once the controller has found the repository.
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [poll, sync] {
            if (!sync->isEnabled())
                return;
            poll->stop();
            say(QStringLiteral("syncing"));
            sync->trigger();
        });
        poll->start(20);
        return QApplication::exec();
    }
    return 2;
}
