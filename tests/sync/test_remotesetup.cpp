// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync > Remote… and a first sync against it, with real git: bare repositories on disk, a plain
// HTTP server for the address that carries a token, and Git's own `store` credential helper.
#include "gitfixture.h"

#include "core/sync/remotesetup.h"
#include "core/sync/remoteurl.h"
#include "core/sync/syncsession.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/** A repository with one committed file, as Start Versioning leaves a project. */
bool makeProject(const QString &dir, const QString &file)
{
    return writeFile(QDir(dir).filePath(file), "# " + file.toUtf8() + "\n")
        && git(dir, { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main") }).ok()
        && configureAuthor(dir, QStringLiteral("Ana")) && git(dir, { QStringLiteral("add"), QStringLiteral("-A") }).ok()
        && git(dir, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start") })
               .ok();
}

/** A bare repository holding the history of a separate project with `file`. */
bool makeRemote(const QString &root, const QString &name, const QString &file)
{
    const QString work = QDir(root).filePath(name + QStringLiteral("-work"));
    const QString bare = QDir(root).filePath(name);
    return makeProject(work, file)
        && git(root,
            { QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                QStringLiteral("main"), bare })
               .ok()
        && git(work, { QStringLiteral("push"), QStringLiteral("-q"), bare, QStringLiteral("main") }).ok();
}

QString originUrl(const QString &dir)
{
    return git(dir, { QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin") }).out.trimmed();
}

} // namespace

class TestRemoteSetup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        if (QProcess::execute(QStringLiteral("git"), { QStringLiteral("--version") }) != 0)
            QSKIP("git is not installed");
        // Only the repositories' own configuration: no credential helper of the machine may take the secret.
        QVERIFY(writeFile(m_home.filePath(QStringLiteral("gitconfig")), "[safe]\n\tdirectory = *\n"));
        qputenv("GIT_CONFIG_GLOBAL", m_home.filePath(QStringLiteral("gitconfig")).toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("no_proxy", "127.0.0.1");
        qunsetenv("http_proxy");
    }

    void masksSecretsInText()
    {
        QCOMPARE(RemoteUrl::masked(QStringLiteral("fatal: unable to access 'https://ana:ghp_x@y@host:8443/v.git/'")),
            QStringLiteral("fatal: unable to access 'https://ana:***@host:8443/v.git/'"));
        QCOMPARE(RemoteUrl::masked(QStringLiteral("git@github.com:team/vision.git")),
            QStringLiteral("git@github.com:team/vision.git"));
        const RemoteUrl url = RemoteUrl::parse(QStringLiteral(" https://ana:s%40cret@example.org:8443/team/v.git "));
        QCOMPARE(url.address(), QStringLiteral("https://ana@example.org:8443/team/v.git"));
        QVERIFY(url.hasCredential());
        QCOMPARE(url.credentialInput(),
            QByteArray("protocol=https\nhost=example.org:8443\npath=team/v.git\nusername=ana\npassword=s@cret\n\n"));
        QVERIFY(!RemoteUrl::parse(QStringLiteral("git@github.com:team/vision.git")).hasCredential());
    }

    void addsAndChangesOrigin()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        QVERIFY(makeProject(project, QStringLiteral("a.md")));
        QVERIFY(makeRemote(dir.path(), QStringLiteral("one.git"), QStringLiteral("b.md")));
        QVERIFY(makeRemote(dir.path(), QStringLiteral("two.git"), QStringLiteral("c.md")));
        RemoteSetup setup(project);
        QCOMPARE(setup.currentAddress(), QString());
        const QString one = dir.filePath(QStringLiteral("one.git"));
        RemoteResult result = setup.run(one);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.fullText()));
        QCOMPARE(originUrl(project), one);
        QCOMPARE(setup.currentAddress(), one);
        const QString two = dir.filePath(QStringLiteral("two.git"));
        result = setup.run(two);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.fullText()));
        QCOMPARE(originUrl(project), two);
    }

    void badAddressSaysSoAndKeepsTheRemote()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        QVERIFY(makeProject(project, QStringLiteral("a.md")));
        QVERIFY(makeRemote(dir.path(), QStringLiteral("one.git"), QStringLiteral("b.md")));
        RemoteSetup setup(project);
        QVERIFY(!setup.run(dir.filePath(QStringLiteral("one.git"))).error.isError());
        const QString missing = dir.filePath(QStringLiteral("missing.git"));
        const RemoteResult result = setup.run(missing);
        QCOMPARE(result.error.code, SyncError::Code::Offline);
        QVERIFY2(result.error.message.startsWith(QStringLiteral("No Git repository could be reached at ") + missing),
            qPrintable(result.error.message));
        QCOMPARE(originUrl(project), dir.filePath(QStringLiteral("one.git")));
        // Not an address at all.
        QCOMPARE(setup.run(QStringLiteral("--upload-pack=touch")).error.code, SyncError::Code::Other);
        QCOMPARE(originUrl(project), dir.filePath(QStringLiteral("one.git")));
    }

    void credentialGoesToTheHelperNotTheConfig()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is needed for the HTTP server");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        QVERIFY(makeProject(project, QStringLiteral("a.md")));
        QVERIFY(makeRemote(dir.path(), QStringLiteral("served.git"), QStringLiteral("b.md")));
        // Git's "dumb" HTTP protocol: plain files, which any static server gives.
        QVERIFY(git(dir.filePath(QStringLiteral("served.git")), { QStringLiteral("update-server-info") }).ok());
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(python,
            { QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("0"),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), dir.path() });
        QVERIFY(server.waitForStarted());
        QByteArray banner;
        static const QRegularExpression portPattern(QStringLiteral("port (\\d+)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += server.readAll(), portPattern.match(QString::fromUtf8(banner)).hasMatch()), 20000);
        const QString port = portPattern.match(QString::fromUtf8(banner)).captured(1);

        const QString store = dir.filePath(QStringLiteral("credentials"));
        QVERIFY(git(project,
            { QStringLiteral("config"), QStringLiteral("credential.helper"), QStringLiteral("store --file=") + store })
                .ok());
        const QString address = QStringLiteral("http://ana@127.0.0.1:%1/served.git").arg(port);
        const QString typed = QStringLiteral("http://ana:tok3n-s3cret@127.0.0.1:%1/served.git").arg(port);
        const RemoteResult result = RemoteSetup(project).run(typed);
        server.kill();
        server.waitForFinished();
        QVERIFY2(!result.error.isError(), qPrintable(result.error.fullText()));
        QVERIFY(result.credentialStored);
        QCOMPARE(result.address, address);
        QCOMPARE(originUrl(project), address);
        QVERIFY(readFile(store).contains("tok3n-s3cret"));
        QVERIFY(readFile(store).contains("ana"));
        QVERIFY(!readFile(QDir(project).filePath(QStringLiteral(".git/config"))).contains("tok3n-s3cret"));
    }

    void credentialIsDroppedWhenTheAddressFails()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        QVERIFY(makeProject(project, QStringLiteral("a.md")));
        const QString store = dir.filePath(QStringLiteral("credentials"));
        QVERIFY(git(project,
            { QStringLiteral("config"), QStringLiteral("credential.helper"), QStringLiteral("store --file=") + store })
                .ok());
        // A closed port: nothing answers.
        const RemoteResult result = RemoteSetup(project).run(QStringLiteral("http://ana:tok3n@127.0.0.1:9/none.git"));
        QCOMPARE(result.error.code, SyncError::Code::Offline);
        QVERIFY(!result.error.fullText().contains(QStringLiteral("tok3n")));
        QVERIFY(!readFile(store).contains("tok3n"));
        QCOMPARE(originUrl(project), QString());
    }

    void unrelatedHistoriesAreMergedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        QVERIFY(makeProject(project, QStringLiteral("mine.md")));
        QVERIFY(makeRemote(dir.path(), QStringLiteral("theirs.git"), QStringLiteral("theirs.md")));
        const QString remote = dir.filePath(QStringLiteral("theirs.git"));
        QVERIFY(!RemoteSetup(project).run(remote).error.isError());
        const QString before = TwoAuthors::head(project);

        SyncSession session(project);
        SyncResult result = session.run({});
        QCOMPARE(result.outcome, SyncResult::Outcome::Failed);
        QCOMPARE(result.error.code, SyncError::Code::UnrelatedHistories);
        QCOMPARE(TwoAuthors::head(project), before);
        QVERIFY(QFile::exists(QDir(project).filePath(QStringLiteral("mine.md"))));
        QVERIFY(!QFile::exists(QDir(project).filePath(QStringLiteral("theirs.md"))));

        SyncOptions options;
        options.mergeUnrelatedHistories = true;
        result = session.run(options);
        QVERIFY2(result.outcome == SyncResult::Outcome::Synced, qPrintable(result.error.fullText()));
        QVERIFY(result.merged && result.pushed);
        QVERIFY(QFile::exists(QDir(project).filePath(QStringLiteral("mine.md"))));
        QVERIFY(QFile::exists(QDir(project).filePath(QStringLiteral("theirs.md"))));
        // The remote holds both sides too.
        const QString files
            = git(remote, { QStringLiteral("ls-tree"), QStringLiteral("--name-only"), QStringLiteral("main") }).out;
        QVERIFY(files.contains(QStringLiteral("mine.md")) && files.contains(QStringLiteral("theirs.md")));
    }
};

QTEST_GUILESS_MAIN(TestRemoteSetup)
#include "test_remotesetup.moc"
