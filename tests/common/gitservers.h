// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Real Git servers for the sync tests, started and stopped by the test on 127.0.0.1 only: sshd from
// openssh-server with throwaway host and user keys, `git http-backend` behind lighttpd with HTTP Basic
// authentication, `git daemon`, and tests/common/netfault.py for a server that stalls or drops the
// connection. Every start waits a bounded time for the port; a server that cannot start says why in one line.
// Shared by the sync tests (tests/sync/test_syncservers.cpp) and the sync benchmarks
// (tests/bench/bench_gitservers.cpp).
#pragma once

#include "gitfixture.h"

#include <QDir>
#include <QFile>

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace storyloom::test {

/** How long a server may take to accept connections before the test gives up on it. */
inline constexpr int serverStartMs = 15000;

/** A TCP port of 127.0.0.1 nobody listens on (bound and released again; the server started next takes it). */
inline quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

/** True once 127.0.0.1:`port` accepts a connection, false after `timeoutMs`. */
inline bool waitForPort(quint16 port, int timeoutMs, const QProcess *server = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (server && server->state() == QProcess::NotRunning)
            return false;
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(port);
        const bool connected = fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
        if (fd >= 0)
            ::close(fd);
        if (connected)
            return true;
        QThread::msleep(50);
    }
    return false;
}

/** Runs a program to its end with a bounded wait; true on exit code 0. */
inline bool runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(30000);
    if (output)
        *output = QString::fromUtf8(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/** One server process: started with a bounded wait for its port, stopped (TERM, then KILL) when done. */
class ServerProcess
{
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;
    ~ServerProcess() { stop(); }

    /**
     * Starts `program`, its output going to `log` (a server that logs every connection would fill a pipe nobody
     * reads), and waits until `port` accepts connections; on failure `why()` says what went wrong.
     */
    bool start(const QString &program, const QStringList &arguments, quint16 port, const QString &log)
    {
        stop();
        m_why.clear();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(log, QIODevice::Append);
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(serverStartMs)) {
            m_why = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
            return false;
        }
        if (!waitForPort(port, serverStartMs, &m_process)) {
            m_process.waitForFinished(200);
            m_why = QStringLiteral("%1 did not listen on 127.0.0.1:%2: %3")
                        .arg(program)
                        .arg(port)
                        .arg(QString::fromUtf8(readFile(log).right(300)).simplified());
            stop();
            return false;
        }
        return true;
    }

    /** Reads the first line the program prints (netfault.py prints its port), with a bounded wait. */
    QByteArray firstLine()
    {
        QElapsedTimer timer;
        timer.start();
        m_process.waitForStarted(serverStartMs);
        while (!m_process.canReadLine() && timer.elapsed() < serverStartMs && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(100);
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }

    QProcess &process() { return m_process; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    [[nodiscard]] const QString &why() const { return m_why; }

private:
    QProcess m_process;
    QString m_why;
};

/**
 * The servers of one test program, each started on first use. Repositories are
 * addressed by their absolute path on every server, so a test serves the bare
 * remote of its own TwoAuthors fixture.
 */
class GitServers
{
public:
    /** The password of the HTTP user `ana`, and the passphrase of the second SSH key. */
    static QString httpUser() { return QStringLiteral("ana"); }
    static QString httpPassword() { return QStringLiteral("s3cret-Pw-7Qx"); }
    static QString keyPassphrase() { return QStringLiteral("phrase-4Kx-loom"); }
    /** A second HTTP user, `bot`, whose password is an access token. */
    static QString httpTokenUser() { return QStringLiteral("bot"); }
    static QString httpToken() { return QStringLiteral("tok-9f8e7d6c5b4a3928"); }

    QTemporaryDir dir;

    // ---------------------------------------------------------------- sshd

    /** sshd with a new host key, accepting the user key and the passphrase key; `why` says why it could not. */
    bool startSsh(QString *why)
    {
        if (m_sshd.isRunning())
            return true;
        const QString sshd = sbinProgram(QStringLiteral("sshd"));
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (sshd.isEmpty() || keygen.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
            return fail(why, QStringLiteral("sshd, ssh or ssh-keygen not found (package openssh-server)"));
        const QString ssh = path(QStringLiteral("ssh"));
        QDir().mkpath(ssh);
        if (!QFile::exists(userKey())
            && (!runTool(keygen,
                    { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                        QString(), QStringLiteral("-C"), QStringLiteral("user"), QStringLiteral("-f"), userKey() })
                || !runTool(keygen,
                    { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                        keyPassphrase(), QStringLiteral("-C"), QStringLiteral("user2"), QStringLiteral("-f"),
                        passphraseKey() })))
            return fail(why, QStringLiteral("ssh-keygen could not make the user keys"));
        if (!QFile::exists(hostKey()) && !newHostKey())
            return fail(why, QStringLiteral("ssh-keygen could not make a host key"));
        if (!writeFile(path(QStringLiteral("ssh/authorized_keys")),
                readFile(userKey() + QStringLiteral(".pub")) + readFile(passphraseKey() + QStringLiteral(".pub"))))
            return fail(why, QStringLiteral("could not write authorized_keys"));
        if (m_sshPort == 0)
            m_sshPort = freeLoopbackPort();
        const QByteArray config = "ListenAddress 127.0.0.1:" + QByteArray::number(m_sshPort) + "\nHostKey "
            + hostKey().toUtf8() + "\nAuthorizedKeysFile " + path(QStringLiteral("ssh/authorized_keys")).toUtf8()
            + "\nPidFile " + path(QStringLiteral("ssh/sshd.pid")).toUtf8()
            + "\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
              "PermitRootLogin prohibit-password\nLogLevel VERBOSE\n";
        if (!writeFile(path(QStringLiteral("ssh/sshd_config")), config))
            return fail(why, QStringLiteral("could not write sshd_config"));
        if (!m_sshd.start(sshd,
                { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                    path(QStringLiteral("ssh/sshd_config")) },
                m_sshPort, path(QStringLiteral("ssh/sshd.log"))))
            return fail(why, m_sshd.why());
        return true;
    }

    /** Restarts sshd on its port with a new host key: to a client that knew the old one, the server changed. */
    bool restartSshWithNewHostKey(QString *why)
    {
        m_sshd.stop();
        if (!newHostKey())
            return fail(why, QStringLiteral("ssh-keygen could not make a host key"));
        return startSsh(why);
    }

    void stopSsh() { m_sshd.stop(); }

    [[nodiscard]] QString userKey() const { return path(QStringLiteral("ssh/user_key")); }
    [[nodiscard]] QString passphraseKey() const { return path(QStringLiteral("ssh/user_key_phrase")); }
    [[nodiscard]] QString hostKey() const { return path(QStringLiteral("ssh/host_key")); }
    [[nodiscard]] quint16 sshPort() const { return m_sshPort; }

    /** The known_hosts line that trusts the current host key. */
    [[nodiscard]] QByteArray knownHostsLine() const
    {
        const QList<QByteArray> parts = readFile(hostKey() + QStringLiteral(".pub")).trimmed().split(' ');
        return "[127.0.0.1]:" + QByteArray::number(m_sshPort) + ' ' + parts.value(0) + ' ' + parts.value(1) + '\n';
    }
    /** The host key's fingerprint as ssh shows it (`SHA256:...`). */
    [[nodiscard]] QString hostKeyFingerprint() const
    {
        QString output;
        runTool(QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")),
            { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                hostKey() + QStringLiteral(".pub") },
            &output);
        return output.section(QLatin1Char(' '), 1, 1);
    }
    /** The command git runs for ssh: this server's port, `key`, `knownHosts`, and no configuration of the user's. */
    [[nodiscard]] QByteArray sshCommand(const QString &key, const QString &knownHosts) const
    {
        return "ssh -F none -p " + QByteArray::number(m_sshPort) + " -i " + key.toUtf8()
            + " -o IdentitiesOnly=yes -o IdentityAgent=none -o GlobalKnownHostsFile=/dev/null -o UserKnownHostsFile="
            + knownHosts.toUtf8();
    }
    [[nodiscard]] static QString sshUrl(const QString &repository)
    {
        return QStringLiteral("ssh://%1@127.0.0.1%2").arg(userName(), repository);
    }

    // ---------------------------------------------------------------- smart HTTP

    /** lighttpd running `git http-backend` for every repository, behind Basic authentication of `ana`. */
    bool startHttp(QString *why) { return startLighttpd(Transport::Http, why); }

    void stopHttp() { m_lighttpd.stop(); }

    /**
     * The same over HTTPS, with a server certificate for 127.0.0.1 signed by a certificate authority the test
     * makes (caCertificate()): Git trusts it only when told to (`http.sslCAInfo`).
     */
    bool startHttps(QString *why)
    {
        if (m_tlsServer.isRunning())
            return true;
        if (!QFile::exists(QStringLiteral("/usr/lib/lighttpd/mod_openssl.so")))
            return fail(why, QStringLiteral("lighttpd's TLS module not found (package lighttpd-mod-openssl)"));
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return fail(why, QStringLiteral("openssl not found (package openssl)"));
        QDir().mkpath(path(QStringLiteral("tls")));
        const QString key = path(QStringLiteral("tls/server.key"));
        const QString request = path(QStringLiteral("tls/server.csr"));
        const QString extensions = path(QStringLiteral("tls/server.ext"));
        QString output;
        if (!QFile::exists(caCertificate())
            && (!runTool(openssl,
                    { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), path(QStringLiteral("tls/ca.key")), QStringLiteral("-out"),
                        caCertificate(), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Storyloom test authority") },
                    &output)
                || !runTool(openssl,
                    { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), key, QStringLiteral("-out"), request, QStringLiteral("-subj"),
                        QStringLiteral("/CN=127.0.0.1") },
                    &output)
                || !writeFile(extensions, "subjectAltName = IP:127.0.0.1\n")
                || !runTool(openssl,
                    { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                        QStringLiteral("-CA"), caCertificate(), QStringLiteral("-CAkey"),
                        path(QStringLiteral("tls/ca.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                        path(QStringLiteral("tls/server.crt")), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-extfile"), extensions },
                    &output)))
            return fail(why, QStringLiteral("openssl could not make the certificates: ") + output);
        return startLighttpd(Transport::Https, why);
    }

    /** The test's own certificate authority, which signed the HTTPS server's certificate. */
    [[nodiscard]] QString caCertificate() const { return path(QStringLiteral("tls/ca.crt")); }

    /** `https://USER@127.0.0.1:PORT/git/<repository>`. */
    [[nodiscard]] QString httpsUrl(const QString &repository) const
    {
        return QStringLiteral("https://%1@127.0.0.1:%2/git%3").arg(httpUser()).arg(m_tlsPort).arg(repository);
    }

    /** `http://USER@127.0.0.1:PORT/git/<repository>`: the password comes from the prompt or a credential helper,
     * or is `credential`, typed into the address. */
    [[nodiscard]] QString httpUrl(
        const QString &repository, const QString &user = httpUser(), const QString &credential = QString()) const
    {
        return QStringLiteral("http://%1%2@127.0.0.1:%3/git%4")
            .arg(user, credential.isEmpty() ? QString() : u':' + credential)
            .arg(m_httpPort)
            .arg(repository);
    }

    // ---------------------------------------------------------------- git daemon

    /** `git daemon` exporting every repository; read-only unless `receivePack`. */
    bool startDaemon(QString *why, bool receivePack = false)
    {
        ServerProcess &daemon = receivePack ? m_writableDaemon : m_daemon;
        quint16 &port = receivePack ? m_writablePort : m_daemonPort;
        if (daemon.isRunning())
            return true;
        if (port == 0)
            port = freeLoopbackPort();
        QStringList arguments { QStringLiteral("daemon"), QStringLiteral("--listen=127.0.0.1"),
            QStringLiteral("--port=%1").arg(port), QStringLiteral("--export-all"), QStringLiteral("--reuseaddr"),
            QStringLiteral("--informative-errors") };
        if (receivePack)
            arguments << QStringLiteral("--enable=receive-pack");
        if (!daemon.start(QStandardPaths::findExecutable(QStringLiteral("git")), arguments, port,
                path(receivePack ? QStringLiteral("daemon-writable.log") : QStringLiteral("daemon.log"))))
            return fail(why, daemon.why());
        return true;
    }
    [[nodiscard]] quint16 writableDaemonPort() const { return m_writablePort; }
    [[nodiscard]] QString daemonUrl(const QString &repository, bool receivePack = false) const
    {
        return QStringLiteral("git://127.0.0.1:%1%2").arg(receivePack ? m_writablePort : m_daemonPort).arg(repository);
    }

    // ---------------------------------------------------------------- faults

    /**
     * netfault.py in `mode` (`stall`: accepts and never answers; `drop`: forwards to `target` and cuts both
     * sides after `bytes` from the client). The port it listens on, 0 (with `why`) when it cannot start.
     */
    quint16 startFault(ServerProcess &server, const QString &mode, QString *why, quint16 target = 0, int bytes = 0)
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty()) {
            fail(why, QStringLiteral("python3 not found"));
            return 0;
        }
        server.process().start(python,
            { QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/common/netfault.py"), mode, QString::number(target),
                QString::number(bytes) });
        const quint16 port = server.firstLine().toUShort();
        if (port == 0 || !waitForPort(port, serverStartMs, &server.process())) {
            fail(why, QStringLiteral("netfault.py did not start: ") + server.process().errorString());
            return 0;
        }
        return port;
    }

    /** The user the tests run as: sshd lets this user in with the test's keys. */
    [[nodiscard]] static QString userName()
    {
        const passwd *entry = ::getpwuid(::getuid());
        return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
    }

private:
    enum class Transport { Http, Https };

    bool startLighttpd(Transport transport, QString *why)
    {
        const bool tls = transport == Transport::Https;
        ServerProcess &server = tls ? m_tlsServer : m_lighttpd;
        quint16 &port = tls ? m_tlsPort : m_httpPort;
        if (server.isRunning())
            return true;
        const QString lighttpd = sbinProgram(QStringLiteral("lighttpd"));
        if (lighttpd.isEmpty())
            return fail(why, QStringLiteral("lighttpd not found (package lighttpd)"));
        const QString backend = gitExecPath() + QStringLiteral("/git-http-backend");
        if (!QFile::exists(backend))
            return fail(why, QStringLiteral("git http-backend not found in %1").arg(gitExecPath()));
        const QString name = tls ? QStringLiteral("https") : QStringLiteral("http");
        QDir().mkpath(path(name + QStringLiteral("/docroot")));
        if (!writeFile(path(name + QStringLiteral("/users")),
                (httpUser() + u':' + httpPassword() + u'\n' + httpTokenUser() + u':' + httpToken() + u'\n').toUtf8()))
            return fail(why, QStringLiteral("could not write the user file"));
        if (port == 0)
            port = freeLoopbackPort();
        QByteArray config = "server.document-root = \"" + path(name + QStringLiteral("/docroot")).toUtf8()
            + "\"\nserver.bind = \"127.0.0.1\"\nserver.port = " + QByteArray::number(port) + "\nserver.errorlog = \""
            + path(name + QStringLiteral("/error.log")).toUtf8()
            + "\"\nserver.modules = ( \"mod_auth\", \"mod_authn_file\", \"mod_cgi\", \"mod_alias\", \"mod_setenv\""
            + (tls ? ", \"mod_openssl\"" : "") + " )\nalias.url = ( \"/git\" => \"" + backend.toUtf8()
            + "\" )\n$HTTP[\"url\"] =~ \"^/git\" {\n  cgi.assign = ( \"\" => \"\" )\n"
              "  setenv.add-environment = ( \"GIT_PROJECT_ROOT\" => \"/\", \"GIT_HTTP_EXPORT_ALL\" => \"\" )\n}\n"
              "auth.backend = \"plain\"\nauth.backend.plain.userfile = \""
            + path(name + QStringLiteral("/users")).toUtf8()
            + "\"\nauth.require = ( \"/git\" => ( \"method\" => \"basic\", \"realm\" => \"git\", \"require\" => "
              "\"valid-user\" ) )\n";
        if (tls)
            config += "ssl.engine = \"enable\"\nssl.pemfile = \"" + path(QStringLiteral("tls/server.crt")).toUtf8()
                + "\"\nssl.privkey = \"" + path(QStringLiteral("tls/server.key")).toUtf8() + "\"\n";
        if (!writeFile(path(name + QStringLiteral("/lighttpd.conf")), config))
            return fail(why, QStringLiteral("could not write lighttpd.conf"));
        if (!server.start(lighttpd,
                { QStringLiteral("-D"), QStringLiteral("-f"), path(name + QStringLiteral("/lighttpd.conf")) }, port,
                path(name + QStringLiteral("/lighttpd.log"))))
            return fail(why, server.why());
        return true;
    }

    [[nodiscard]] QString path(const QString &relative) const { return dir.filePath(relative); }

    static bool fail(QString *why, const QString &reason)
    {
        if (why)
            *why = reason;
        return false;
    }

    static QString sbinProgram(const QString &name)
    {
        const QString found = QStandardPaths::findExecutable(name);
        return found.isEmpty()
            ? QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin") })
            : found;
    }

    static QString gitExecPath()
    {
        QString path;
        runTool(QStandardPaths::findExecutable(QStringLiteral("git")), { QStringLiteral("--exec-path") }, &path);
        return path;
    }

    bool newHostKey()
    {
        QFile::remove(hostKey());
        QFile::remove(hostKey() + QStringLiteral(".pub"));
        return runTool(QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                QStringLiteral("-C"), QStringLiteral("host"), QStringLiteral("-f"), hostKey() });
    }

    ServerProcess m_sshd;
    ServerProcess m_lighttpd;
    ServerProcess m_tlsServer;
    ServerProcess m_daemon;
    ServerProcess m_writableDaemon;
    quint16 m_sshPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_tlsPort = 0;
    quint16 m_daemonPort = 0;
    quint16 m_writablePort = 0;
};

} // namespace storyloom::test
