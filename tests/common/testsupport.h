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
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace storyloom::test {

/** The exit code of a test program that skipped itself; the tests' SKIP_RETURN_CODE in CMake. */
inline constexpr int skippedExitCode = 77;

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

/** True when the wg-async vision doc (STORYLOOM_CORPUS_DIR) is there: a fresh clone has no ../shared. */
[[nodiscard]] inline bool corpusPresent()
{
    return QFileInfo::exists(QStringLiteral(STORYLOOM_CORPUS_DIR "/book.toml"));
}

/**
 * For the initMain() of a test program that reads the corpus: without it, says
 * so in one line and exits with skippedExitCode before any test function runs,
 * which ctest reports as skipped (the program carries the label `corpus`).
 */
inline void requireCorpus()
{
    if (corpusPresent())
        return;
    std::printf("corpus: %s not found; skipped\n", qPrintable(QDir::cleanPath(QStringLiteral(STORYLOOM_CORPUS_DIR))));
    std::fflush(stdout);
    std::exit(skippedExitCode);
}

/**
 * For the initMain() of a test program that needs an outside program (a
 * browser, a server): its path, or one line saying it is missing and an exit
 * with skippedExitCode, which ctest reports as skipped.
 */
[[nodiscard]] inline QString requireProgram(const QStringList &names)
{
    for (const QString &name : names) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    std::printf("%s: not found; skipped\n", qPrintable(names.join(QStringLiteral(" or "))));
    std::fflush(stdout);
    std::exit(skippedExitCode);
}

/** Copies the wg-async vision doc (STORYLOOM_CORPUS_DIR) into @p to. */
[[nodiscard]] inline bool copyCorpus(const QString &to)
{
    return copyTree(QStringLiteral(STORYLOOM_CORPUS_DIR), to);
}

/** Line numbers (1-based) where two texts differ; { -1 } when their line counts differ. */
[[nodiscard]] inline QList<int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> oldLines = before.split('\n'), newLines = after.split('\n');
    QList<int> changed;
    if (oldLines.size() != newLines.size())
        return { -1 };
    for (qsizetype i = 0; i < oldLines.size(); ++i) {
        if (oldLines[i] != newLines[i])
            changed << int(i + 1);
    }
    return changed;
}

/** A fixture file of the test's own folder: tests/<module>/data/@p relative (empty when missing). */
[[nodiscard]] inline QByteArray readTestData(const QString &relative)
{
    QFile file(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

/**
 * True when the tests that compare output with reference files should write
 * the files instead (STORYLOOM_REGENERATE, set by tools/regenerate-references.sh).
 */
[[nodiscard]] inline bool regeneratingReferences()
{
    return qEnvironmentVariableIsSet("STORYLOOM_REGENERATE");
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
