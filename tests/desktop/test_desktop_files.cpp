// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The files that make Storyloom a desktop application: they must pass the
// freedesktop validators, register the MIME types, and the icon must be
// rendered at every size the package installs.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString appId = u"io.github.storyloom.Storyloom"_s;
QString linuxDir()
{
    return QStringLiteral(STORYLOOM_SOURCE_DIR "/packaging/linux");
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}
} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopFileValidates()
    {
        const QString tool = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        const Run result = run(tool, { linuxDir() + u'/' + appId + u".desktop"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        // Hints are fine; errors and warnings are not.
        QVERIFY2(
            !result.output.contains(u"error:"_s) && !result.output.contains(u"warning:"_s), qPrintable(result.output));
    }

    void desktopFileMatchesTheApplication()
    {
        QFile file(linuxDir() + u'/' + appId + u".desktop"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"\nExec=storyloom %f\n"_s));
        QVERIFY(text.contains(u"\nIcon=%1\n"_s.arg(appId)));
        QVERIFY(text.contains(u"application/x-storyloom-project;"_s));
        QVERIFY(text.contains(u"application/x-mdbook-project;"_s));
    }

    void metainfoValidates()
    {
        const QString tool = QStandardPaths::findExecutable(u"appstreamcli"_s);
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (package appstream)");
        const Run result = run(tool, { u"validate"_s, u"--no-net"_s, linuxDir() + u'/' + appId + u".metainfo.xml"_s });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    void metainfoScreenshotsExistInTheRepository()
    {
        QFile file(linuxDir() + u'/' + appId + u".metainfo.xml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression image(u"<image>[^<]*/main/(docs/screenshots/[^<]+\\.png)</image>"_s);
        int count = 0;
        for (auto it = image.globalMatch(text); it.hasNext();) {
            const QString path = QStringLiteral(STORYLOOM_SOURCE_DIR "/") + it.next().captured(1);
            QImage picture(path);
            QVERIFY2(!picture.isNull(), qPrintable(u"missing or unreadable screenshot "_s + path));
            QVERIFY(picture.width() >= 800);
            ++count;
        }
        QCOMPARE(count, 4); // editor, graph, roadmap, and the editor in the dark palette
    }

    void mimeEntryRegistersBothProjectFiles()
    {
        const QString tool = QStandardPaths::findExecutable(u"update-mime-database"_s);
        if (tool.isEmpty())
            QSKIP("update-mime-database is not installed (package shared-mime-info)");
        QTemporaryDir mime;
        QVERIFY(QDir(mime.path()).mkpath(u"packages"_s));
        QVERIFY(
            QFile::copy(linuxDir() + u'/' + appId + u".mime.xml"_s, mime.path() + u"/packages/"_s + appId + u".xml"_s));
        const Run result = run(tool, { mime.path() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QFile globs(mime.path() + u"/globs2"_s);
        QVERIFY(globs.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(globs.readAll());
        QVERIFY2(text.contains(u"application/x-storyloom-project:storyloom.yml"_s), qPrintable(text));
        QVERIFY2(text.contains(u"application/x-mdbook-project:book.toml"_s), qPrintable(text));
    }

    void iconIsRenderedAtEverySize()
    {
        const QString dir = QStringLiteral(STORYLOOM_PACKAGING_BUILD_DIR "/icons");
        QVERIFY(QFile::exists(dir + u"/scalable/"_s + appId + u".svg"_s));
        for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
            const QImage icon(u"%1/%2x%2/%3.png"_s.arg(dir).arg(size).arg(appId));
            QVERIFY2(!icon.isNull(), qPrintable(u"no %1 px icon"_s.arg(size)));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
            // Transparent corners, opaque middle: the rounded square was really drawn.
            QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        }
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "test_desktop_files.moc"
