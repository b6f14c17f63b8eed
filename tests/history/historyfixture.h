// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted repository: the small mdBook data/harbour in a folder `vision` of a Git
// repository, committed step by step (stories added, moved and removed, goal states changed
// in front matter and in the roadmap table, a merged branch). Dates and authors are fixed,
// so the log's rows are the same on every run; identities are set per command, never globally.
#pragma once

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace storyloom::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class HarbourRepository
{
public:
    QTemporaryDir dir;

    [[nodiscard]] QString top() const { return dir.filePath(QStringLiteral("repo")); }
    [[nodiscard]] QString project() const { return dir.filePath(QStringLiteral("repo/vision")); }
    [[nodiscard]] QString file(const QString &path) const { return project() + u'/' + path; }

    /** Runs git in `where` (default: the repository's top) with a fixed author and date. */
    Run git(const QStringList &arguments, const QString &where = {}) const
    {
        QProcess process;
        process.setWorkingDirectory(where.isEmpty() ? top() : where);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const QString date = QStringLiteral("2026-01-%1T12:00:00+01:00").arg(m_day, 2, 10, QLatin1Char('0'));
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("git"),
            QStringList { QStringLiteral("-c"), QStringLiteral("safe.directory=*"), QStringLiteral("-c"),
                QStringLiteral("user.name=") + m_author, QStringLiteral("-c"),
                QStringLiteral("user.email=harbour@example.org"), QStringLiteral("-c"),
                QStringLiteral("commit.gpgsign=false"), QStringLiteral("-c"), QStringLiteral("tag.gpgsign=false") }
                + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
    }

    bool ok(const QStringList &arguments) const
    {
        const Run run = git(arguments);
        if (run.exitCode != 0)
            qWarning("git %s: %s", qPrintable(arguments.join(u' ')), qPrintable(run.err));
        return run.exitCode == 0;
    }

    [[nodiscard]] QString revParse(const QString &revision) const
    {
        return QString::fromUtf8(git({ QStringLiteral("rev-parse"), revision }).out).trimmed();
    }

    bool write(const QString &path, const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(file(path)).absolutePath());
        QFile f(file(path));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    [[nodiscard]] QByteArray read(const QString &path) const
    {
        QFile f(file(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool replace(const QString &path, const QByteArray &from, const QByteArray &to) const
    {
        QByteArray bytes = read(path);
        if (!bytes.contains(from))
            return false;
        bytes.replace(from, to);
        return write(path, bytes);
    }

    [[nodiscard]] static QByteArray step(const QString &name)
    {
        QFile f(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/steps/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool commit(const QString &subject)
    {
        const bool done = ok({ QStringLiteral("add"), QStringLiteral("-A") })
            && ok({ QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), subject });
        ++m_day;
        return done;
    }

    /**
     * The whole script. First-parent history, oldest first:
     *  1 "Start the vision" (tag v1)
     *  2 "Grace reads a trace": a story, and a goal's front-matter state proposed -> in-progress
     *  3 "Notes only": a file outside the project
     *  4 "Move Alan's story": the story renamed (its pain points with it), the introduction rewrapped
     *  5 "Faster builds are done": the roadmap table's state and progress, a prose edit of Grace,
     *    better traces now answers Grace's story (its pain point becomes addressed)
     *  6 "Drop Alan": a character removed
     *  7 "Merge branch 'ana'": brings "Ana tunes the CI" (a story) from a branch
     */
    bool build()
    {
        if (!dir.isValid() || !copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/harbour"), project()))
            return false;
        QFile notes(top() + QStringLiteral("/NOTES.txt"));
        if (!notes.open(QIODevice::WriteOnly) || notes.write("Notes beside the vision.\n") < 0)
            return false;
        notes.close();
        if (!ok({ QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") })
            || !commit(QStringLiteral("Start the vision")) || !ok({ QStringLiteral("tag"), QStringLiteral("v1") }))
            return false;

        if (!write(
                QStringLiteral("src/status_quo/grace_reads_a_trace.md"), step(QStringLiteral("grace_reads_a_trace.md")))
            || !replace(QStringLiteral("src/SUMMARY.md"), "  - [Alan hits a wall](status_quo/alan_hits_a_wall.md)\n",
                "  - [Alan hits a wall](status_quo/alan_hits_a_wall.md)\n"
                "  - [Grace reads a trace](status_quo/grace_reads_a_trace.md)\n")
            || !replace(QStringLiteral("src/roadmap/better_traces.md"), "state: proposed", "state: in-progress")
            || !commit(QStringLiteral("Grace reads a trace")))
            return false;

        notes.open(QIODevice::Append);
        notes.write("More notes.\n");
        notes.close();
        if (!commit(QStringLiteral("Notes only")))
            return false;

        if (!QDir().mkpath(file(QStringLiteral("src/status_quo/builds")))
            || !ok({ QStringLiteral("mv"), QStringLiteral("vision/src/status_quo/alan_hits_a_wall.md"),
                QStringLiteral("vision/src/status_quo/builds/alan_waits_for_builds.md") })
            || !replace(QStringLiteral("src/SUMMARY.md"), "(status_quo/alan_hits_a_wall.md)",
                "(status_quo/builds/alan_waits_for_builds.md)")
            || !replace(QStringLiteral("src/roadmap/faster_builds.md"), "(../status_quo/alan_hits_a_wall.md)",
                "(../status_quo/builds/alan_waits_for_builds.md)")
            || !replace(QStringLiteral("src/status_quo/builds/alan_waits_for_builds.md"), "(../characters/alan.md)",
                "(../../characters/alan.md)")
            || !replace(QStringLiteral("src/README.md"), " who build them and the\nproblems",
                "\nwho build them and the problems")
            || !commit(QStringLiteral("Move Alan's story")))
            return false;

        if (!replace(QStringLiteral("src/roadmap.md"), "| 💤 | ▰▱▱▱▱▱ |", "| ✅ | ▰▰▰▰▰▰ |")
            || !replace(QStringLiteral("src/characters/grace.md"), "runs the on-call rota",
                "runs the on-call rota and writes the incident reviews")
            || !replace(QStringLiteral("src/roadmap/better_traces.md"), "how long it took.\n",
                "how long it took, so that\n[Grace reads a trace](../status_quo/grace_reads_a_trace.md) ends well.\n")
            || !commit(QStringLiteral("Faster builds are done")))
            return false;

        // A branch that adds a story, merged without fast-forward after one more commit on main.
        if (!ok({ QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("ana") })
            || !write(QStringLiteral("src/status_quo/ana_tunes_ci.md"), step(QStringLiteral("ana_tunes_ci.md")))
            || !commit(QStringLiteral("Ana tunes the CI"))
            || !ok({ QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main") }))
            return false;
        if (!QFile::remove(file(QStringLiteral("src/characters/alan.md")))
            || !replace(QStringLiteral("src/SUMMARY.md"), "  - [Alan](characters/alan.md)\n", "")
            || !commit(QStringLiteral("Drop Alan")))
            return false;
        const bool merged = ok({ QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"),
            QStringLiteral("-m"), QStringLiteral("Merge branch 'ana'"), QStringLiteral("ana") });
        ++m_day;
        return merged;
    }

private:
    int m_day = 1;
    QString m_author = QStringLiteral("Harbour Author");
};

} // namespace storyloom::test
