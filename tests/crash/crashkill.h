// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the kill -9 tests share: starting storyloom-crash-child, killing it at
// a moment, and reading what it left behind.
#pragma once

#include "gitfixture.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace storyloom::crashtest {

/** `storyloom-cli ARGUMENTS` with its index in @p cache. */
inline test::ProcessResult runCli(const QStringList &arguments, const QString &cache)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    return test::runProcess(test::programPath(QStringLiteral("storyloom-cli")), arguments, env, 300000);
}

/** Starts the child, waits for the line that starts with `marker`, lets it work `delayMs`, kills it (SIGKILL). */
inline QString runAndKill(const QStringList &arguments, const QByteArray &marker, int delayMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(CRASH_CHILD), arguments);
    if (!child.waitForStarted())
        return {};
    QByteArray line;
    QDeadlineTimer deadline(120000);
    while (!line.startsWith(marker) && !deadline.hasExpired() && child.state() == QProcess::Running) {
        if (child.canReadLine() || child.waitForReadyRead(100)) {
            while (child.canReadLine() && !line.startsWith(marker))
                line = child.readLine().trimmed();
        }
    }
    if (line.startsWith(marker))
        QTest::qWait(delayMs);
    // A finished QProcess has processId() 0, and kill(0) would hit the whole process group.
    if (child.state() != QProcess::NotRunning && child.processId() > 0)
        ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(30000);
    return line.startsWith(marker) ? QString::fromUtf8(line) : QString();
}

/** Every file under `root` (relative paths), hidden ones too, except under .git. */
inline QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(root).relativeFilePath(it.next());
        if (!file.startsWith(QLatin1String(".git/")))
            files.append(file);
    }
    files.sort();
    return files;
}

/** How many "Line N" lines (1, 2, ... in order) follow `original` in `text`; -1 when `text` is anything else. */
inline int typedLines(const QByteArray &text, const QByteArray &original)
{
    if (!text.startsWith(original))
        return -1;
    const QByteArray rest = text.mid(original.size());
    int count = 0;
    for (const QByteArray &line : rest.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line != "Line " + QByteArray::number(count + 1))
            return -1;
        ++count;
    }
    return rest.isEmpty() || rest.endsWith('\n') ? count : -1;
}

inline bool waitForGitToFinish(const QString &repository)
{
    // Git programs the killed window started run on to their end; their lock goes with them.
    QDeadlineTimer deadline(30000);
    while (QFileInfo::exists(repository + QStringLiteral("/.git/index.lock")) && !deadline.hasExpired())
        QTest::qWait(100);
    return !QFileInfo::exists(repository + QStringLiteral("/.git/index.lock"));
}
} // namespace storyloom::crashtest
