// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a GUI program on an X server (Xvfb in ./dev bench) and measures the
// time from fork to the map of its first top-level window, then its resident
// memory after a settling time. Used alike for Storyloom and ghostwriter, so
// the comparison is fair. Results: "first-window" (ms), "rss-kb" (the main
// process's RSS), "tree-pss-kb" (PSS summed over the process and its
// children) and "tree-peak-rss-kb" (the highest VmHWM of any process of the
// tree, read before it is stopped: VmHWM, unlike ru_maxrss, holds nothing of
// this watcher's own memory), all in KiB though stored in samples_ms.
#include "benchharness.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMultiHash>

#include <xcb/xcb.h>

#include <csignal>
#include <cstdlib>
#include <memory>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace storyloom;

namespace {

struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};

xcb_atom_t internAtom(xcb_connection_t *connection, const char *name)
{
    std::unique_ptr<xcb_intern_atom_reply_t, FreeDeleter> reply(
        xcb_intern_atom_reply(connection, xcb_intern_atom(connection, 0, uint16_t(qstrlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

/** The _NET_WM_PID of a window, or 0 when it has none. */
pid_t windowPid(xcb_connection_t *connection, xcb_window_t window, xcb_atom_t pidAtom)
{
    std::unique_ptr<xcb_get_property_reply_t, FreeDeleter> reply(xcb_get_property_reply(
        connection, xcb_get_property(connection, 0, window, pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr));
    if (!reply || xcb_get_property_value_length(reply.get()) < 4)
        return 0;
    return pid_t(*static_cast<const uint32_t *>(xcb_get_property_value(reply.get())));
}

/** A "Key:   123 kB" field of a /proc file, or -1. */
qint64 procField(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/** `pid` and all its descendants (QtWebEngine, for one, renders in child processes). */
QList<pid_t> processTree(pid_t pid)
{
    QMultiHash<pid_t, pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t child = pid_t(entry.toInt(&ok));
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // Fields after the command name (which may hold spaces): state, ppid, ...
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children.insert(pid_t(fields.at(1).toInt()), child);
    }
    QList<pid_t> tree { pid };
    for (qsizetype i = 0; i < tree.size(); ++i)
        tree += children.values(tree.at(i));
    return tree;
}

/** Proportional set size (shared pages divided among their users) of the whole process tree, in KiB. */
qint64 treePssKb(pid_t pid)
{
    qint64 total = 0;
    for (pid_t p : processTree(pid)) {
        const qint64 pss = procField(QStringLiteral("/proc/%1/smaps_rollup").arg(p), "Pss:");
        total += pss >= 0 ? pss : qMax<qint64>(0, procField(QStringLiteral("/proc/%1/status").arg(p), "VmRSS:"));
    }
    return total;
}

/** The highest peak resident set (VmHWM) of any process in the tree, in KiB. */
qint64 treePeakRssKb(pid_t pid)
{
    qint64 peak = 0;
    for (pid_t p : processTree(pid))
        peak = qMax(peak, procField(QStringLiteral("/proc/%1/status").arg(p), "VmHWM:"));
    return peak;
}

void stop(pid_t pid)
{
    ::kill(pid, SIGTERM);
    for (int i = 0; i < 300; ++i) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid)
            return;
        ::usleep(10000);
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
}

/** Processes X events for `ms` milliseconds; returns the first map of a top-level window of `pid` seen, if any. */
bool waitForMap(xcb_connection_t *connection, xcb_window_t root, xcb_atom_t pidAtom, pid_t pid, int ms)
{
    QElapsedTimer timer;
    timer.start();
    pollfd fd { xcb_get_file_descriptor(connection), POLLIN, 0 };
    while (timer.elapsed() < ms) {
        while (std::unique_ptr<xcb_generic_event_t, FreeDeleter> event { xcb_poll_for_event(connection) }) {
            if ((event->response_type & 0x7f) != XCB_MAP_NOTIFY)
                continue;
            const auto *map = reinterpret_cast<const xcb_map_notify_event_t *>(event.get());
            if (map->event != root || map->override_redirect)
                continue;
            const pid_t owner = windowPid(connection, map->window, pidAtom);
            if (owner == 0 || owner == pid)
                return true;
        }
        if (xcb_connection_has_error(connection))
            bench::fail(QStringLiteral("lost the X connection"));
        ::poll(&fd, 1, 5);
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::BenchHarness harness(QStringLiteral("Time a GUI program from start to its first mapped window."));
    harness.parser().addOption(
        { QStringLiteral("settle-ms"), QStringLiteral("Wait this long after the map before reading RSS."),
            QStringLiteral("MS"), QStringLiteral("2000") });
    harness.parser().addOption(
        { QStringLiteral("timeout-ms"), QStringLiteral("Give up waiting for a window after this long."),
            QStringLiteral("MS"), QStringLiteral("60000") });
    harness.parser().addPositionalArgument(
        QStringLiteral("COMMAND"), QStringLiteral("The program and its arguments (after --)."));
    harness.parse(QCoreApplication::arguments());
    const QStringList command = harness.parser().positionalArguments();
    if (command.isEmpty())
        bench::fail(QStringLiteral("usage: bench_firstwindow [--iterations N] -- PROGRAM ARGS..."));
    const int settleMs = harness.parser().value(QStringLiteral("settle-ms")).toInt();
    const int timeoutMs = harness.parser().value(QStringLiteral("timeout-ms")).toInt();

    std::vector<QByteArray> storage;
    for (const QString &arg : command)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> childArgv;
    for (QByteArray &arg : storage)
        childArgv.push_back(arg.data());
    childArgv.push_back(nullptr);

    xcb_connection_t *connection = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(connection))
        bench::fail(QStringLiteral("cannot connect to the X server (DISPLAY=%1)").arg(qEnvironmentVariable("DISPLAY")));
    xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, screen->root, XCB_CW_EVENT_MASK, &mask);
    const xcb_atom_t pidAtom = internAtom(connection, "_NET_WM_PID");
    xcb_flush(connection);

    std::vector<double> startMs, rssKb, treeKb, treePeakKb;
    for (int i = 0; i < harness.iterations(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::execvp(childArgv[0], childArgv.data());
            ::_exit(127);
        }
        if (!waitForMap(connection, screen->root, pidAtom, pid, timeoutMs)) {
            stop(pid);
            bench::fail(QStringLiteral("%1 showed no window within %2 ms").arg(command.first()).arg(timeoutMs));
        }
        startMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        waitForMap(connection, screen->root, pidAtom, pid, settleMs); // keep draining events while it settles
        rssKb.push_back(double(procField(QStringLiteral("/proc/%1/status").arg(pid), "VmRSS:")));
        treeKb.push_back(double(treePssKb(pid)));
        treePeakKb.push_back(double(treePeakRssKb(pid)));
        stop(pid);
    }
    xcb_disconnect(connection);
    harness.record(QStringLiteral("first-window"), startMs);
    harness.record(QStringLiteral("rss-kb"), rssKb);
    harness.record(QStringLiteral("tree-pss-kb"), treeKb);
    harness.record(QStringLiteral("tree-peak-rss-kb"), treePeakKb);
    return harness.finish();
}
