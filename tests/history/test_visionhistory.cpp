// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The vision's history from Git objects: a revision loaded without a checkout, the diff of two
// revisions (renames followed), the log's counts, `storyloom-cli diff` and `log`, bad input, and
// that nothing is written into the content folder or the repository.
#include "core/history/revisionloader.h"
#include "core/history/visiondiff.h"
#include "core/history/visionlog.h"
#include "core/history/visionlogcache.h"
#include "historyfixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

namespace {

Run cli(const QStringList &arguments, const QString &where = {})
{
    QProcess process;
    if (!where.isEmpty())
        process.setWorkingDirectory(where);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    // Storyloom's cache (the kept parses) in a folder of the test's own, shared by its runs.
    static QTemporaryDir cache;
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString referencePath(const QString &name)
{
    return QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/expected/") + name;
}

QJsonValue expected(const QString &name)
{
    QFile file(referencePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

/** Compares with the reference file, or writes it (tools/regenerate-references.sh). */
void compareWithReference(const QString &name, const QJsonValue &actual)
{
    if (regeneratingReferences()) {
        const QJsonDocument document
            = actual.isArray() ? QJsonDocument(actual.toArray()) : QJsonDocument(actual.toObject());
        QVERIFY(writeFile(
            QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/expected"), name, document.toJson(QJsonDocument::Indented)));
        return;
    }
    if (actual != expected(name))
        qWarning("%s", QJsonDocument(actual.toObject()).toJson().constData());
    QCOMPARE(actual, expected(name));
}

/** Every file under `folder` (the .git folder included) with a hash of its bytes. */
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1));
    }
    return files;
}

/** The rows as the CLI prints them, for comparing two runs. */
QList<QPair<QString, QJsonObject>> rowsOf(const std::vector<VisionLogRow> &rows)
{
    QList<QPair<QString, QJsonObject>> list;
    for (const VisionLogRow &row : rows)
        list.append({ row.commit.commit, row.counts });
    return list;
}

} // namespace

class TestVisionHistory : public QObject
{
    Q_OBJECT

    HarbourRepository m_repo;
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        // The loaders in this process keep their parses here, not in the user's cache.
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit());
        if (QProcess::execute(QStringLiteral("git"), { QStringLiteral("--version") }) != 0)
            QSKIP("git is not installed");
        QVERIFY(m_repo.build());
    }

    void loadsARevisionFromGitObjects()
    {
        RevisionLoader loader(m_repo.project());
        const std::optional<QString> v1 = loader.git().resolve(QStringLiteral("v1"));
        QVERIFY(v1);
        QCOMPARE(*v1, m_repo.revParse(QStringLiteral("v1")));
        const Snapshot old = loader.load(*v1);
        QVERIFY(old);
        // The working tree has moved on (Alan is gone, Grace's story came): the snapshot is v1's.
        QVERIFY(old->entity(QStringLiteral("characters/alan")));
        QVERIFY(!old->entity(QStringLiteral("status_quo/grace_reads_a_trace")));
        QCOMPARE(old->count(EntityType::Story), 1);
        QCOMPARE(old->count(EntityType::PainPoint), 2);
        QCOMPARE(old->count(EntityType::Goal), 2);
        QCOMPARE(old->rootPath(), QFileInfo(m_repo.project()).absoluteFilePath());
        const int parsedFirst = loader.filesParsed();
        QCOMPARE(parsedFirst, 10);

        // The next revision parses only the files it changed (a new story, SUMMARY, a goal page).
        const Snapshot next = loader.load(m_repo.revParse(QStringLiteral("main~5")));
        QVERIFY(next);
        QCOMPARE(next->count(EntityType::Story), 2);
        QCOMPARE(loader.filesParsed() - parsedFirst, 3);
        QCOMPARE(loader.filesReused(), 8);

        // Kept in the cache folder, the parses serve the next run: nothing is parsed again.
        QVERIFY(loader.saveParses());
        QVERIFY(QFileInfo(RevisionLoader::parsesFile(m_repo.project())).absoluteFilePath().startsWith(m_cache.path()));
        RevisionLoader again(m_repo.project());
        const Snapshot reread = again.load(*v1);
        QVERIFY(reread);
        QCOMPARE(again.filesParsed(), 0);
        QCOMPARE(again.filesReused(), 10);
        QCOMPARE(reread->entities().size(), old->entities().size());
        QCOMPARE(reread->relations().size(), old->relations().size());
        QVERIFY(VisionDiff::compare(*old, *reread, {}).isEmpty());
    }

    void diffFollowsRenames()
    {
        // "Move Alan's story": the story and its two pain points renamed, nothing removed or added,
        // and the rewrapped introduction no change at all.
        const QString before = m_repo.revParse(QStringLiteral("main~4"));
        const QString after = m_repo.revParse(QStringLiteral("main~3"));
        const Run run = cli({ QStringLiteral("diff"), QStringLiteral("--json"), m_repo.project(),
            QStringLiteral("main~4"), QStringLiteral("main~3") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("from")).toString(), before);
        QCOMPARE(json.value(QStringLiteral("to")).toString(), after);
        json.remove(QStringLiteral("from"));
        json.remove(QStringLiteral("to"));
        compareWithReference(QStringLiteral("rename.json"), json);
    }

    void diffOverTheWholeHistory()
    {
        const Run run = cli({ QStringLiteral("diff"), QStringLiteral("--json"), m_repo.project(), QStringLiteral("v1"),
            QStringLiteral("main") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("from")).toString(), m_repo.revParse(QStringLiteral("v1")));
        json.remove(QStringLiteral("from"));
        json.remove(QStringLiteral("to"));
        compareWithReference(QStringLiteral("v1-main.json"), json);
    }

    void diffOfTheGoalStates()
    {
        // The state in front matter (better traces) and in the roadmap table (faster builds).
        RevisionLoader loader(m_repo.project());
        const Snapshot v1 = loader.load(m_repo.revParse(QStringLiteral("v1")));
        const Snapshot head = loader.load(m_repo.revParse(QStringLiteral("main")));
        QVERIFY(v1 && head);
        const VisionChanges changes = VisionDiff::compare(*v1, *head, {});
        QHash<QString, QStringList> states;
        for (const EntityChange &change : changes.changed) {
            for (const FieldChange &field : change.changes) {
                if (field.field == QLatin1String("state"))
                    states.insert(change.id, { field.before.toString(), field.after.toString() });
            }
        }
        QCOMPARE(states.value(QStringLiteral("roadmap/better_traces")),
            QStringList({ QStringLiteral("proposed"), QStringLiteral("in-progress") }));
        QCOMPARE(states.value(QStringLiteral("roadmap/faster_builds")),
            QStringList({ QStringLiteral("paused"), QStringLiteral("done") }));
        QCOMPARE(states.size(), 2);

        // "Faster builds are done": better traces links Grace's story, so its pain point is addressed.
        const Snapshot moved = loader.load(m_repo.revParse(QStringLiteral("main~3")));
        const Snapshot done = loader.load(m_repo.revParse(QStringLiteral("main~2")));
        QVERIFY(moved && done);
        const VisionChanges step = VisionDiff::compare(*moved, *done, {});
        const auto painPoint = std::find_if(step.changed.cbegin(), step.changed.cend(), [](const EntityChange &c) {
            return c.id == QLatin1String("status_quo/grace_reads_a_trace#traces-stop-at-the-service-boundary");
        });
        QVERIFY(painPoint != step.changed.cend());
        QCOMPARE(painPoint->changes.size(), size_t(1));
        QCOMPARE(painPoint->changes[0].field, QStringLiteral("addressed"));
        QCOMPARE(painPoint->changes[0].before, QJsonValue(false));
        QCOMPARE(painPoint->changes[0].after, QJsonValue(true));
    }

    void diffWithTheWorkingTree()
    {
        HarbourRepository repo;
        QVERIFY(repo.build());
        // Nothing changed: no change. Then an edit that is not committed.
        Run run = cli({ QStringLiteral("diff"), QStringLiteral("--json"), repo.project(), QStringLiteral("HEAD") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(json.value(QStringLiteral("to")).isNull());
        QCOMPARE(
            json.value(QStringLiteral("entities")).toObject().value(QStringLiteral("changed")).toArray().size(), 0);
        QVERIFY(repo.replace(QStringLiteral("src/roadmap/better_traces.md"), "state: in-progress", "state: done"));
        run = cli({ QStringLiteral("diff"), QStringLiteral("--json"), repo.project(), QStringLiteral("HEAD") });
        QCOMPARE(run.exitCode, 0);
        json = QJsonDocument::fromJson(run.out).object();
        const QJsonArray changed
            = json.value(QStringLiteral("entities")).toObject().value(QStringLiteral("changed")).toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("roadmap/better_traces"));
        QCOMPARE(changed[0].toObject().value(QStringLiteral("changes")).toObject().value(QStringLiteral("state")),
            QJsonValue(QJsonArray { QStringLiteral("in-progress"), QStringLiteral("done") }));
    }

    void markdownDigest()
    {
        const Run run = cli({ QStringLiteral("diff"), QStringLiteral("--md"), m_repo.project(), QStringLiteral("v1"),
            QStringLiteral("main") });
        QCOMPARE(run.exitCode, 0);
        if (regeneratingReferences()) {
            QVERIFY(writeFile(
                QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/expected"), QStringLiteral("v1-main.md"), run.out));
            return;
        }
        QFile file(referencePath(QStringLiteral("v1-main.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(file.readAll()));
    }

    void logCounts()
    {
        Run run = cli({ QStringLiteral("log"), QStringLiteral("--json"), m_repo.project() });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QStringList subjects;
        for (const QJsonValue &row : rows)
            subjects.append(row.toObject().value(QStringLiteral("subject")).toString());
        QCOMPARE(subjects,
            QStringList({ QStringLiteral("Merge branch 'ana'"), QStringLiteral("Drop Alan"),
                QStringLiteral("Faster builds are done"), QStringLiteral("Move Alan's story"),
                QStringLiteral("Notes only"), QStringLiteral("Grace reads a trace"),
                QStringLiteral("Start the vision") }));
        // The oldest and the newest row in full.
        QJsonObject oldest = rows.last().toObject();
        QCOMPARE(oldest.value(QStringLiteral("commit")).toString(), m_repo.revParse(QStringLiteral("v1")));
        oldest.remove(QStringLiteral("commit"));
        QJsonObject newest = rows.first().toObject();
        newest.remove(QStringLiteral("commit"));
        compareWithReference(QStringLiteral("log-ends.json"),
            QJsonObject { { QStringLiteral("oldest"), oldest }, { QStringLiteral("newest"), newest } });
        // Stories through time, newest first: the branch's story counts only from the merge on.
        QList<int> stories;
        for (const QJsonValue &row : rows)
            stories.append(
                row.toObject().value(QStringLiteral("entities")).toObject().value(QStringLiteral("story")).toInt());
        QCOMPARE(stories, QList<int>({ 3, 2, 2, 2, 2, 2, 1 }));

        // Every parent: the branch's commit too. Each commit's row is the same either way (the
        // first-parent line is walked by its changes, every parent by a listing per commit).
        run = cli(
            { QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--all-parents"), m_repo.project() });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(all.size(), 8);
        QHash<QString, QJsonObject> byCommit;
        for (const QJsonValue &row : all)
            byCommit.insert(row.toObject().value(QStringLiteral("commit")).toString(), row.toObject());
        for (const QJsonValue &row : rows)
            QCOMPARE(byCommit.value(row.toObject().value(QStringLiteral("commit")).toString()), row.toObject());
        // A range.
        run = cli({ QStringLiteral("log"), QStringLiteral("--json"), m_repo.project(), QStringLiteral("v1..main~2") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 4);
        // CSV: a header and one line per commit.
        run = cli({ QStringLiteral("log"), QStringLiteral("--csv"), m_repo.project() });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QVERIFY(lines[0].startsWith(QStringLiteral("commit,date,author,subject,entities.")));
        QVERIFY(lines[1].contains(QStringLiteral(",Merge branch 'ana',")));
    }

    void neverWrites()
    {
        HarbourRepository repo;
        QVERIFY(repo.build());
        // A file whose stat no longer matches the index: anything that refreshed the index would write it.
        const QByteArray readme = repo.read(QStringLiteral("src/README.md"));
        QTest::qWait(1100);
        QVERIFY(repo.write(QStringLiteral("src/README.md"), readme));
        QVERIFY(repo.write(QStringLiteral("src/roadmap/better_traces.md"),
            repo.read(QStringLiteral("src/roadmap/better_traces.md")) + "\nMore to say.\n"));
        // Read without optional locks: the test's own `git status` must not refresh the index either.
        const QStringList status
            = { QStringLiteral("--no-optional-locks"), QStringLiteral("status"), QStringLiteral("--porcelain") };
        const Run statusBefore = repo.git(status);
        const QMap<QString, QByteArray> filesBefore = filesUnder(repo.top());
        QCOMPARE(
            cli({ QStringLiteral("diff"), QStringLiteral("--json"), repo.project(), QStringLiteral("v1") }).exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("diff"), QStringLiteral("--md"), repo.project(), QStringLiteral("v1"),
                         QStringLiteral("HEAD") })
                     .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("log"), QStringLiteral("--all-parents"), repo.project() }).exitCode, 0);
        QCOMPARE(filesUnder(repo.top()), filesBefore);
        const Run statusAfter = repo.git(status);
        QCOMPARE(statusAfter.out, statusBefore.out);
        QCOMPARE(statusAfter.out, QByteArray(" M vision/src/roadmap/better_traces.md\n"));
    }

    void detachedHead()
    {
        HarbourRepository repo;
        QVERIFY(repo.build());
        QVERIFY(repo.ok({ QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach"),
            QStringLiteral("main~2") }));
        Run run = cli({ QStringLiteral("log"), QStringLiteral("--json"), repo.project() });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 5);
        run = cli({ QStringLiteral("diff"), QStringLiteral("--json"), repo.project(), QStringLiteral("HEAD") });
        QCOMPARE(run.exitCode, 0);
    }

    void shallowClone()
    {
        QTemporaryDir dir;
        const QString clone = dir.filePath(QStringLiteral("shallow"));
        const Run cloned = m_repo.git({ QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--depth"),
            QStringLiteral("2"), QStringLiteral("file://") + m_repo.top(), clone });
        QVERIFY2(cloned.exitCode == 0, qPrintable(cloned.err));
        const QString project = clone + QStringLiteral("/vision");
        Run run = cli({ QStringLiteral("log"), QStringLiteral("--json"), project });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
        const QString boundary
            = QString::fromUtf8(m_repo.git({ QStringLiteral("rev-parse"), QStringLiteral("main~1") }).out).trimmed();
        QVERIFY2(run.err.contains(QStringLiteral("shallow clone")) && run.err.contains(boundary), qPrintable(run.err));
        run = cli({ QStringLiteral("diff"), QStringLiteral("--json"), project, QStringLiteral("HEAD~1"),
            QStringLiteral("HEAD") });
        QCOMPARE(run.exitCode, 0);
        run = cli({ QStringLiteral("diff"), project, QStringLiteral("HEAD~3") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown revision 'HEAD~3'"))
                && run.err.contains(QStringLiteral("shallow clone: its history stops at "))
                && run.err.contains(boundary),
            qPrintable(run.err));
    }

    void badInput()
    {
        QTemporaryDir plain;
        Run run = cli({ QStringLiteral("log"), plain.path() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not in a Git repository")), qPrintable(run.err));
        run = cli({ QStringLiteral("diff"), plain.path(), QStringLiteral("HEAD") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is not in a Git repository")), qPrintable(run.err));
        QCOMPARE(QDir(plain.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        // A repository without a commit.
        const QString empty = plain.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QCOMPARE(QProcess::execute(QStringLiteral("git"), { QStringLiteral("init"), QStringLiteral("-q"), empty }), 0);
        const QMap<QString, QByteArray> before = filesUnder(empty);
        run = cli({ QStringLiteral("log"), empty });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no commits yet")), qPrintable(run.err));
        run = cli({ QStringLiteral("diff"), QStringLiteral("--json"), empty, QStringLiteral("HEAD") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no commits yet")), qPrintable(run.err));
        QCOMPARE(filesUnder(empty), before);

        // A revision that does not exist; a folder that does not.
        run = cli({ QStringLiteral("diff"), m_repo.project(), QStringLiteral("no-such-tag") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown revision 'no-such-tag'")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("shallow")));
        run = cli({ QStringLiteral("log"), m_repo.project(), QStringLiteral("v1..no-such-branch") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown revision 'v1..no-such-branch'")), qPrintable(run.err));
        run = cli({ QStringLiteral("diff"), plain.filePath(QStringLiteral("missing")), QStringLiteral("HEAD") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no such folder")), qPrintable(run.err));

        // Usage errors: exit 2.
        QCOMPARE(cli({ QStringLiteral("diff"), m_repo.project() }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--md"), m_repo.project(),
                         QStringLiteral("v1") })
                     .exitCode,
            2);
        QCOMPARE(
            cli({ QStringLiteral("log"), m_repo.project(), QStringLiteral("v1"), QStringLiteral("extra") }).exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--csv"), m_repo.project() })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("log"), QStringLiteral("--since-forever"), m_repo.project() }).exitCode, 2);
    }

    void logRowsAreKept()
    {
        HarbourRepository repo;
        QVERIFY(repo.build());
        const QStringList status
            = { QStringLiteral("--no-optional-locks"), QStringLiteral("status"), QStringLiteral("--porcelain") };
        const Run statusBefore = repo.git(status);
        const QMap<QString, QByteArray> filesBefore = filesUnder(repo.top());

        VisionLog first(repo.project());
        const std::optional<std::vector<VisionLogRow>> counted = first.rows({}, false);
        QVERIFY(counted);
        QCOMPARE(counted->size(), size_t(7));
        QVERIFY(first.loader().filesParsed() > 0);
        QVERIFY(first.saveParses());
        // Kept in Storyloom's cache folder, never in the project or its repository.
        QVERIFY(QFileInfo(VisionLogCache::file(repo.project())).absoluteFilePath().startsWith(m_cache.path()));
        QVERIFY(QFileInfo::exists(VisionLogCache::file(repo.project())));

        // The next run reads every row and loads no revision; the rows are the same.
        VisionLog second(repo.project());
        const std::optional<std::vector<VisionLogRow>> kept = second.rows({}, false);
        QVERIFY(kept);
        QCOMPARE(second.loader().filesParsed() + second.loader().filesReused(), 0);
        QCOMPARE(rowsOf(*kept), rowsOf(*counted));
        // Every parent: the branch's commit is new and counted, the others are read.
        const std::optional<std::vector<VisionLogRow>> all = second.rows({}, true);
        QVERIFY(all);
        QCOMPARE(all->size(), size_t(8));
        QVERIFY(second.loader().filesParsed() + second.loader().filesReused() > 0);
        QVERIFY(second.saveParses());

        // The CLI twice: the second run, from the kept rows, prints the same bytes.
        const Run cliFirst = cli({ QStringLiteral("log"), QStringLiteral("--json"), repo.project() });
        const Run cliSecond = cli({ QStringLiteral("log"), QStringLiteral("--json"), repo.project() });
        QCOMPARE(cliFirst.exitCode, 0);
        QCOMPARE(cliSecond.out, cliFirst.out);
        QCOMPARE(QJsonDocument::fromJson(cliFirst.out).array().size(), 7);

        QCOMPARE(filesUnder(repo.top()), filesBefore);
        QCOMPARE(repo.git(status).out, statusBefore.out);
    }

    void logCacheOfAnotherBuildIsNotUsed()
    {
        HarbourRepository repo;
        QVERIFY(repo.build());
        VisionLog log(repo.project());
        const std::optional<std::vector<VisionLogRow>> truth = log.rows({}, false);
        QVERIFY(truth);

        // Rows no build would count, kept for every commit: under this build's fingerprint they
        // are read as they are, under another build's they are not read at all.
        const QJsonObject bogus { { QStringLiteral("entities"), QJsonObject { { QStringLiteral("story"), 99 } } } };
        auto keep = [&](const QByteArray &fingerprint) {
            VisionLogCache cache;
            cache.open(VisionLogCache::file(repo.project()), fingerprint);
            for (const VisionLogRow &row : *truth)
                cache.insert(row.commit.commit, bogus);
            return cache.save();
        };
        QVERIFY(keep(VisionLogCache::currentFingerprint()));
        std::optional<std::vector<VisionLogRow>> rows = VisionLog(repo.project()).rows({}, false);
        QVERIFY(rows);
        QCOMPARE(rows->front().counts, bogus);

        QVERIFY(keep("extractor:0 rules:another"));
        VisionLog other(repo.project());
        rows = other.rows({}, false);
        QVERIFY(rows);
        QCOMPARE(rowsOf(*rows), rowsOf(*truth));
        QVERIFY(other.loader().filesParsed() + other.loader().filesReused() > 0);
    }

    void logReportsProgressAndCancels()
    {
        HarbourRepository repo;
        QVERIFY(repo.build());
        QList<QPair<int, int>> steps;
        std::optional<std::vector<VisionLogRow>> rows
            = VisionLog(repo.project()).rows({}, false, nullptr, nullptr, [&steps](int done, int all) {
                  steps.append({ done, all });
              });
        QVERIFY(rows);
        QCOMPARE(steps.size(), 7);
        QCOMPARE(steps.first(), qMakePair(1, 7));
        QCOMPARE(steps.last(), qMakePair(7, 7));

        // Cancelled after the second commit (as a worker's caller would, from its thread): no rows, no error message.
        HarbourRepository fresh;
        QVERIFY(fresh.build());
        std::atomic_bool cancel { false };
        int reported = 0;
        HistoryError error;
        rows = VisionLog(fresh.project()).rows({}, false, &error, &cancel, [&](int done, int) {
            reported = done;
            if (done == 2)
                cancel = true;
        });
        QVERIFY(!rows);
        QCOMPARE(error.code, HistoryError::Code::Cancelled);
        QCOMPARE(reported, 2);
    }

    void proseOnlyCommitIsNotLoaded()
    {
        HarbourRepository repo;
        QVERIFY(repo.build());
        // A paragraph of prose: the graph is the same but for the page's text.
        QVERIFY(repo.write(QStringLiteral("src/README.md"),
            repo.read(QStringLiteral("src/README.md")) + "\nThe harbour also keeps its docs here.\n"));
        QVERIFY(repo.commit(QStringLiteral("Prose only")));
        // A goal's state: counted anew.
        QVERIFY(repo.replace(QStringLiteral("src/roadmap/better_traces.md"), "state: in-progress", "state: done"));
        QVERIFY(repo.commit(QStringLiteral("Better traces are done")));

        VisionLog log(repo.project());
        std::optional<std::vector<VisionLogRow>> rows = log.rows(QStringLiteral("HEAD~3..HEAD~1"), false);
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(2));
        QCOMPARE(rows->front().commit.subject, QStringLiteral("Prose only"));
        QCOMPARE(rows->front().counts, rows->back().counts);
        // One load (the older commit, every file parsed); the prose edit only parsed its page.
        QCOMPARE(log.loader().filesReused(), 0);

        rows = VisionLog(repo.project()).rows(QStringLiteral("HEAD~2..HEAD"), false);
        QVERIFY(rows);
        const QJsonObject goals = rows->front().counts.value(QStringLiteral("goals")).toObject();
        const QJsonObject goalsBefore = rows->back().counts.value(QStringLiteral("goals")).toObject();
        QCOMPARE(goals.value(QStringLiteral("done")).toInt(), goalsBefore.value(QStringLiteral("done")).toInt() + 1);
    }

    void dateAsRevision()
    {
        // The last first-parent commit on or before the day: "Notes only" was made on the third.
        GitObjects git(m_repo.project());
        QCOMPARE(
            git.resolve(QStringLiteral("2026-01-03")).value_or(QString()), m_repo.revParse(QStringLiteral("main~4")));
    }

    void errorsAreDiagnostics()
    {
        // Core's one error shape: an error with no place, the user's sentence, and a code to branch on.
        QTemporaryDir plain;
        const HistoryError outside = GitObjects(plain.path()).check();
        QCOMPARE(outside.code, HistoryError::Code::NotRepository);
        QCOMPARE(outside.severity, Diagnostic::Severity::Error);
        QCOMPARE(outside.location, SourceLocation());
        QVERIFY2(outside.format().startsWith(QStringLiteral("error: ")), qPrintable(outside.format()));

        HistoryError unknown;
        QVERIFY(!GitObjects(m_repo.project()).resolve(QStringLiteral("no-such-tag"), &unknown));
        QCOMPARE(unknown.code, HistoryError::Code::UnknownRevision);
        QVERIFY(unknown.message.contains(QStringLiteral("no-such-tag")));
        QCOMPARE(GitObjects(m_repo.project()).check().code, HistoryError::Code::None);
    }
};

QTEST_GUILESS_MAIN(TestVisionHistory)
#include "test_visionhistory.moc"
