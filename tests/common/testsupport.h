// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Helpers shared by the test executables: copying the read-only wg-async corpus
 * into a scratch folder, and running the project's own programs as child
 * processes. Header-only so that every test keeps linking only the libraries
 * it tests.
 */

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace storyloom::test {

/**
 * Copies every file under @p from to the same relative path under @p to, made
 * writable by the owner: the corpus is read-only and tests edit their copy.
 * Returns false as soon as one file cannot be copied.
 */
[[nodiscard]] inline bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + source.relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

/** Copies the wg-async vision doc (STORYLOOM_CORPUS_DIR) into @p to. */
[[nodiscard]] inline bool copyCorpus(const QString &to)
{
    return copyTree(QStringLiteral(STORYLOOM_CORPUS_DIR), to);
}

/**
 * Writes @p bytes to @p relative under @p root, creating folders on the way:
 * tests build small projects file by file.
 */
[[nodiscard]] inline bool writeFile(const QString &root, const QString &relative, const QByteArray &bytes)
{
    const QString path = root + u'/' + relative;
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(bytes) == bytes.size();
}

/** The absolute path of one of the project's programs in the build's bin folder. */
[[nodiscard]] inline QString programPath(const QString &name)
{
    return QStringLiteral(STORYLOOM_BIN_DIR "/") + name;
}

/** What a finished child process left behind. */
struct ProcessResult
{
    /** The exit code, or -1 when the process crashed, timed out or never started. */
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
};

/**
 * Runs @p program (a path, or a name looked up in PATH) with @p arguments and
 * waits for it. An empty @p environment means the test's own environment.
 */
[[nodiscard]] inline ProcessResult runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = {}, int timeoutMs = 120000)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = process.readAllStandardError() + "\n(timed out or failed to start)";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/** Runs `storyloom-cli ARGUMENTS` from the build tree. */
[[nodiscard]] inline ProcessResult runCli(const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    return runProcess(programPath(QStringLiteral("storyloom-cli")), arguments, environment);
}

} // namespace storyloom::test
