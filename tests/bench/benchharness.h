// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace storyloom::bench {

/**
 * The common frame of every benchmark program under tests/bench/: parses the
 * shared options (`--iterations N`, `--quick`), times work in process, and
 * prints one JSON object on stdout that tests/bench/runbench.py reads:
 * `{"results": [{"name", "samples_ms", "extra"}], "peak_rss_kb", "notes"}`.
 * Programs print nothing else on stdout (Qt messages go to stderr).
 * Timing only: nothing here judges a figure; targets live in the runner.
 */
class BenchHarness
{
public:
    /** Declares the program's own options and positional arguments; call parse() next. */
    explicit BenchHarness(const QString &description);

    [[nodiscard]] QCommandLineParser &parser() { return m_parser; }
    /** Parses the application's arguments; exits with a message on an error. */
    void parse(const QStringList &arguments);

    [[nodiscard]] bool quick() const { return m_quick; }
    /** How many timed runs each measurement makes (after one untimed warm-up run). */
    [[nodiscard]] int iterations() const { return m_iterations; }

    /** Runs `work` once untimed, then iterations() times, recording each run's wall time. */
    template<typename Work> void measure(const QString &name, Work &&work, int warmups = 1)
    {
        for (int i = 0; i < warmups; ++i)
            work();
        std::vector<double> samples;
        samples.reserve(m_iterations);
        for (int i = 0; i < m_iterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        record(name, std::move(samples));
    }

    /**
     * Runs each named piece of work once per round, in turn, for one untimed round and then iterations() rounds:
     * the i-th samples of the results belong to the same round, so the runner can pair them.
     */
    void measureInterleaved(const std::vector<std::pair<QString, std::function<void()>>> &works);

    /** Records samples measured by the program itself (e.g. latencies of single events). */
    void record(const QString &name, std::vector<double> samplesMs, const QJsonObject &extra = {});
    /** Attaches a fact about the run (input sizes, counts) to the output. */
    void note(const QString &key, const QJsonValue &value) { m_notes.insert(key, value); }
    /** Prints the JSON result; returns the process exit code. */
    [[nodiscard]] int finish();

    /** The process's own peak resident set size so far, in KiB (VmHWM; getrusage where /proc is missing). */
    [[nodiscard]] static qint64 peakRssKb();
    /** CPU time (user and system, all threads) the process has used so far, in ms: less noisy than wall time on a busy
     * machine. */
    [[nodiscard]] static double cpuMs();
    /** The process's current resident set size, in KiB (/proc/self/statm). */
    [[nodiscard]] static qint64 currentRssKb();

private:
    QCommandLineParser m_parser;
    bool m_quick = false;
    int m_iterations = 10;
    QJsonArray m_results;
    QJsonObject m_notes;
};

/** Exits the program with a message on stderr: the runner reports the benchmark as failed. */
[[noreturn]] void fail(const QString &message);
/** Exits with code 3 and a message: this build cannot measure it; the runner reports "not measured". */
[[noreturn]] void unavailable(const QString &message);

} // namespace storyloom::bench
