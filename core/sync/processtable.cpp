// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/processtable.h"

#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace storyloom {

namespace {

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isInside(const QString &path, const QStringList &folders)
{
    const QString clean = QDir::cleanPath(path);
    for (const QString &folder : folders) {
        const QString root = QDir::cleanPath(folder);
        if (!root.isEmpty() && (clean == root || clean.startsWith(root + QLatin1Char('/'))))
            return true;
    }
    return false;
}

bool isGit(const ProcessInfo &process)
{
    const QString program = QFileInfo(process.program).fileName();
    return process.name == QLatin1StringView("git") || process.name.startsWith(QLatin1StringView("git-"))
        || program == QLatin1StringView("git") || program.startsWith(QLatin1StringView("git-"));
}

} // namespace

ProcessTable ProcessTable::read()
{
    ProcessTable table;
    const QDir proc(QStringLiteral("/proc"));
    if (!proc.exists(QStringLiteral("self/stat")))
        return table;
    table.m_available = true;
    const QStringList entries = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        // "pid (name) state ppid ...": the name may hold spaces and parentheses, the last ')' ends it.
        const QByteArray stat = readProcFile(pid, "stat");
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 2)
            continue;
        ProcessInfo info;
        info.pid = pid;
        info.name = QString::fromLocal8Bit(stat.mid(open + 1, close - open - 1));
        info.state = fields[0].isEmpty() ? '?' : fields[0].at(0);
        info.parentPid = fields[1].toLongLong();
        info.program = QString::fromLocal8Bit(readProcFile(pid, "cmdline").split('\0').value(0));
        table.m_processes.append(info);
    }
    return table;
}

QList<ProcessInfo> ProcessTable::descendantsOf(qint64 pid) const
{
    QList<ProcessInfo> found;
    // 0 is what QProcess says of a process that already ended; init's descendants are every process.
    if (pid <= 1)
        return found;
    QList<qint64> parents { pid };
    // Breadth first: each round adds the children of the last round's processes.
    while (!parents.isEmpty()) {
        QList<qint64> next;
        for (const ProcessInfo &process : m_processes) {
            if (parents.contains(process.parentPid) && process.pid != pid) {
                found.append(process);
                next.append(process.pid);
            }
        }
        parents = next;
    }
    return found;
}

QList<ProcessInfo> ProcessTable::gitProcessesIn(const QStringList &folders) const
{
    QList<ProcessInfo> found;
    for (const ProcessInfo &process : m_processes) {
        // A process that ended holds no lock any more.
        if (!isGit(process) || process.state == 'Z' || process.state == 'X')
            continue;
        const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(process.pid)).symLinkTarget();
        if (cwd.isEmpty()) {
            // Gone since the table was read, or another user's git, whose folder cannot be seen: that one may
            // be working here.
            if (QFileInfo::exists(QStringLiteral("/proc/%1").arg(process.pid)))
                found.append(process);
            continue;
        }
        bool here = isInside(cwd, folders);
        if (!here) {
            for (const QByteArray &variable : readProcFile(process.pid, "environ").split('\0')) {
                if (variable.startsWith("GIT_DIR=") || variable.startsWith("GIT_WORK_TREE=")) {
                    QString value = QString::fromLocal8Bit(variable.mid(variable.indexOf('=') + 1));
                    if (QDir::isRelativePath(value))
                        value = QDir(cwd).filePath(value);
                    here = here || isInside(value, folders);
                }
            }
        }
        if (here)
            found.append(process);
    }
    return found;
}

void ProcessTable::killDescendants(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 1)
        return;
    const QList<ProcessInfo> descendants = read().descendantsOf(pid);
    for (auto it = descendants.rbegin(); it != descendants.rend(); ++it) {
        if (::kill(pid_t(it->pid), SIGKILL) != 0)
            qCDebug(lcSync) << "could not stop process" << it->pid << it->name;
    }
#else
    Q_UNUSED(pid)
#endif
}

} // namespace storyloom
