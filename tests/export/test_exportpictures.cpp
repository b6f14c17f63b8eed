// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The roadmap's SVG and PDF as their readers draw them: the SVG rendered with
// QSvgRenderer, the PDF with pdftoppm (poppler), with the usual fonts and with
// DejaVu Sans absent, compared with reference pictures. The state emoji must
// show in both, and digits and `#` must stay in a text font.
// Regenerate the references with tools/regenerate-references.sh.
#include "core/export/diagram.h"
#include "core/export/diagramlayout.h"
#include "core/extract/projectloader.h"
#include "core/roadmap/roadmapdiagram.h"
#include "ui/export/diagramexporter.h"
#include "ui/preview/previewexport.h"

#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace storyloom;

namespace {
const QString digitsProject = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/digits");
const QString referenceDir = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/reference/pictures");

// Two renderings agree when at most 1 % of their pixels differ by more than
// 48 (of 255) in some channel: room for anti-aliasing, none for a missing
// emoji or a word in another font.
constexpr int channelTolerance = 48;
constexpr double maxDifferingShare = 0.01;

Diagram digitsDiagram()
{
    const Snapshot graph = ProjectLoader::load(digitsProject);
    if (!graph)
        return {};
    Diagram diagram = buildRoadmapDiagram(*graph, RoadmapDiagramOptions());
    layoutDiagram(diagram);
    return diagram;
}

/** How colourful a pixel is: emoji are, text and the pale node fills are not. */
int saturation(QRgb pixel)
{
    const int high = std::max({ qRed(pixel), qGreen(pixel), qBlue(pixel) });
    const int low = std::min({ qRed(pixel), qGreen(pixel), qBlue(pixel) });
    return high - low;
}

int colourfulPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            count += saturation(image.pixel(x, y)) > 100 ? 1 : 0;
    }
    return count;
}

/** The share of pixels that differ beyond the tolerance; 1 when the sizes differ. */
double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1.0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > channelTolerance || std::abs(qGreen(p) - qGreen(q)) > channelTolerance
                || std::abs(qBlue(p) - qBlue(q)) > channelTolerance)
                ++differing;
        }
    }
    return double(differing) / double(qint64(a.width()) * a.height());
}

/** A fontconfig file that shows only DejaVu Serif and Noto Color Emoji: DejaVu Sans is absent. */
QString writeFontsWithoutDejaVuSans(const QTemporaryDir &dir)
{
    const QString fonts = dir.filePath(QStringLiteral("fonts"));
    QDir().mkpath(fonts);
    for (const QString &file : { QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
             QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
             QStringLiteral("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf") }) {
        if (!QFile::link(file, fonts + u'/' + QFileInfo(file).fileName()))
            return {};
    }
    const QString config = dir.filePath(QStringLiteral("fonts.conf"));
    QFile out(config);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                             "<fontconfig>\n  <dir>%1</dir>\n  <cachedir>%2</cachedir>\n</fontconfig>\n")
            .arg(fonts, dir.filePath(QStringLiteral("cache")))
            .toUtf8());
    return config;
}
} // namespace

class TestExportPictures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svgKeepsTextOutOfTheEmojiFont()
    {
        const QByteArray svg = DiagramExporter::write(digitsDiagram(), ExportFormat::Svg).bytes;
        QXmlStreamReader xml(svg);
        QStringList openFamilies, openElements;
        int emojiRuns = 0, digitRuns = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QString family = xml.attributes().value(u"font-family").toString();
                openFamilies << (family.isEmpty() ? openFamilies.value(openFamilies.size() - 1) : family);
                openElements << xml.name().toString();
                // No font list that text uses may name an emoji font: it has digits and `#` too.
                if (xml.name() != u"tspan")
                    QVERIFY2(!family.contains(u"Emoji"), qPrintable(family));
            } else if (xml.isEndElement()) {
                openFamilies.removeLast();
                openElements.removeLast();
            } else if (xml.isCharacters() && !xml.isWhitespace() && openElements.last() != u"title") {
                // (titles are tooltips, not drawn)
                const QString text = xml.text().toString();
                const bool inEmojiFont = openFamilies.last().contains(u"Emoji");
                for (const TextRun &run : splitEmojiRuns(text))
                    QVERIFY2(run.emoji == inEmojiFont, qPrintable(text));
                emojiRuns += inEmojiFont ? 1 : 0;
                digitRuns += !inEmojiFont && text.contains(QRegularExpression(QStringLiteral("[0-9#]"))) ? 1 : 0;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(emojiRuns >= 8); // four goals and four legend entries
        QVERIFY(digitRuns >= 4);
    }

    void emojiRunsKeepKeycapsAndJoiners()
    {
        const QList<TextRun> runs = splitEmojiRuns(QStringLiteral("C # 1️⃣ 👩‍💻 ok ✅x"));
        QStringList texts;
        for (const TextRun &run : runs)
            texts << (run.emoji ? u'[' + run.text + u']' : run.text);
        QCOMPARE(texts.join(QString()), QStringLiteral("C # [1️⃣] [👩‍💻] ok [✅]x"));
    }

    void pictures_data()
    {
        QTest::addColumn<bool>("withoutDejaVuSans");
        QTest::newRow("fonts") << false;
        QTest::newRow("no-dejavu-sans") << true;
    }
    void pictures()
    {
        QFETCH(bool, withoutDejaVuSans);
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm is missing: install poppler-utils (./dev lists it)");
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (withoutDejaVuSans) {
            const QString config = writeFontsWithoutDejaVuSans(dir);
            if (config.isEmpty())
                QSKIP("DejaVu Serif or Noto Color Emoji is not installed");
            environment.insert(QStringLiteral("FONTCONFIG_FILE"), config);
        }
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-export-picture-child"), { digitsProject, dir.path() });
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        QProcess poppler;
        poppler.setProcessEnvironment(environment);
        poppler.start(pdftoppm,
            { QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                dir.filePath(QStringLiteral("roadmap.pdf")), dir.filePath(QStringLiteral("pdf")) });
        QVERIFY(poppler.waitForFinished(120000));
        QVERIFY2(poppler.exitCode() == 0, poppler.readAllStandardError().constData());

        const Diagram diagram = digitsDiagram();
        const DiagramFrame frame = diagramFrame(diagram);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        for (const QString &reader : { QStringLiteral("svg"), QStringLiteral("pdf") }) {
            const QImage picture
                = QImage(dir.filePath(reader + QStringLiteral(".png"))).convertToFormat(QImage::Format_RGB32);
            QVERIFY(!picture.isNull());
            QCOMPARE(picture.size(), frame.size.toSize());
            // Every state's emoji shows in the PDF: in each goal's title line and before each legend label.
            // (QSvgRenderer draws no colour glyphs at all; browsers do, from the emoji tspan.)
            for (const DiagramNode &node : reader == u"pdf" ? diagram.nodes : std::vector<DiagramNode>()) {
                const QRectF title = node.rect.translated(frame.offset).adjusted(3, diagramstyle::padding, -3, 0);
                const QRect band(title.toRect().topLeft(), QSize(int(title.width()), int(diagramstyle::lineHeight)));
                QVERIFY2(colourfulPixels(picture, band) >= 10, qPrintable(reader + u' ' + node.label.value(0)));
            }
            for (qsizetype i = 0; reader == u"pdf" && i < frame.legendSwatches.size(); ++i) {
                const QRectF swatch = frame.legendSwatches.at(i);
                const QRect emoji = QRectF(swatch.right() + 5, swatch.top() - 3, 16, swatch.height() + 4).toRect();
                QVERIFY2(colourfulPixels(picture, emoji) >= 10, qPrintable(reader + u' ' + diagram.legend[i].label));
            }
            const QString reference = referenceDir + QStringLiteral("/digits-%1-%2.png").arg(row, reader);
            if (storyloom::test::regeneratingReferences()) {
                QVERIFY(picture.save(reference));
                continue;
            }
            const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
            QVERIFY2(!expected.isNull(), qPrintable(reference + QStringLiteral(": missing")));
            const double share = differingShare(picture, expected);
            if (share > maxDifferingShare)
                picture.save(QDir::temp().filePath(QStringLiteral("digits-%1-%2-actual.png").arg(row, reader)));
            QVERIFY2(share <= maxDifferingShare,
                qPrintable(QStringLiteral("%1: %2 % of the pixels differ (actual picture in %3)")
                        .arg(reference)
                        .arg(share * 100, 0, 'f', 2)
                        .arg(QDir::tempPath())));
        }
    }

    void pdfExportLeavesTheAppsEmojiAlone()
    {
        // The panels measure emoji with the application's fonts; a PDF export must not change those measures.
        QFont emoji(diagramstyle::emojiFamily());
        emoji.setPixelSize(13);
        const QString text = QStringLiteral("✅ Done 🦀 In progress ✋ 💤");
        const double emojiBefore = QFontMetricsF(emoji).horizontalAdvance(text);
        const double appBefore = QFontMetricsF(QApplication::font()).horizontalAdvance(text);
        QVERIFY(emojiBefore > 0);
        const QByteArray pdf = DiagramExporter::write(digitsDiagram(), ExportFormat::Pdf).bytes;
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(QFontMetricsF(emoji).horizontalAdvance(text), emojiBefore);
        QCOMPARE(QFontMetricsF(QApplication::font()).horizontalAdvance(text), appBefore);

        // The same for a page's preview as PDF.
        QTemporaryDir dir;
        RenderResult page;
        page.html = QStringLiteral("<h1>✅ Done</h1><p>🦀 In progress, ✋ help wanted, 💤 paused</p>");
        QVERIFY(!PreviewExport::writePdf(
            dir.filePath(QStringLiteral("page.pdf")), page, QStringLiteral("Page"), dir.path()));
        QCOMPARE(QFontMetricsF(emoji).horizontalAdvance(text), emojiBefore);
        QCOMPARE(QFontMetricsF(QApplication::font()).horizontalAdvance(text), appBefore);
    }
};

QTEST_MAIN(TestExportPictures)
#include "test_exportpictures.moc"
