// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync against real servers on 127.0.0.1 (sshd, git http-backend behind lighttpd, git daemon) and the faults
// people meet there: a stalled or vanished server, a connection cut mid-push, a hook that refuses, a remote
// someone force-pushed, a wrong password, an unknown or changed host key. Each fault test ends by checking
// that every commit and every typed line is still there. The last test searches everything Storyloom wrote
// for the password, token and passphrase the tests typed.
//
// This program plays two parts: run by ctest it is the test; started by git or ssh with STORYLOOM_ASKPASS=1
// it is Storyloom's password dialog, and answers it as a user would, from a script the test writes.
#include "gitfixture.h"
#include "gitservers.h"

#include "core/project/project.h"
#include "core/sync/gitrepository.h"
#include "core/sync/remotesetup.h"
#include "core/sync/syncsession.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sync/askpass.h"

#include <QApplication>
#include <QDirIterator>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStorageInfo>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <cstdio>

using namespace storyloom;
using namespace storyloom::test;

namespace {

// ---------------------------------------------------------------- the askpass side

/** Where the test leaves the answers and the helper logs the prompts it was shown. */
QString askPassDir()
{
    return qEnvironmentVariable("STORYLOOM_TEST_ASKPASS_DIR");
}

const QByteArray promptSeparator = "\n--\n";

/** Logs the prompt and takes the next scripted answer (`<cancel>` when the script has none left). */
QString takeAnswer(const QString &prompt)
{
    const QDir dir(askPassDir());
    QFile log(dir.filePath(QStringLiteral("prompts")));
    if (log.open(QIODevice::Append))
        log.write(prompt.toUtf8() + promptSeparator);
    QList<QByteArray> answers = readFile(dir.filePath(QStringLiteral("answers"))).split('\n');
    const QString answer = answers.isEmpty() || answers.first().isEmpty() ? QStringLiteral("<cancel>")
                                                                          : QString::fromUtf8(answers.takeFirst());
    writeFile(dir.filePath(QStringLiteral("answers")), answers.join('\n'));
    return answer;
}

/** Answers the dialog once it shows: types into the text field, or clicks Connect or Cancel. */
void answerWhenShown(const QString &answer)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (!widget->isVisible())
            continue;
        if (auto *question = qobject_cast<QMessageBox *>(widget)) {
            const QString button
                = answer == u"<accept>" ? QStringLiteral("connectButton") : QStringLiteral("cancelButton");
            if (auto *target = question->findChild<QPushButton *>(button)) {
                QTest::mouseClick(target, Qt::LeftButton);
                return;
            }
        }
        if (auto *dialog = qobject_cast<QInputDialog *>(widget)) {
            if (answer == u"<cancel>" || answer == u"<reject>") {
                dialog->reject();
            } else {
                dialog->setTextValue(answer);
                dialog->accept();
            }
            return;
        }
    }
    QTimer::singleShot(20, [answer] { answerWhenShown(answer); });
}

// ---------------------------------------------------------------- what the test process says

QMutex logMutex;
QByteArray logText;
QtMessageHandler previousHandler = nullptr;

/** Keeps every log line (all categories, debug included) for the secrets search, and passes it on. */
void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        logText += message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

/** Storyloom's cache, data and config folders for this run (set before the application starts). */
QTemporaryDir &stateDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

/**
 * The full-disk cases, run by fullDiskLosesNothing() in a mount namespace of its own, where this program may
 * mount a small tmpfs for the `.git` folder or for the working tree and fill it.
 */
class DiskFullChild : public QObject
{
    Q_OBJECT

public:
    /** The exit code that says no tmpfs could be mounted (the test skips). */
    static constexpr int cannotMount = 77;
    /** Why no tmpfs could be mounted, when it could not. */
    static inline QString s_cannotMount;

    /** Mounts a tmpfs of `kib` KiB at the empty folder `where`; a mount that would show outside the namespace is
     * refused. Empty, or why not. */
    static QString mountTmpfs(const QString &where, int kib)
    {
        // A shared parent mount would pass the tmpfs on to the rest of the machine.
        QFile mounts(QStringLiteral("/proc/self/mountinfo"));
        if (!mounts.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read /proc/self/mountinfo");
        QString parent;
        bool shared = false;
        for (const QByteArray &line : mounts.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() < 7)
                continue;
            const QString point = QString::fromUtf8(fields[4]);
            if ((where.startsWith(QString(point + u'/')) || point == u"/") && point.size() >= parent.size()) {
                parent = point;
                shared = line.left(line.indexOf(" - ")).contains(" shared:");
            }
        }
        if (shared)
            return QStringLiteral("the mount %1 is shared: a tmpfs under it would show outside the test").arg(parent);
        QString output;
        if (!runTool(QStandardPaths::findExecutable(
                         QStringLiteral("mount"), { QStringLiteral("/usr/bin"), QStringLiteral("/bin") }),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), where },
                &output))
            return QStringLiteral("cannot mount a tmpfs: ") + output;
        return {};
    }

    /** Unmounts a tmpfs when the test ends (before its temporary folder goes). */
    struct Mounted
    {
        explicit Mounted(QString folder)
            : where(std::move(folder))
        { }
        Mounted(const Mounted &) = delete;
        Mounted &operator=(const Mounted &) = delete;
        ~Mounted()
        {
            if (!where.isEmpty())
                runTool(QStandardPaths::findExecutable(
                            QStringLiteral("umount"), { QStringLiteral("/usr/bin"), QStringLiteral("/bin") }),
                    { QStringLiteral("--lazy"), where });
        }
        QString where;
    };

    /** Fills the file system of `folder` until only `leaveKib` KiB are free. */
    static bool fill(const QString &folder, qint64 leaveKib)
    {
        QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (QStorageInfo(folder).bytesAvailable() > leaveKib * 1024) {
            if (filler.write(block) != block.size() || !filler.flush())
                break;
        }
        return true;
    }

    /** Moves a clone's `.git` folder to `gitDir` and leaves a `gitdir:` file in its place. */
    static bool moveGitDir(const QString &clone, const QString &gitDir)
    {
        const QString dotGit = QDir(clone).filePath(QStringLiteral(".git"));
        return copyTree(dotGit, gitDir) && QDir(dotGit).removeRecursively()
            && writeFile(dotGit, "gitdir: " + gitDir.toUtf8() + '\n');
    }

    /** Incompressible text (a pack cannot shrink it), `kib` KiB of it, as lines. */
    static QByteArray noise(int kib)
    {
        QByteArray text;
        quint64 state = 88172645463325252ULL;
        while (text.size() < kib * 1024) {
            QByteArray line;
            for (int i = 0; i < 9; ++i) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                line += QByteArray::number(state, 36);
            }
            text += line + '\n';
        }
        return text;
    }

    static bool fsck(const QString &clone)
    {
        return git(clone, { QStringLiteral("fsck"), QStringLiteral("--no-progress"), QStringLiteral("--full") }).ok();
    }

private Q_SLOTS:
    void fullGitFolderDuringCommit()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString gitDir = authors.dir.filePath(QStringLiteral("alice-git"));
        QVERIFY(QDir().mkpath(gitDir));
        const QString why = mountTmpfs(gitDir, 4096);
        if (!why.isEmpty()) {
            s_cannotMount = why;
            QSKIP(qPrintable(why));
        }
        const Mounted mounted { gitDir };
        QVERIFY(moveGitDir(authors.a, gitDir));
        QVERIFY(git(authors.a, { QStringLiteral("status"), QStringLiteral("--porcelain") }).ok());
        QVERIFY(fill(gitDir, 48));
        const QString story = TwoAuthors::path(authors.a, TwoAuthors::storyX());
        const QByteArray typed = readFile(story) + "\nTyped on a full disk.\n" + noise(400);
        QVERIFY(writeFile(story, typed));

        SyncSession session(authors.a);
        const SyncResult full = session.run({});
        QCOMPARE(full.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(full.error.code == SyncError::Code::DiskFull, qPrintable(full.error.fullText()));
        QCOMPARE(full.step, SyncStep::Commit);
        QVERIFY(!full.committed);
        QVERIFY2(full.error.message.contains(QStringLiteral("disk is full")), qPrintable(full.error.message));
        // The content folder is as the author left it, the repository sound, no lock left behind.
        QCOMPARE(readFile(story), typed);
        QVERIFY(!QFile::exists(QDir(gitDir).filePath(QStringLiteral("index.lock"))));
        QVERIFY(fsck(authors.a));

        // Space again: the same sync finishes the job.
        QVERIFY(QFile::remove(QDir(gitDir).filePath(QStringLiteral("filler"))));
        const SyncResult again = session.run({});
        QVERIFY2(again.outcome == SyncResult::Outcome::Synced, qPrintable(again.error.fullText()));
        QVERIFY(again.committed);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        QCOMPARE(git(authors.remote, { QStringLiteral("rev-parse"), QStringLiteral("main:") + TwoAuthors::storyX() })
                     .out.trimmed(),
            git(authors.a, { QStringLiteral("hash-object"), story }).out.trimmed());
        QVERIFY(TwoAuthors::isClean(authors.a));
        QVERIFY(fsck(authors.a));
    }

    void fullWorkTreeDuringMerge_data()
    {
        // Git undoes a failed merge itself, but leaves a failed fast-forward half-written: both must end clean.
        QTest::addColumn<bool>("aliceTypes");
        QTest::newRow("merge") << true;
        QTest::newRow("fast-forward") << false;
    }

    void fullWorkTreeDuringMerge()
    {
        QFETCH(bool, aliceTypes);
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        // Bob shares a long story; Alice types a line of her own, on a working tree with no room for Bob's story.
        const QString bobs = TwoAuthors::path(authors.b, TwoAuthors::storyY());
        const QByteArray bobsText = readFile(bobs) + "\nBob's long addition.\n" + noise(300);
        QVERIFY(writeFile(bobs, bobsText));
        SyncSession bob(authors.b);
        QCOMPARE(bob.run({}).outcome, SyncResult::Outcome::Synced);

        const QString tree = authors.a;
        const QString moved = authors.dir.filePath(QStringLiteral("alice-before"));
        QVERIFY(QDir().rename(tree, moved));
        QVERIFY(moveGitDir(moved, authors.dir.filePath(QStringLiteral("alice.git"))));
        QVERIFY(QDir().mkpath(tree));
        const QString why = mountTmpfs(tree, 1024);
        if (!why.isEmpty()) {
            s_cannotMount = why;
            QSKIP(qPrintable(why));
        }
        const Mounted mounted { tree };
        QVERIFY(copyTree(moved, tree));
        QVERIFY(writeFile(authors.dir.filePath(QStringLiteral("alice.git/info/exclude")), "/filler\n"));
        QVERIFY(TwoAuthors::isClean(tree));
        const QString mineFile = TwoAuthors::path(tree, TwoAuthors::storyX());
        const QByteArray alicesLine = aliceTypes ? "Alice's line beside Bob's long one." : "";
        if (aliceTypes)
            QVERIFY(writeFile(mineFile, readFile(mineFile) + '\n' + alicesLine + '\n'));
        const QByteArray storyYBefore = readFile(TwoAuthors::path(tree, TwoAuthors::storyY()));
        QVERIFY(fill(tree, 64));

        SyncSession session(tree);
        const SyncResult full = session.run({});
        QCOMPARE(full.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(full.error.code == SyncError::Code::DiskFull, qPrintable(full.error.fullText()));
        QCOMPARE(full.step, SyncStep::Merge);
        QCOMPARE(full.committed, aliceTypes);
        QVERIFY2(full.error.message.contains(QStringLiteral("disk is full")), qPrintable(full.error.message));
        // No half of Bob's story in the content folder: it is as it was before the merge, and the tree is clean.
        QCOMPARE(readFile(TwoAuthors::path(tree, TwoAuthors::storyY())), storyYBefore);
        const GitOutput status = git(tree, { QStringLiteral("status"), QStringLiteral("--porcelain") });
        QVERIFY(status.ok());
        QVERIFY2(status.out.isEmpty(), qPrintable(status.out));
        QVERIFY(fsck(tree));
        const QString mine = TwoAuthors::head(tree);

        QVERIFY(QFile::remove(QDir(tree).filePath(QStringLiteral("filler"))));
        const SyncResult again = session.run({});
        QVERIFY2(again.outcome == SyncResult::Outcome::Synced, qPrintable(again.error.fullText()));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(tree));
        QVERIFY(
            git(tree, { QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), mine, QStringLiteral("HEAD") })
                .ok());
        QCOMPARE(readFile(TwoAuthors::path(tree, TwoAuthors::storyY())), bobsText);
        QVERIFY(readFile(mineFile).contains(alicesLine));
        QVERIFY(TwoAuthors::isClean(tree));
        QVERIFY(fsck(tree));
    }
};

class TestSyncServers : public QObject
{
    Q_OBJECT

    GitServers m_servers;
    QString m_globalConfig;
    /** What storyloom-cli printed in this run. */
    QByteArray m_cliOutput;

    // ---------------------------------------------------------------- helpers

    void setAnswers(const QStringList &answers)
    {
        const QDir dir(askPassDir());
        QFile::remove(dir.filePath(QStringLiteral("prompts")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("answers")), answers.join(u'\n').toUtf8()));
    }

    [[nodiscard]] static QStringList prompts()
    {
        const QByteArray text = readFile(QDir(askPassDir()).filePath(QStringLiteral("prompts")));
        QStringList shown;
        qsizetype from = 0;
        while (from < text.size()) {
            const qsizetype end = text.indexOf(promptSeparator, from);
            if (end < 0)
                break;
            shown.append(QString::fromUtf8(text.mid(from, end - from)));
            from = end + promptSeparator.size();
        }
        return shown;
    }

    static SyncResult sync(const QString &clone, const SyncOptions &options = {})
    {
        SyncSession session(clone);
        return session.run(options);
    }

    static bool pointAt(const QString &clone, const QString &url)
    {
        return git(clone, { QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), url }).ok();
    }

    /** Adds a line the author typed to story X. */
    static bool type(const QString &clone, const QByteArray &line)
    {
        const QString file = TwoAuthors::path(clone, TwoAuthors::storyX());
        return writeFile(file, readFile(file) + '\n' + line + '\n');
    }

    /** Empty when every commit is in the clone's history and every line in its file; else what is missing. */
    static QString missing(
        const QString &clone, const QStringList &commits, const QString &file, const QList<QByteArray> &lines)
    {
        for (const QString &commit : commits) {
            if (!git(clone,
                    { QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), commit, QStringLiteral("HEAD") })
                    .ok())
                return QStringLiteral("commit %1 is not in the history").arg(commit);
        }
        const QByteArray text = readFile(TwoAuthors::path(clone, file));
        for (const QByteArray &line : lines) {
            if (!text.contains(line))
                return QStringLiteral("line lost: ") + QString::fromUtf8(line);
        }
        return {};
    }

    /** The remote's main branch, asked over the wire (what the remote really has). */
    static QString lsRemote(const QString &clone, const QString &url)
    {
        return git(clone, { QStringLiteral("ls-remote"), url, QStringLiteral("refs/heads/main") })
            .out.section(QLatin1Char('\t'), 0, 0)
            .trimmed();
    }

    /** What the clone believes the remote's main branch is. */
    static QString trackingHead(const QString &clone)
    {
        return git(clone, { QStringLiteral("rev-parse"), QStringLiteral("refs/remotes/origin/main") }).out.trimmed();
    }

    /** A text long enough that its pack takes many packets. */
    static QByteArray longText()
    {
        QByteArray text;
        for (int i = 0; i < 4000; ++i)
            text += "Line " + QByteArray::number(i * 7919 % 100003) + " of a long story, "
                + QByteArray::number(qHash(i), 36) + ".\n";
        return text;
    }

    /**
     * Sets up `authors` with Alice's clone reaching the writable git daemon through netfault.py in `mode` (`drop`,
     * `deaf` or `stall`, after `bytes`), through a port nobody listens on (`refused`), or a host name that cannot
     * resolve (`unresolvable`, in the reserved `.invalid` domain). Empty, or why not.
     */
    QString throughFault(ServerProcess &fault, const QString &mode, TwoAuthors &authors, int bytes = 0)
    {
        QString why;
        if (!m_servers.startDaemon(&why, true))
            return QStringLiteral("git daemon: ") + why;
        quint16 port = 0;
        QString host = QStringLiteral("127.0.0.1");
        if (mode == u"refused") {
            port = freeLoopbackPort();
        } else if (mode == u"unresolvable") {
            port = 9418;
            host = QStringLiteral("storyloom-sync-test.invalid");
        } else {
            port = m_servers.startFault(fault, mode, &why, m_servers.writableDaemonPort(), bytes);
            if (port == 0)
                return why;
        }
        if (!authors.setUp())
            return QStringLiteral("the two authors' repositories could not be made");
        if (!pointAt(authors.a, QStringLiteral("git://%1:%2%3").arg(host).arg(port).arg(authors.remote)))
            return QStringLiteral("could not point Alice's clone at the fault");
        return {};
    }

    /** Alice's clone with `url` as origin, and ssh trusting the current host key with the plain user key. */
    bool useSsh(TwoAuthors &authors, const QString &key = {})
    {
        const QString knownHosts = authors.dir.filePath(QStringLiteral("known_hosts"));
        qputenv("GIT_SSH_COMMAND", m_servers.sshCommand(key.isEmpty() ? m_servers.userKey() : key, knownHosts));
        return writeFile(knownHosts, m_servers.knownHostsLine())
            && pointAt(authors.a, GitServers::sshUrl(authors.remote));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (GitRepository::gitProgram().isEmpty())
            QSKIP("git is not installed");
        QVERIFY(m_servers.dir.isValid());
        const QString askPass = m_servers.dir.filePath(QStringLiteral("askpass"));
        QVERIFY(QDir().mkpath(askPass));
        qputenv("STORYLOOM_TEST_ASKPASS_DIR", askPass.toUtf8());
        // Nothing of the machine's or the user's Git or SSH configuration takes part.
        m_globalConfig = m_servers.dir.filePath(QStringLiteral("gitconfig"));
        QVERIFY(writeFile(m_globalConfig, "[credential]\n\thelper =\n"));
        qputenv("GIT_CONFIG_GLOBAL", m_globalConfig.toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        GitRepository::setAskPassProgram(QCoreApplication::applicationFilePath());
    }

    void init() { setAnswers({}); }

    // ---------------------------------------------------------------- the three servers

    void sshSyncsAChangedStory()
    {
        QString why;
        if (!m_servers.startSsh(&why))
            QSKIP(qPrintable(QStringLiteral("sshd: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(useSsh(authors));
        QVERIFY(type(authors.a, "Over SSH, with a key."));
        SyncResult result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(result.pushed);
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        QVERIFY(prompts().isEmpty());

        // A key with a passphrase: asked once, through the dialog.
        QVERIFY(useSsh(authors, m_servers.passphraseKey()));
        setAnswers({ GitServers::keyPassphrase() });
        QVERIFY(type(authors.a, "Over SSH, with a passphrase."));
        result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        const QStringList asked = prompts();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("passphrase")), qPrintable(asked.first()));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        const QString lost = missing(authors.a, { authors.remoteHead() }, TwoAuthors::storyX(),
            { "Over SSH, with a key.", "Over SSH, with a passphrase." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void httpAsksOnceMoreForAWrongPassword()
    {
        QString why;
        if (!m_servers.startHttp(&why))
            QSKIP(qPrintable(QStringLiteral("lighttpd: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(pointAt(authors.a, m_servers.httpUrl(authors.remote)));

        // A mistyped password, then the right one: synced, asked twice.
        setAnswers({ QStringLiteral("not-the-password"), GitServers::httpPassword() });
        QVERIFY(type(authors.a, "Over HTTP, second try."));
        SyncResult result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(result.pushed);
        QStringList asked = prompts();
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.first().startsWith(QStringLiteral("Password for")), qPrintable(asked.first()));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        const QString first = TwoAuthors::head(authors.a);

        // Wrong twice: asked again once, then a clear stop; the commit stays.
        setAnswers({ QStringLiteral("wrong-1"), QStringLiteral("wrong-2"), GitServers::httpPassword() });
        QVERIFY(type(authors.a, "Over HTTP, refused."));
        result = sync(authors.a);
        QCOMPARE(result.outcome, SyncResult::Outcome::Failed);
        QCOMPARE(result.error.code, SyncError::Code::AuthenticationFailed);
        QVERIFY(result.committed);
        QCOMPARE(prompts().size(), 2);
        QVERIFY(result.error.message.contains(QStringLiteral("committed locally")));
        QCOMPARE(authors.remoteHead(), first);

        // A cancelled prompt is the user's choice: the sync reports cancelled, asks nothing more.
        setAnswers({ QStringLiteral("<cancel>"), GitServers::httpPassword() });
        result = sync(authors.a);
        QCOMPARE(result.outcome, SyncResult::Outcome::Cancelled);
        QCOMPARE(result.error.code, SyncError::Code::Cancelled);
        QCOMPARE(prompts().size(), 1);

        setAnswers({ GitServers::httpPassword() });
        result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QCOMPARE(authors.remoteHead(), TwoAuthors::head(authors.a));
        const QString lost = missing(authors.a, { first, authors.remoteHead() }, TwoAuthors::storyX(),
            { "Over HTTP, second try.", "Over HTTP, refused." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void cancelledPromptIsNoErrorDialog()
    {
        QString why;
        if (!m_servers.startHttp(&why))
            QSKIP(qPrintable(QStringLiteral("lighttpd: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(pointAt(authors.a, m_servers.httpUrl(authors.remote)));
        QVERIFY(type(authors.a, "Typed in the window."));
        MainWindow window;
        window.openProject(authors.a);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *session = window.findChild<SyncSession *>();
        QVERIFY(session);
        QSignalSpy finished(session, &SyncSession::finished);
        setAnswers({ QStringLiteral("<cancel>") });
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_S,
            Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<SyncResult>().outcome, SyncResult::Outcome::Cancelled);
        QCOMPARE(prompts().size(), 1);
        QTest::qWait(200);
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            QVERIFY2(!box->isVisible(), qPrintable(box->text()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
            qPrintable(window.statusBar()->currentMessage()));
        const QString lost = missing(authors.a, {}, TwoAuthors::storyX(), { "Typed in the window." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        QVERIFY(TwoAuthors::isClean(authors.a));
    }

    void daemonClonesButRefusesPush()
    {
        QString why;
        if (!m_servers.startDaemon(&why))
            QSKIP(qPrintable(QStringLiteral("git daemon: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString url = m_servers.daemonUrl(authors.remote);
        const QString carol = authors.dir.filePath(QStringLiteral("carol"));
        QVERIFY(git(authors.dir.path(), { QStringLiteral("clone"), QStringLiteral("-q"), url, carol }).ok());
        QVERIFY(QFile::exists(TwoAuthors::path(carol, TwoAuthors::storyX())));

        QVERIFY(pointAt(authors.a, url));
        QVERIFY(type(authors.a, "Read-only server."));
        const QString before = authors.remoteHead();
        const SyncResult result = sync(authors.a);
        QCOMPARE(result.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(result.error.code == SyncError::Code::ReadOnlyRemote, qPrintable(result.error.fullText()));
        QVERIFY(result.committed);
        QCOMPARE(authors.remoteHead(), before);
        // Fetching works as ever.
        SyncOptions fetchOnly;
        fetchOnly.push = false;
        QCOMPARE(sync(authors.a, fetchOnly).outcome, SyncResult::Outcome::Synced);
        const QString lost = missing(authors.a, {}, TwoAuthors::storyX(), { "Read-only server." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        QVERIFY(TwoAuthors::isClean(authors.a));
    }

    // ---------------------------------------------------------------- faults

    void serverDiesMidPush()
    {
        ServerProcess proxy;
        TwoAuthors authors;
        const QString why = throughFault(proxy, QStringLiteral("drop"), authors, 20000);
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        // A long text, so the connection is cut while the pack is on its way.
        QVERIFY(type(authors.a, "Before the cut.\n" + longText() + "After the cut."));
        const QString before = authors.remoteHead();
        const SyncResult cut = sync(authors.a);
        QCOMPARE(cut.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(cut.error.code == SyncError::Code::Offline, qPrintable(cut.error.fullText()));
        QVERIFY(cut.committed);
        const QString mine = TwoAuthors::head(authors.a);
        // What the remote really has, and what the clone believes it has, agree: the push did not arrive.
        const QString really = lsRemote(authors.a, m_servers.daemonUrl(authors.remote, true));
        QCOMPARE(really, before);
        QCOMPARE(trackingHead(authors.a), really);

        // The server is back: the next sync finishes the job.
        QVERIFY(pointAt(authors.a, m_servers.daemonUrl(authors.remote, true)));
        const SyncResult again = sync(authors.a);
        QVERIFY2(again.outcome == SyncResult::Outcome::Synced, qPrintable(again.error.fullText()));
        QCOMPARE(authors.remoteHead(), mine);
        const QString lost
            = missing(authors.a, { mine }, TwoAuthors::storyX(), { "Before the cut.", "After the cut." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void serverStoresPushThenConnectionDies()
    {
        ServerProcess proxy;
        TwoAuthors authors;
        const QString why = throughFault(proxy, QStringLiteral("deaf"), authors, 2000);
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(type(authors.a, "Stored, unheard.\n" + longText() + "Stored to the end."));
        const QString before = authors.remoteHead();
        const SyncResult result = sync(authors.a);
        const QString mine = TwoAuthors::head(authors.a);
        // The remote took the pack and moved its branch; only its answer was lost.
        const QString really = lsRemote(authors.a, m_servers.daemonUrl(authors.remote, true));
        QVERIFY(really != before);
        QCOMPARE(really, mine);
        // The status agrees with the remote: nothing left to send, and the sync says why it counts as pushed.
        QCOMPARE(trackingHead(authors.a), really);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(result.pushed);
        QVERIFY2(result.notes.join(u'\n').contains(QStringLiteral("has your commits")),
            qPrintable(result.notes.join(u'\n')));
        const QString lost
            = missing(authors.a, { mine }, TwoAuthors::storyX(), { "Stored, unheard.", "Stored to the end." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void stalledOrAbsentServerIsOffline_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("stalls") << QStringLiteral("stall");
        QTest::newRow("nobody listens") << QStringLiteral("refused");
        QTest::newRow("no such host") << QStringLiteral("unresolvable");
    }

    void stalledOrAbsentServerIsOffline()
    {
        QFETCH(QString, fault);
        ServerProcess stall;
        TwoAuthors authors;
        const QString why = throughFault(stall, fault, authors);
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(type(authors.a, "Written offline."));
        SyncOptions options;
        options.networkTimeout = std::chrono::seconds(3);
        const SyncResult offline = sync(authors.a, options);
        QCOMPARE(offline.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(offline.error.code == SyncError::Code::Offline, qPrintable(offline.error.fullText()));
        QVERIFY(offline.committed);
        if (fault == u"stall")
            QVERIFY2(offline.error.message.contains(QStringLiteral("for 3 second")), qPrintable(offline.error.message));
        const QString mine = TwoAuthors::head(authors.a);

        // Back online: the commit goes out.
        QVERIFY(pointAt(authors.a, m_servers.daemonUrl(authors.remote, true)));
        const SyncResult online = sync(authors.a, options);
        QVERIFY2(online.outcome == SyncResult::Outcome::Synced, qPrintable(online.error.fullText()));
        QVERIFY(!online.committed);
        QCOMPARE(authors.remoteHead(), mine);
        const QString lost = missing(authors.a, { mine }, TwoAuthors::storyX(), { "Written offline." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void hookRefusalIsShownVerbatim()
    {
        QString why;
        if (!m_servers.startSsh(&why))
            QSKIP(qPrintable(QStringLiteral("sshd: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(useSsh(authors));
        const QString hook = QDir(authors.remote).filePath(QStringLiteral("hooks/pre-receive"));
        QVERIFY(writeFile(hook,
            "#!/bin/sh\nwhile read old new ref; do\n  if [ \"$ref\" = refs/heads/main ]; then\n"
            "    echo 'Pushes to main need a review: open a merge request.' >&2\n"
            "    echo 'Policy STORY-42 applies (ask #docs).' >&2\n    exit 1\n  fi\ndone\nexit 0\n"));
        QVERIFY(QFile::setPermissions(hook, QFile::permissions(hook) | QFileDevice::ExeOwner));
        QVERIFY(type(authors.a, "Refused by a hook."));
        const QString before = authors.remoteHead();
        const SyncResult refused = sync(authors.a);
        QCOMPARE(refused.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(refused.error.code == SyncError::Code::PushRefused, qPrintable(refused.error.fullText()));
        QVERIFY2(refused.error.message.contains(
                     QStringLiteral("Pushes to main need a review: open a merge request.\nPolicy STORY-42 applies "
                                    "(ask #docs).")),
            qPrintable(refused.error.message));
        QVERIFY(refused.error.message.contains(QStringLiteral("pre-receive hook declined")));
        QVERIFY(refused.committed);
        QCOMPARE(authors.remoteHead(), before);
        const QString mine = TwoAuthors::head(authors.a);

        // The offer: push to a new branch; the branch worked on stays as it was.
        SyncOptions toBranch;
        toBranch.pushBranch = QStringLiteral("alice/review");
        const SyncResult pushed = sync(authors.a, toBranch);
        QVERIFY2(pushed.outcome == SyncResult::Outcome::Synced, qPrintable(pushed.error.fullText()));
        QVERIFY(pushed.pushed);
        QCOMPARE(
            git(authors.remote, { QStringLiteral("rev-parse"), QStringLiteral("alice/review") }).out.trimmed(), mine);
        QCOMPARE(authors.remoteHead(), before);
        const QString lost = missing(authors.a, { mine }, TwoAuthors::storyX(), { "Refused by a hook." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void forcePushedRemoteIsMergedNotReset()
    {
        QString why;
        if (!m_servers.startSsh(&why))
            QSKIP(qPrintable(QStringLiteral("sshd: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(useSsh(authors));
        // Bob shares a change; Alice gets it, then types on.
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::storyY()), "Alan", "Alan (Bob's first take)"));
        QCOMPARE(sync(authors.b).outcome, SyncResult::Outcome::Synced);
        const QString bobsFirst = TwoAuthors::head(authors.b);
        QCOMPARE(sync(authors.a).outcome, SyncResult::Outcome::Synced);
        QVERIFY(type(authors.a, "Alice's line after Bob's first take."));
        // Bob rewrites the remote: his first take gone, another change in its place, force-pushed.
        QVERIFY(git(authors.b,
            { QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), QStringLiteral("HEAD~1") })
                .ok());
        QVERIFY(editFile(TwoAuthors::path(authors.b, TwoAuthors::goal()), "state: in-progress", "state: done"));
        QVERIFY(git(authors.b, { QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Rewritten") }).ok());
        QVERIFY(git(authors.b,
            { QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("--force"), QStringLiteral("origin"),
                QStringLiteral("main") })
                .ok());
        const QString rewritten = authors.remoteHead();

        const SyncResult result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(result.remoteRewritten);
        QVERIFY2(result.notes.join(u'\n').contains(QStringLiteral("force-push")), qPrintable(result.notes.join(u'\n')));
        QVERIFY(result.merged);
        QVERIFY(result.pushed);
        const QString mine = TwoAuthors::head(authors.a);
        QCOMPARE(authors.remoteHead(), mine);
        // Alice's commits, Bob's dropped one and Bob's new one: all in the history and in the files.
        QString lost = missing(authors.a, { bobsFirst, rewritten, mine }, TwoAuthors::storyX(),
            { "Alice's line after Bob's first take." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        lost = missing(authors.a, {}, TwoAuthors::storyY(), { "Alan (Bob's first take)" });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        QVERIFY(readFile(TwoAuthors::path(authors.a, TwoAuthors::goal())).contains("state: done"));
    }

    void unknownHostKeyIsNeverAcceptedSilently()
    {
        QString why;
        if (!m_servers.startSsh(&why))
            QSKIP(qPrintable(QStringLiteral("sshd: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        const QString knownHosts = authors.dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(writeFile(knownHosts, ""));
        qputenv("GIT_SSH_COMMAND", m_servers.sshCommand(m_servers.userKey(), knownHosts));
        QVERIFY(pointAt(authors.a, GitServers::sshUrl(authors.remote)));
        QVERIFY(type(authors.a, "First contact."));
        const QString before = authors.remoteHead();

        // The user sees the fingerprint and says no: nothing sent, nothing trusted, no error.
        setAnswers({ QStringLiteral("<reject>") });
        SyncResult result = sync(authors.a);
        QCOMPARE(result.outcome, SyncResult::Outcome::Cancelled);
        QStringList asked = prompts();
        QCOMPARE(asked.size(), 1);
        const QString fingerprint = m_servers.hostKeyFingerprint();
        QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY2(asked.first().contains(fingerprint), qPrintable(asked.first()));
        QVERIFY(readFile(knownHosts).isEmpty());
        QCOMPARE(authors.remoteHead(), before);

        // The user compares and connects.
        setAnswers({ QStringLiteral("<accept>") });
        result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QCOMPARE(prompts().size(), 1);
        QVERIFY(!readFile(knownHosts).isEmpty());
        const QString mine = TwoAuthors::head(authors.a);
        QCOMPARE(authors.remoteHead(), mine);

        // The server's key changes: a warning, no question, nothing sent.
        if (!m_servers.restartSshWithNewHostKey(&why))
            QSKIP(qPrintable(QStringLiteral("sshd: ") + why));
        QVERIFY(type(authors.a, "After the key changed."));
        setAnswers({ QStringLiteral("<accept>") });
        result = sync(authors.a);
        QCOMPARE(result.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(result.error.code == SyncError::Code::HostKeyChanged, qPrintable(result.error.fullText()));
        QVERIFY(result.error.message.startsWith(QStringLiteral("Warning")));
        QCOMPARE(prompts().size(), 0);
        QCOMPARE(authors.remoteHead(), mine);
        const QString lost
            = missing(authors.a, { mine }, TwoAuthors::storyX(), { "First contact.", "After the key changed." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        QVERIFY(TwoAuthors::isClean(authors.a));
    }

    void ownCertificateAuthority()
    {
        QString why;
        if (!m_servers.startHttps(&why))
            QSKIP(qPrintable(QStringLiteral("HTTPS: ") + why));
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        QVERIFY(pointAt(authors.a, m_servers.httpsUrl(authors.remote)));
        QVERIFY(type(authors.a, "Behind our own authority."));
        const QString before = authors.remoteHead();

        // Git not told about the authority: a clear stop before anything is sent, no password asked.
        setAnswers({ GitServers::httpPassword() });
        SyncResult result = sync(authors.a);
        QCOMPARE(result.outcome, SyncResult::Outcome::Failed);
        QVERIFY2(result.error.code == SyncError::Code::CertificateUntrusted, qPrintable(result.error.fullText()));
        QVERIFY2(result.error.message.contains(QStringLiteral("http.sslCAInfo")), qPrintable(result.error.message));
        QVERIFY(result.committed);
        QVERIFY(prompts().isEmpty());
        QCOMPARE(authors.remoteHead(), before);
        const QString mine = TwoAuthors::head(authors.a);

        // Told (`http.sslCAInfo`), Git trusts the server: the password once, and the commit goes out.
        QVERIFY(
            git(authors.a, { QStringLiteral("config"), QStringLiteral("http.sslCAInfo"), m_servers.caCertificate() })
                .ok());
        setAnswers({ GitServers::httpPassword() });
        result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(result.pushed);
        QCOMPARE(prompts().size(), 1);
        QCOMPARE(authors.remoteHead(), mine);
        const QString lost = missing(authors.a, { mine }, TwoAuthors::storyX(), { "Behind our own authority." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void twoInstancesTakeTurns()
    {
        TwoAuthors authors;
        QVERIFY(authors.setUp());
        // A remote that takes its time, so the second sync starts while the first one pushes.
        const QString hook = QDir(authors.remote).filePath(QStringLiteral("hooks/pre-receive"));
        QVERIFY(writeFile(hook, "#!/bin/sh\ncat >/dev/null\nsleep 2\nexit 0\n"));
        QVERIFY(QFile::setPermissions(hook, QFile::permissions(hook) | QFileDevice::ExeOwner));
        QVERIFY(type(authors.a, "Typed before both syncs."));
        QVERIFY(editFile(TwoAuthors::path(authors.a, TwoAuthors::storyY()), "Alan", "Alan (both syncs)"));

        QProcess first;
        QProcess second;
        for (QProcess *cli : { &first, &second }) {
            cli->setProcessChannelMode(QProcess::MergedChannels);
            cli->start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), { QStringLiteral("sync"), authors.a });
        }
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        const QByteArray firstSaid = first.readAll();
        const QByteArray secondSaid = second.readAll();
        const QByteArray said = firstSaid + "\n--\n" + secondSaid;
        QVERIFY2(first.exitCode() == 0 && second.exitCode() == 0, said.constData());
        QVERIFY2(firstSaid.contains("Synced") && secondSaid.contains("Synced"), said.constData());
        // One waited for the other, and said so; the work was committed once, by whichever went first.
        QVERIFY2(said.count("Waiting for another sync of this project") == 1, said.constData());
        QVERIFY2(said.count("Committed:") == 1, said.constData());

        const QString mine = TwoAuthors::head(authors.a);
        QCOMPARE(authors.remoteHead(), mine);
        QVERIFY(TwoAuthors::isClean(authors.a));
        QVERIFY(git(authors.a, { QStringLiteral("fsck"), QStringLiteral("--no-progress") }).ok());
        QString lost = missing(authors.a, { mine }, TwoAuthors::storyX(), { "Typed before both syncs." });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        lost = missing(authors.a, {}, TwoAuthors::storyY(), { "Alan (both syncs)" });
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }

    void fullDiskLosesNothing()
    {
        // The test's own mount namespace: as root (./dev's root) a private one; otherwise a user namespace too.
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("full disk: unshare not found (package util-linux)");
        const QList<QStringList> ways {
            { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private") },
            { QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                QStringLiteral("--propagation"), QStringLiteral("private") },
            // Inside a chroot whose root is no mount point "private" fails; the child refuses shared mounts.
            { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("unchanged") },
        };
        QStringList way;
        for (const QStringList &candidate : ways) {
            if (runTool(unshare, candidate + QStringList { QStringLiteral("true") })) {
                way = candidate;
                break;
            }
        }
        if (way.isEmpty())
            QSKIP("full disk: no mount namespace of our own (unshare --mount is not permitted here)");
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("STORYLOOM_TEST_DISKFULL"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.start(unshare, way + QStringList { QCoreApplication::applicationFilePath() });
        QVERIFY(child.waitForFinished(240000));
        const QByteArray said = child.readAll();
        if (child.exitCode() == DiskFullChild::cannotMount)
            QSKIP(qPrintable(QStringLiteral("full disk: ") + QString::fromUtf8(said.trimmed().split('\n').last())));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, said.constData());
        QVERIFY2(
            said.contains("fullGitFolderDuringCommit") && said.contains("fullWorkTreeDuringMerge"), said.constData());
    }

    // ---------------------------------------------------------------- secrets

    void noSecretIsWrittenAnywhere()
    {
        QString why;
        if (!m_servers.startHttp(&why) || !m_servers.startSsh(&why))
            QSKIP(qPrintable(why));
        const QString token = GitServers::httpToken();
        // Git's own credential helper keeps what the user approved, outside everything Storyloom owns.
        const QString keyring = m_servers.dir.filePath(QStringLiteral("keyring/credentials"));
        QVERIFY(QDir().mkpath(QFileInfo(keyring).absolutePath()));
        QVERIFY(writeFile(m_globalConfig, "[credential]\n\thelper = store --file=" + keyring.toUtf8() + "\n"));
        TwoAuthors authors;
        QVERIFY(authors.setUp());

        // A password typed into the dialog, wrong first.
        QVERIFY(pointAt(authors.a, m_servers.httpUrl(authors.remote)));
        setAnswers({ QStringLiteral("x") + GitServers::httpPassword(), GitServers::httpPassword() });
        QVERIFY(type(authors.a, "Secret test: password."));
        SyncResult result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));

        // A token typed into the remote's address: it goes to the credential helper, the address is shown masked.
        RemoteSetup setup(authors.a);
        const RemoteResult remote = setup.run(m_servers.httpUrl(authors.remote, GitServers::httpTokenUser(), token));
        QVERIFY2(!remote.error.isError(),
            qPrintable(remote.error.fullText() + u'\n'
                + QString::fromUtf8(readFile(keyring)).replace(token, QStringLiteral("TOKEN"))));
        QVERIFY(remote.credentialStored);
        QVERIFY(!remote.address.contains(token));
        QVERIFY(readFile(keyring).contains(token.toUtf8()));
        QVERIFY(type(authors.a, "Secret test: token."));
        setAnswers({});
        result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(prompts().isEmpty());
        // A wrong address with the token in it: the error shows it masked. (Another user: RemoteSetup drops the
        // credential of an address that fails, and the helper's entries are per host and user.)
        const RemoteResult wrong = RemoteSetup(authors.a).run(
            m_servers.httpUrl(authors.remote + QStringLiteral(".missing"), QStringLiteral("carol"), token));
        QVERIFY(wrong.error.isError());
        QVERIFY(!wrong.error.fullText().contains(token));

        // A passphrase typed into the dialog.
        QVERIFY(useSsh(authors, m_servers.passphraseKey()));
        setAnswers({ GitServers::keyPassphrase() });
        QVERIFY(type(authors.a, "Secret test: passphrase."));
        result = sync(authors.a);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QCOMPARE(prompts().size(), 1);

        // storyloom-cli over HTTP with the stored token, then refused: everything it prints is kept.
        QVERIFY(pointAt(authors.a, m_servers.httpUrl(authors.remote, GitServers::httpTokenUser())));
        QVERIFY(type(authors.a, "Secret test: command line."));
        QProcess cli;
        cli.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), { QStringLiteral("sync"), authors.a });
        QVERIFY(cli.waitForFinished(60000));
        m_cliOutput = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, m_cliOutput.constData());
        QVERIFY(pointAt(
            authors.a, m_servers.httpUrl(authors.remote + QStringLiteral(".gone"), GitServers::httpTokenUser())));
        QVERIFY(type(authors.a, "Secret test: refused."));
        cli.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), { QStringLiteral("sync"), authors.a });
        QVERIFY(cli.waitForFinished(60000));
        m_cliOutput += cli.readAllStandardOutput() + cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 1);

        // Everything Storyloom wrote: the content folder with its .git, its cache, data and config folders
        // (journals included), its log and the command line's output.
        QByteArray everything;
        QStringList files;
        for (const QString &root : { authors.a, stateDir().path() }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files.append(it.next());
                everything += readFile(files.last());
            }
        }
        QVERIFY(files.size() > 20);
        // Git compresses what it stores: every object of the repository, as Git reads it back.
        const GitOutput objects = git(authors.a,
            { QStringLiteral("cat-file"), QStringLiteral("--batch-all-objects"), QStringLiteral("--batch") });
        QVERIFY(objects.ok());
        QVERIFY(objects.out.contains(QStringLiteral("Secret test: command line.")));
        everything += objects.out.toUtf8();
        {
            const QMutexLocker lock(&logMutex);
            everything += logText;
        }
        everything += m_cliOutput;
        QVERIFY(m_cliOutput.contains("Synced"));
        for (const QString &secret : { GitServers::httpPassword(), token, GitServers::keyPassphrase() }) {
            for (const QByteArray &form :
                { secret.toUtf8(), QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
                    QUrl::toPercentEncoding(secret) }) {
                QVERIFY2(!everything.contains(form), qPrintable(QStringLiteral("found a secret: ") + secret));
            }
        }
        // The search would have found them: the helper's own store holds the token.
        QVERIFY(readFile(keyring).contains(token.toUtf8()));
        QVERIFY(writeFile(m_globalConfig, "[credential]\n\thelper =\n"));
    }
};

int main(int argc, char *argv[])
{
    if (qgetenv("STORYLOOM_ASKPASS") == "1") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        const QString prompt = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
        const QString answer = takeAnswer(prompt);
        QTimer::singleShot(0, [answer] { answerWhenShown(answer); });
        return runAskPassIfRequested(argc, argv).value_or(2);
    }
    if (qgetenv("STORYLOOM_TEST_DISKFULL") == "1") {
        QCoreApplication app(argc, argv);
        GitRepository::setAskPassProgram({});
        DiskFullChild child;
        const int failed = QTest::qExec(&child, { QString::fromLocal8Bit(argv[0]) });
        if (failed == 0 && !DiskFullChild::s_cannotMount.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(DiskFullChild::s_cannotMount));
            return DiskFullChild::cannotMount;
        }
        return failed;
    }
    // Storyloom's own folders for this run, so the secrets test can search all of them.
    const QDir state(stateDir().path());
    qputenv("XDG_CACHE_HOME", state.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", state.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", state.filePath(QStringLiteral("config")).toUtf8());
    QLoggingCategory::setFilterRules(QStringLiteral("storyloom.*=true"));
    previousHandler = qInstallMessageHandler(keepLog);
    QApplication app(argc, argv);
    TestSyncServers test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_syncservers.moc"
