// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `storyloom-cli export --graph --format png` on the sample project and (built
// again as test_graphexport_corpus) on a copy of wg-async: a picture for a page
// or a slide (long side 2,000 to 4,000 pixels unless asked otherwise), of a
// sensible file size, and not blank.
#include "testsupport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
/** Pixels that are neither white nor near it, sampled on a grid. */
int paintedSamples(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            painted += qGray(image.pixel(x, y)) < 235 ? 1 : 0;
    }
    return painted;
}
} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT
#ifdef STORYLOOM_GRAPHEXPORT_CORPUS
public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }
#endif
private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;

private Q_SLOTS:
    void initTestCase()
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME" })
            m_environment.insert(QString::fromLatin1(name), m_dir.filePath(QString::fromLatin1(name)));
    }

    void pngForAPage_data()
    {
        QTest::addColumn<QString>("project");
#ifdef STORYLOOM_GRAPHEXPORT_CORPUS
        QTest::newRow("wg-async") << QStringLiteral("corpus");
#else
        QTest::newRow("sample") << QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample");
#endif
    }
    void pngForAPage()
    {
        QFETCH(QString, project);
        if (project == u"corpus") {
            project = m_dir.filePath(QStringLiteral("wg-async"));
            if (!QFileInfo::exists(project))
                QVERIFY(test::copyCorpus(project));
        }
        const QString png = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
        const test::ProcessResult result
            = test::runCli({ QStringLiteral("export"), QStringLiteral("--graph"), QStringLiteral("--format"),
                               QStringLiteral("png"), QStringLiteral("-o"), png, project },
                m_environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        const int longSide = std::max(image.width(), image.height());
        qInfo("%s: %d x %d pixels, %lld bytes", QTest::currentDataTag(), image.width(), image.height(),
            qlonglong(QFileInfo(png).size()));
        QVERIFY2(longSide >= 2000 && longSide <= 4000, qPrintable(QString::number(longSide)));
        QVERIFY(QFileInfo(png).size() < 4 * 1024 * 1024);
        // Not blank: boxes, edges and text cover a good part of the picture.
        QVERIFY(paintedSamples(image) > (image.width() / 5) * (image.height() / 5) / 50);

        // Asked for a size, it gets that size.
        const QString small = m_dir.filePath(QStringLiteral("small.png"));
        const test::ProcessResult sized
            = test::runCli({ QStringLiteral("export"), QStringLiteral("--graph"), QStringLiteral("--width"),
                               QStringLiteral("1200"), QStringLiteral("-o"), small, project },
                m_environment);
        QVERIFY2(sized.exitCode == 0, sized.err.constData());
        QVERIFY(std::abs(QImage(small).width() - 1200) <= 1);
    }
};

QTEST_MAIN(TestGraphExport)
#include "test_graphexport.moc"
