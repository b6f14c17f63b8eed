// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two authors and a shared remote: a bare repository on disk, a copy of a small
// vision document (data/twoauthors) as author A's clone, and author B's clone of it.
// Git identities are set per repository, never globally.
#pragma once

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace storyloom::test {

struct GitOutput
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] bool ok() const { return exitCode == 0; }
};

inline GitOutput git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral("git"), QStringList { QStringLiteral("-c"), QStringLiteral("safe.directory=*") } + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/** Replaces the first occurrence of `from` in a file; false when it is not there. */
inline bool editFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readFile(path);
    const qsizetype at = bytes.indexOf(from);
    if (at < 0)
        return false;
    bytes.replace(at, from.size(), to);
    return writeFile(path, bytes);
}

inline bool configureAuthor(const QString &dir, const QString &name)
{
    return git(dir, { QStringLiteral("config"), QStringLiteral("user.name"), name }).ok()
        && git(dir,
            { QStringLiteral("config"), QStringLiteral("user.email"), name.toLower() + QStringLiteral("@example.org") })
               .ok();
}

/** A bare remote and two clones, A and B, of a copy of data/twoauthors (plus a goal with front matter). */
class TwoAuthors
{
public:
    QTemporaryDir dir;
    QString remote;
    QString a;
    QString b;

    /** Paths (relative to a clone) of files the tests edit. */
    static QString storyX() { return QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"); }
    static QString storyY()
    {
        return QStringLiteral("src/vision/submitted_stories/status_quo/alan_hates_writing_a_stream.md");
    }
    static QString goal() { return QStringLiteral("src/vision/roadmap/offline_first.md"); }

    /** Copies a template made once per test program (remote, A, B), and points both clones at the copy's remote. */
    bool setUp()
    {
        static QTemporaryDir templateDir;
        static const bool templateReady = build(templateDir.path());
        if (!dir.isValid() || !templateReady)
            return false;
        remote = dir.filePath(QStringLiteral("remote.git"));
        a = dir.filePath(QStringLiteral("alice"));
        b = dir.filePath(QStringLiteral("bob"));
        const QDir from(templateDir.path());
        return copyTree(from.filePath(QStringLiteral("remote.git")), remote)
            && copyTree(from.filePath(QStringLiteral("alice")), a) && copyTree(from.filePath(QStringLiteral("bob")), b)
            && git(a, { QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), remote }).ok()
            && git(b, { QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), remote }).ok();
    }

private:
    static bool build(const QString &root)
    {
        const QString remote = QDir(root).filePath(QStringLiteral("remote.git"));
        const QString a = QDir(root).filePath(QStringLiteral("alice"));
        const QString b = QDir(root).filePath(QStringLiteral("bob"));
        if (!copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/sync/data/twoauthors"), a))
            return false;
        const QByteArray goalText = "---\ntype: goal\ntitle: Offline first\nstate: in-progress\nowners: [ana]\n"
                                    "progress: 0.5\n---\n# Offline first\n\nAuthors write offline and sync later.\n";
        if (!writeFile(QDir(a).filePath(goal()), goalText))
            return false;
        return git(a, { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") })
                   .ok()
            && configureAuthor(a, QStringLiteral("Alice"))
            && git(a, { QStringLiteral("add"), QStringLiteral("-A") }).ok()
            && git(
                a, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Initial") })
                   .ok()
            && git(root,
                { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                    QStringLiteral("main"), remote })
                   .ok()
            && git(a, { QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), remote }).ok()
            && git(a,
                { QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"),
                    QStringLiteral("main") })
                   .ok()
            && git(root, { QStringLiteral("clone"), QStringLiteral("-q"), remote, b }).ok()
            && configureAuthor(b, QStringLiteral("Bob"));
    }

public:
    [[nodiscard]] static QString path(const QString &clone, const QString &file) { return QDir(clone).filePath(file); }
    /** Both authors rewrite the same paragraph of story X, differently, without syncing: the seed of a conflict. */
    [[nodiscard]] bool editSameParagraph() const
    {
        const QByteArray paragraph = "is working on an HTTP server.";
        return editFile(path(a, storyX()), paragraph, "is working on a gRPC server.")
            && editFile(path(b, storyX()), paragraph, "is working on a GraphQL server.");
    }
    [[nodiscard]] QString remoteHead() const
    {
        return git(remote, { QStringLiteral("rev-parse"), QStringLiteral("main") }).out.trimmed();
    }
    [[nodiscard]] static QString head(const QString &clone)
    {
        return git(clone, { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }).out.trimmed();
    }
    [[nodiscard]] static QString lastMessage(const QString &clone, const QString &rev = QStringLiteral("HEAD"))
    {
        return git(clone, { QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B"), rev })
            .out.trimmed();
    }
    /** True when `git status` reads the repository without error and nothing is left uncommitted. */
    [[nodiscard]] static bool isClean(const QString &clone)
    {
        const GitOutput status = git(clone, { QStringLiteral("status"), QStringLiteral("--porcelain") });
        return status.ok() && status.out.isEmpty();
    }
    /** Installs an executable hook script in a clone. */
    static bool installHook(const QString &clone, const QString &name, const QByteArray &script)
    {
        const QString file = QDir(clone).filePath(QStringLiteral(".git/hooks/") + name);
        return writeFile(file, "#!/bin/sh\n" + script)
            && QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    }
};

} // namespace storyloom::test
