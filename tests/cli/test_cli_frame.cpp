// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line frame: version, help, usage errors; and the GUI's --screenshot.
#include "storyloom/version.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliFrame : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };

    static Result run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
    {
        QProcess process;
        if (!env.isEmpty())
            process.setProcessEnvironment(env);
        process.start(QStringLiteral(STORYLOOM_BIN_DIR "/") + program, arguments);
        if (!process.waitForFinished(120000))
            return { -1, {}, QStringLiteral("timed out") };
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void versionComesFromCMake()
    {
        const Result r = run(QStringLiteral("storyloom-cli"), { QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("storyloom-cli " STORYLOOM_VERSION_STRING)), qPrintable(r.out));
    }

    void helpListsEverySubcommand()
    {
        const Result r = run(QStringLiteral("storyloom-cli"), { QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char *name : { "check", "stats", "list", "search", "export", "sync", "diff", "log" })
            QVERIFY2(r.out.contains(QLatin1StringView(name)), name);
    }

    void unknownCommandIsAUsageError()
    {
        const Result r = run(QStringLiteral("storyloom-cli"), { QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(r.err.contains(QStringLiteral("Usage")));
        QCOMPARE(run(QStringLiteral("storyloom-cli"), {}).exitCode, 2);
    }

    void badArgumentsAreUsageErrors()
    {
        QCOMPARE(run(QStringLiteral("storyloom-cli"),
                     { QStringLiteral("stats"), QStringLiteral("--bogus"), QStringLiteral(".") })
                     .exitCode,
            2);
        QCOMPARE(run(QStringLiteral("storyloom-cli"), { QStringLiteral("stats") }).exitCode, 2);
        QCOMPARE(
            run(QStringLiteral("storyloom-cli"),
                { QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("villain"), QStringLiteral(".") })
                .exitCode,
            2);
    }

    void missingProjectIsAnError()
    {
        const Result r
            = run(QStringLiteral("storyloom-cli"), { QStringLiteral("stats"), QStringLiteral("/nonexistent/project") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/project")));
    }

    void guiHelpAndVersionNeedNoDisplay()
    {
        // As on a server or in a terminal without X: no display, and Qt left to pick its platform plugin.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
            { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));

        const Result version = run(QStringLiteral("storyloom"), { QStringLiteral("--version") }, env);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(
            version.out.startsWith(QStringLiteral("storyloom " STORYLOOM_VERSION_STRING)), qPrintable(version.err));

        const Result help = run(QStringLiteral("storyloom"), { QStringLiteral("--help") }, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Write and map vision documents.")), qPrintable(help.err));
        QVERIFY(help.out.contains(QStringLiteral("--screenshot <FILE>")));
        QVERIFY(help.out.contains(QStringLiteral("PROJECT")));

        // Still in the user's language.
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Result german = run(QStringLiteral("storyloom"), { QStringLiteral("-h") }, env);
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(
            german.out.contains(QStringLiteral("Visionsdokumente schreiben und kartieren.")), qPrintable(german.out));
    }

    void cliNeedsNoWidgets()
    {
        // A server without a widget stack runs the CLI: it links Qt Gui (pictures, fonts) but not Qt Widgets.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), { QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli") });
        if (!ldd.waitForStarted())
            QSKIP("ldd is not installed");
        QVERIFY(ldd.waitForFinished(60000));
        const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QStringLiteral("libQt6Widgets")), qPrintable(libraries));

        // And it still draws: a PNG of the sample's graph on the offscreen platform.
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString png = dir.filePath(QStringLiteral("graph.png"));
        const Result result = run(QStringLiteral("storyloom-cli"),
            { QStringLiteral("export"), QStringLiteral("--graph"), QStringLiteral("-o"), png,
                QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample") },
            env);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!QImage(png).isNull());
    }

    void screenshotWritesTheMainWindow()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString png = home.filePath(QStringLiteral("shot.png"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom"), { QStringLiteral("--screenshot"), png });
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
        // Not blank: a real window has many distinct colours (text, frames, tree).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }
};

QTEST_GUILESS_MAIN(TestCliFrame)
#include "test_cli_frame.moc"
