// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchharness.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <unistd.h>

namespace storyloom::bench {

BenchHarness::BenchHarness(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({ QStringLiteral("iterations"), QStringLiteral("Timed runs per measurement."),
        QStringLiteral("N"), QStringLiteral("10") });
    m_parser.addOption({ QStringLiteral("quick"), QStringLiteral("Reduced sizes for a smoke run (CI).") });
}

void BenchHarness::parse(const QStringList &arguments)
{
    m_parser.process(arguments);
    m_quick = m_parser.isSet(QStringLiteral("quick"));
    bool ok = false;
    m_iterations = m_parser.value(QStringLiteral("iterations")).toInt(&ok);
    if (!ok || m_iterations < 1)
        fail(QStringLiteral("--iterations needs a positive number"));
}

void BenchHarness::measureInterleaved(const std::vector<std::pair<QString, std::function<void()>>> &works)
{
    for (const auto &work : works)
        work.second();
    std::vector<std::vector<double>> samples(works.size());
    for (int i = 0; i < m_iterations; ++i) {
        for (size_t w = 0; w < works.size(); ++w) {
            QElapsedTimer timer;
            timer.start();
            works[w].second();
            samples[w].push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    for (size_t w = 0; w < works.size(); ++w)
        record(works[w].first, std::move(samples[w]), QJsonObject { { QStringLiteral("paired"), true } });
}

void BenchHarness::record(const QString &name, std::vector<double> samplesMs, const QJsonObject &extra)
{
    QJsonArray samples;
    for (double s : samplesMs)
        samples.append(s);
    m_results.append(QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("samples_ms"), samples },
        { QStringLiteral("extra"), extra } });
}

int BenchHarness::finish()
{
    const QJsonObject out { { QStringLiteral("results"), m_results }, { QStringLiteral("peak_rss_kb"), peakRssKb() },
        { QStringLiteral("notes"), m_notes } };
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

qint64 BenchHarness::peakRssKb()
{
    // VmHWM belongs to this process's own memory; ru_maxrss also holds what the parent had when this program
    // was exec'd, which is the runner's peak when the runner starts it directly.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

double BenchHarness::cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

qint64 BenchHarness::currentRssKb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    std::exit(1);
}

void unavailable(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(3);
}

} // namespace storyloom::bench
