// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/gitrepository.h"

#include "core/sync/processtable.h"
#include "core/util/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <algorithm>

namespace storyloom {

namespace {

QMutex askPassMutex;
QString askPassPath;

const QStringList statusArguments = { QStringLiteral("status"), QStringLiteral("--porcelain=v2"), QStringLiteral("-z"),
    QStringLiteral("--branch"), QStringLiteral("--untracked-files=all") };

/** Splits git's progress stream (lines end with '\r' while a counter runs, '\n' when done) into lines. */
void takeProgressLines(QByteArray &pending, const std::function<void(const QString &)> &progress)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (pending[i] == '\r' || pending[i] == '\n') {
            const QByteArray line = pending.mid(start, i - start).trimmed();
            if (!line.isEmpty() && progress)
                progress(QString::fromUtf8(line));
            start = i + 1;
        }
    }
    pending.remove(0, start);
}

/** True while a password prompt (the askpass program) started by the git process `pid` or its ssh is open. */
bool waitsForPassword(qint64 pid)
{
    const QString askPass = GitRepository::askPassProgram();
    if (askPass.isEmpty())
        return false;
    const QString askPassName = QFileInfo(askPass).fileName();
    const QList<ProcessInfo> children = ProcessTable::read().descendantsOf(pid);
    return std::any_of(children.begin(), children.end(), [&](const ProcessInfo &child) {
        return child.program == askPass || QFileInfo(child.program).fileName() == askPassName;
    });
}

void configure(QProcess &process, const QString &workingDirectory, bool readOnly)
{
    process.setProgram(GitRepository::gitProgram());
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(GitRepository::environment(readOnly));
}

} // namespace

GitJob::GitJob(QObject *parent)
    : QObject(parent)
{ }

void GitJob::cancel()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_result.cancelled = true;
        ProcessTable::killDescendants(m_process->processId());
        m_process->kill();
    }
}

GitRepository::GitRepository(QString workingDirectory, QObject *parent)
    : QObject(parent)
    , m_workingDirectory(std::move(workingDirectory))
{ }

QString GitRepository::gitProgram()
{
    static const QString program = QStandardPaths::findExecutable(QStringLiteral("git"));
    return program;
}

void GitRepository::setAskPassProgram(const QString &program)
{
    const QMutexLocker lock(&askPassMutex);
    askPassPath = program;
}

QString GitRepository::askPassProgram()
{
    const QMutexLocker lock(&askPassMutex);
    return askPassPath;
}

QProcessEnvironment GitRepository::environment(bool readOnly)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    // Messages in English so failures can be recognised; paths travel NUL-separated, never quoted.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    if (readOnly)
        env.insert(QStringLiteral("GIT_OPTIONAL_LOCKS"), QStringLiteral("0"));
    const QString askPass = askPassProgram();
    if (!askPass.isEmpty()) {
        env.insert(QStringLiteral("GIT_ASKPASS"), askPass);
        env.insert(QStringLiteral("SSH_ASKPASS"), askPass);
        // Always the dialog, even without DISPLAY (Wayland, offscreen) or when the app was started from a terminal
        // nobody watches.
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        // Tells the app's binary, started by git or ssh with just a prompt, to act as the askpass helper.
        env.insert(QStringLiteral("STORYLOOM_ASKPASS"), QStringLiteral("1"));
    }
    return env;
}

GitResult GitRepository::run(const QStringList &arguments, const GitRunOptions &options) const
{
    GitResult result;
    if (gitProgram().isEmpty())
        return result;
    QProcess process;
    configure(process, m_workingDirectory, options.readOnly);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(30000))
        return result;
    result.started = true;
    if (options.startedProcess)
        options.startedProcess(process.processId());
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();

    QByteArray pendingError;
    QElapsedTimer silence;
    silence.start();
    const auto stop = [&process] {
        // ssh or git-remote-http would outlive git and keep waiting on the remote.
        ProcessTable::killDescendants(process.processId());
        process.kill();
        process.waitForFinished(5000);
    };
    while (!process.waitForFinished(50)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            stop();
            break;
        }
        // Drain both pipes so a chatty git never blocks on a full pipe.
        const QByteArray output = process.readAllStandardOutput();
        result.output += output;
        const QByteArray error = process.readAllStandardError();
        result.errorOutput += error;
        pendingError += error;
        takeProgressLines(pendingError, options.progress);
        if (!output.isEmpty() || !error.isEmpty())
            silence.restart();
        if (options.silenceTimeoutMs > 0 && silence.elapsed() > options.silenceTimeoutMs) {
            if (waitsForPassword(process.processId())) {
                silence.restart();
                continue;
            }
            qCWarning(lcSync) << "git" << arguments.value(0) << "stopped: nothing from the remote for"
                              << options.silenceTimeoutMs / 1000 << "s";
            result.timedOut = true;
            stop();
            break;
        }
    }
    result.output += process.readAllStandardOutput();
    const QByteArray error = process.readAllStandardError();
    result.errorOutput += error;
    pendingError += error + '\n';
    takeProgressLines(pendingError, options.progress);
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}

GitJob *GitRepository::start(const QStringList &arguments, const GitRunOptions &options)
{
    auto *job = new GitJob(this);
    auto *process = new QProcess(job);
    job->m_process = process;
    configure(*process, m_workingDirectory, options.readOnly);
    process->setArguments(arguments);
    connect(process, &QProcess::readyReadStandardOutput, job,
        [job, process] { job->m_result.output += process->readAllStandardOutput(); });
    connect(process, &QProcess::readyReadStandardError, job, [job, process] {
        const QByteArray error = process->readAllStandardError();
        job->m_result.errorOutput += error;
        job->m_pendingError += error;
        takeProgressLines(job->m_pendingError, [job](const QString &line) { Q_EMIT job->progress(line); });
    });
    connect(process, &QProcess::started, job, [job, process] {
        job->m_result.started = true;
        process->closeWriteChannel();
    });
    connect(process, &QProcess::finished, job, [job, process](int exitCode, QProcess::ExitStatus status) {
        job->m_result.output += process->readAllStandardOutput();
        job->m_result.errorOutput += process->readAllStandardError();
        job->m_result.crashed = status == QProcess::CrashExit;
        job->m_result.exitCode = job->m_result.crashed ? -1 : exitCode;
        Q_EMIT job->finished(job->m_result);
        job->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, job, [job](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            Q_EMIT job->finished(job->m_result);
            job->deleteLater();
        }
    });
    if (!options.input.isEmpty())
        process->write(options.input);
    process->start();
    return job;
}

std::optional<RepositoryStatus> GitRepository::status() const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult result = run(statusArguments, options);
    if (!result.ok())
        return std::nullopt;
    return PorcelainParser::parse(result.output);
}

void GitRepository::refreshStatus()
{
    if (m_statusJob) {
        m_statusStale = true;
        return;
    }
    GitRunOptions options;
    options.readOnly = true;
    m_statusJob = start(statusArguments, options);
    connect(m_statusJob, &GitJob::finished, this, [this](const GitResult &result) {
        m_statusJob = nullptr;
        if (result.ok()) {
            if (auto parsed = PorcelainParser::parse(result.output)) {
                m_lastStatus = std::move(parsed);
                Q_EMIT statusChanged(*m_lastStatus);
            }
        }
        if (m_statusStale) {
            m_statusStale = false;
            refreshStatus();
        }
    });
}

QString GitRepository::topLevel() const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult result = run({ QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel") }, options);
    return result.ok() ? QDir::cleanPath(result.outputText().trimmed()) : QString();
}

QString GitRepository::gitDir() const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult result = run({ QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir") }, options);
    return result.ok() ? QDir::cleanPath(result.outputText().trimmed()) : QString();
}

QString GitRepository::prefix() const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult result = run({ QStringLiteral("rev-parse"), QStringLiteral("--show-prefix") }, options);
    return result.ok() ? result.outputText().trimmed() : QString();
}

bool GitRepository::isRepository(const QString &path)
{
    return !GitRepository(path).topLevel().isEmpty();
}

} // namespace storyloom
