// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What Storyloom exports for the web, opened by its real consumer: headless
// Chromium parses the graph and roadmap SVG and a story's standalone HTML
// without an error, draws something that is not blank, and every link of the
// HTML that points into the project finds its file. Without Chromium the
// program says so in one line and is skipped.
#include "testsupport.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace storyloom;
using namespace storyloom::test;

namespace {
QString browser;

/** Share of sampled pixels that differ from the top-left one (the page's background). */
double paintedShare(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int painted = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QRgb pixel = image.pixel(x, y);
            painted += std::abs(qGray(pixel) - qGray(background)) > 40 ? 1 : 0;
            ++samples;
        }
    }
    return samples ? double(painted) / samples : 0.0;
}
} // namespace

class TestBrowserRender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    /** Chromium, headless, with a profile of its own inside the test's folder. */
    [[nodiscard]] ProcessResult chromium(const QStringList &arguments) const
    {
        const QStringList common { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"), QStringLiteral("--hide-scrollbars"),
            QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("profile")) };
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        return runProcess(browser, common + arguments, environment, 180000);
    }

    /** The DOM Chromium built from @p file: an XML or HTML parse error shows as a parsererror element. */
    [[nodiscard]] QString domOf(const QString &file) const
    {
        const ProcessResult result = chromium({ QStringLiteral("--dump-dom"), QUrl::fromLocalFile(file).toString() });
        return result.exitCode == 0 ? result.outText() : QString();
    }

    [[nodiscard]] QImage screenshotOf(const QString &file, const QString &name) const
    {
        const QString png = m_dir.filePath(name + QStringLiteral(".png"));
        const ProcessResult result = chromium({ QStringLiteral("--screenshot=") + png,
            QStringLiteral("--window-size=1400,1000"), QUrl::fromLocalFile(file).toString() });
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QImage(png);
    }

    void exportDiagram(const QString &what, const QString &file)
    {
        const ProcessResult result = runCli({ QStringLiteral("export"), what, QStringLiteral("--format"),
            QStringLiteral("svg"), QStringLiteral("-o"), file, m_project });
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

public:
    /** Runs before the application exists: the whole program is skipped without Chromium. */
    static void initMain()
    {
        browser = requireProgram({ QStringLiteral("chromium"), QStringLiteral("chromium-browser") });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("sample"));
        QVERIFY(copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), m_project));
    }

    void svgDiagramsParseAndDraw_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("graph") << QStringLiteral("--graph");
        QTest::newRow("roadmap") << QStringLiteral("--roadmap");
    }
    void svgDiagramsParseAndDraw()
    {
        QFETCH(QString, what);
        const QString svg = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".svg"));
        exportDiagram(what, svg);
        const QString dom = domOf(svg);
        QVERIFY2(dom.contains(QStringLiteral("<svg")), qPrintable(dom.left(300)));
        QVERIFY2(!dom.contains(QStringLiteral("parsererror")), qPrintable(dom.left(600)));
        // Every title the SVG holds as text reached the DOM: nothing was cut off at a bad character.
        QVERIFY(dom.count(QStringLiteral("<text")) >= 10);
        const QImage shot = screenshotOf(svg, QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!shot.isNull());
        QVERIFY2(paintedShare(shot) > 0.01, qPrintable(QString::number(paintedShare(shot))));
    }

    void savedViewSvgFollowsTheColourScheme_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QStringList { QStringLiteral("--blink-settings=preferredColorScheme=1") } << false;
        QTest::newRow("dark") << QStringList { QStringLiteral("--force-dark-mode"),
            QStringLiteral("--blink-settings=preferredColorScheme=0") }
                              << true;
    }
    void savedViewSvgFollowsTheColourScheme()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, dark);
        QVERIFY(writeFile(m_project, QStringLiteral("views/map.yml"), "title: The story map\nmode: story-map\n"));
        // Saved inside the project: its links lead to the pages, relative to the picture.
        const QString svg = m_project + QStringLiteral("/exports/map.svg");
        QVERIFY(QDir().mkpath(m_project + QStringLiteral("/exports")));
        const ProcessResult result = runCli({ QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("map"),
            QStringLiteral("-o"), svg, m_project });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString dom = chromium(QStringList { QStringLiteral("--dump-dom") } + options
            + QStringList { QUrl::fromLocalFile(svg).toString() })
                                .outText();
        QVERIFY2(dom.contains(QStringLiteral("<svg")) && !dom.contains(QStringLiteral("parsererror")),
            qPrintable(dom.left(600)));
        static const QRegularExpression href(QStringLiteral("<a href=\"([^\"]+)\""));
        int links = 0;
        for (const QRegularExpressionMatch &match : href.globalMatch(dom)) {
            const QString target = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
            QVERIFY2(QFileInfo::exists(m_project + QStringLiteral("/exports/") + target), qPrintable(target));
            ++links;
        }
        QVERIFY(links >= 10);
        const QString png
            = m_dir.filePath(QStringLiteral("view-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
        const ProcessResult shot
            = chromium(QStringList { QStringLiteral("--screenshot=") + png, QStringLiteral("--window-size=1400,1000") }
                + options + QStringList { QUrl::fromLocalFile(svg).toString() });
        QVERIFY2(shot.exitCode == 0, shot.err.constData());
        const QImage picture(png);
        QVERIFY(!picture.isNull());
        QVERIFY2(paintedShare(picture) > 0.01, qPrintable(QString::number(paintedShare(picture))));
        // The picture's background follows the reader's scheme.
        QCOMPARE(qGray(picture.pixel(2, 2)) < 128, dark);
    }

    void storyHtmlRendersWithWorkingLinks_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QStringList() << false;
        QTest::newRow("dark") << QStringList { QStringLiteral("--dark") } << true;
    }
    void storyHtmlRendersWithWorkingLinks()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, dark);
        const QString story = QStringLiteral("stories/status-quo");
        QDir stories(m_project + u'/' + story);
        const QStringList files = stories.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        const QString source = stories.filePath(files.first());
        const ProcessResult rendered = runCli(QStringList { QStringLiteral("render"), QStringLiteral("--standalone") }
            + options + QStringList { m_project, source });
        QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
        // Saved beside the story, as a reader would keep it: relative links resolve from there.
        const QString name = QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".html");
        QVERIFY(writeFile(stories.path(), name, rendered.out));
        const QString html = stories.filePath(name);

        const QString dom = domOf(html);
        QVERIFY2(dom.contains(QStringLiteral("<h1")), qPrintable(dom.left(300)));
        static const QRegularExpression href(QStringLiteral("href=\"([^\"#:]+)(#[^\"]*)?\""));
        int local = 0;
        for (const QRegularExpressionMatch &match : href.globalMatch(dom)) {
            const QString target = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
            QVERIFY2(QFileInfo::exists(stories.filePath(target)), qPrintable(target));
            ++local;
        }
        QVERIFY(local >= 1);

        const QImage shot = screenshotOf(html, QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(!shot.isNull());
        QVERIFY2(paintedShare(shot) > 0.005, qPrintable(QString::number(paintedShare(shot))));
        // The page's own background follows the chosen colours.
        QCOMPARE(qGray(shot.pixel(2, 2)) < 128, dark);
    }
};

QTEST_GUILESS_MAIN(TestBrowserRender)
#include "test_browserrender.moc"
