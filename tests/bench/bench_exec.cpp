// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one command and reports its wall time and the peak resident memory of
// its process tree: the launcher every whole-process measurement of
// tests/bench/runbench.py goes through.
//
// Why a launcher of its own: Linux records the parent's high-water mark in the
// child's ru_maxrss when the child execs (fs/exec.c), and Python starts
// children with vfork, so every tool the runner started itself reported the
// runner's own peak instead of the tool's. This program is small and execs
// nothing before it forks, so what it passes on is negligible and measured
// (`bench_exec --floor`). It becomes the subreaper of the tree, so a
// grandchild orphaned by its parent is still reaped here and counted. The
// peak is the highest of any one process in the tree, not a sum.
//
// Output, on the file descriptor given by --result-fd (closed in the child):
// one line "wall_ns peak_rss_kb exit_status". The exit code is the
// command's (128 + the signal when it was killed, 127 when it could not start).
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

long long nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

int usage()
{
    std::fputs("usage: bench_exec --result-fd FD -- PROGRAM [ARGS...]\n"
               "       bench_exec --floor    (the peak a child inherits from this launcher, KiB)\n",
        stderr);
    return 2;
}

/** The peak resident set this process passes on to a child it forks, in KiB. */
long floorKb()
{
    const pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/true", "true", static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return -1;
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "--floor") == 0) {
        std::printf("%ld\n", floorKb());
        return 0;
    }
    if (argc < 5 || std::strcmp(argv[1], "--result-fd") != 0 || std::strcmp(argv[3], "--") != 0)
        return usage();
    const int resultFd = std::atoi(argv[2]);
    if (resultFd < 3 || fcntl(resultFd, F_SETFD, FD_CLOEXEC) != 0)
        return usage();
    prctl(PR_SET_CHILD_SUBREAPER, 1);

    const long long start = nowNs();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("bench_exec: fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[4], argv + 4);
        std::fprintf(stderr, "bench_exec: cannot run %s: %s\n", argv[4], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("bench_exec: wait4");
            return 127;
        }
    }
    const long long wallNs = nowNs() - start;
    long peakKb = usage.ru_maxrss;

    // Descendants orphaned on the way were re-parented here: reap them all, each with its own peak. Waiting
    // for them also keeps a straggler from running into the next measured run; the alarm bounds the wait
    // for a daemon that never ends (its peak is then left out).
    struct sigaction onAlarm {};
    onAlarm.sa_handler = [](int) { };
    sigaction(SIGALRM, &onAlarm, nullptr); // no SA_RESTART: the alarm interrupts wait4
    alarm(60);
    for (;;) {
        rusage orphan {};
        if (wait4(-1, nullptr, 0, &orphan) < 0)
            break; // ECHILD: none left; EINTR: the alarm
        peakKb = orphan.ru_maxrss > peakKb ? orphan.ru_maxrss : peakKb;
    }
    alarm(0);

    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    char line[96];
    const int length = std::snprintf(line, sizeof line, "%lld %ld %d\n", wallNs, peakKb, code);
    if (write(resultFd, line, size_t(length)) != length)
        std::perror("bench_exec: writing the result");
    return code;
}
