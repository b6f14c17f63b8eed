// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Git servers of the sync tests (tests/common/gitservers.h) for the sync benchmarks of
// tests/bench/benchmarks.py: sshd and lighttpd with `git http-backend`, on 127.0.0.1 only.
//
//     bench_gitservers
//
// Prints one JSON line ({"ssh_command", "ssh_prefix", "http_prefix"}, or {"error"}), then reads commands
// from its standard input, one a line: `stop ssh`, `start ssh`, `stop http`, `start http`; it answers each
// with `ok` or `failed: WHY` and stops its servers at the end of its input.
#include "gitservers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

using namespace storyloom::test;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    GitServers servers;
    QString why;
    if (!servers.dir.isValid() || !servers.startSsh(&why) || !servers.startHttp(&why)) {
        say(QJsonDocument(QJsonObject { { QStringLiteral("error"), why } }).toJson(QJsonDocument::Compact));
        return 3;
    }
    const QString knownHosts = servers.dir.filePath(QStringLiteral("known_hosts"));
    if (!writeFile(knownHosts, servers.knownHostsLine())) {
        say(R"({"error": "could not write known_hosts"})");
        return 3;
    }
    const QString httpPrefix = servers.httpUrl(QString(), GitServers::httpUser(), GitServers::httpPassword());
    say(QJsonDocument(
        QJsonObject {
            { QStringLiteral("ssh_command"), QString::fromUtf8(servers.sshCommand(servers.userKey(), knownHosts)) },
            { QStringLiteral("ssh_prefix"), GitServers::sshUrl(QString()) },
            { QStringLiteral("http_prefix"), httpPrefix },
        })
            .toJson(QJsonDocument::Compact));
    std::string command;
    while (std::getline(std::cin, command)) {
        bool ok = true;
        why.clear();
        if (command == "stop ssh") {
            servers.stopSsh();
        } else if (command == "start ssh") {
            ok = servers.startSsh(&why);
        } else if (command == "stop http") {
            servers.stopHttp();
        } else if (command == "start http") {
            ok = servers.startHttp(&why);
        } else {
            ok = false;
            why = QStringLiteral("unknown command");
        }
        say(ok ? QByteArray("ok") : "failed: " + why.toUtf8());
    }
    return 0;
}
