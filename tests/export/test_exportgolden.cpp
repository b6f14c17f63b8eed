// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files for every text export of the bundled sample project's roadmap,
// the pictures (PNG scale, PDF), and `storyloom-cli export`.
// Regenerate the references with tools/regenerate-references.sh.
#include "core/export/diagramlayout.h"
#include "core/extract/projectloader.h"
#include "core/roadmap/overviewtablewriter.h"
#include "core/roadmap/roadmapdiagram.h"
#include "ui/export/diagramexporter.h"

#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
const QString sampleRoot = QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample");
const QString referenceDir = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/reference");

Diagram sampleDiagram(const StoryGraph &graph)
{
    RoadmapDiagramOptions options;
    options.withPainPoints = true;
    options.withStories = true;
    Diagram diagram = buildRoadmapDiagram(graph, options);
    layoutDiagram(diagram);
    return diagram;
}

QByteArray runCli(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProgram(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"));
    process.setArguments(arguments);
    process.start();
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}
} // namespace

class TestExportGolden : public QObject
{
    Q_OBJECT
private:
    Snapshot m_graph;

private Q_SLOTS:
    void initTestCase()
    {
        m_graph = ProjectLoader::load(sampleRoot);
        QVERIFY(m_graph);
        QVERIFY(m_graph->count(EntityType::Goal) > 0);
    }

    void textFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("dot") << QStringLiteral("dot") << QStringLiteral("sample-roadmap.dot");
        QTest::newRow("mermaid") << QStringLiteral("mermaid") << QStringLiteral("sample-roadmap.mmd");
        QTest::newRow("svg") << QStringLiteral("svg") << QStringLiteral("sample-roadmap.svg");
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("sample-roadmap.md");
    }
    void textFormats()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        const ExportFormat chosen = *DiagramExporter::formatFromName(format);
        QByteArray actual;
        if (chosen == ExportFormat::Markdown)
            actual = OverviewTableWriter::table(*m_graph).toUtf8();
        else
            actual = DiagramExporter::write(sampleDiagram(*m_graph), chosen).bytes;
        QVERIFY(!actual.isEmpty());
        const QString path = referenceDir + u'/' + file;
        if (storyloom::test::regeneratingReferences()) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            return;
        }
        QFile reference(path);
        QVERIFY2(reference.open(QIODevice::ReadOnly),
            qPrintable(path + QStringLiteral(": missing; run tools/regenerate-references.sh")));
        const QByteArray expected = reference.readAll();
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i) {
                if (a[i] != e[i]) {
                    qWarning("first difference on line %lld:\n  got      %s\n  expected %s", qlonglong(i + 1),
                        a[i].constData(), e[i].constData());
                    break;
                }
            }
        }
        QVERIFY2(actual == expected, qPrintable(file));
    }

    void matrixExports_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("sample-matrix.csv");
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("sample-matrix.md");
        QTest::newRow("svg") << QStringLiteral("svg") << QStringLiteral("sample-matrix.svg");
    }
    /** `storyloom-cli export --matrix`: characters × pain points through stories, the view's default. */
    void matrixExports()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        int code = -1;
        const QByteArray actual
            = runCli({ QStringLiteral("export"), QStringLiteral("--matrix"), QStringLiteral("characters,pain-points"),
                         QStringLiteral("--through"), QStringLiteral("stories"), QStringLiteral("--format"), format,
                         QStringLiteral("-o"), QStringLiteral("-"), sampleRoot },
                &code);
        QCOMPARE(code, 0);
        QVERIFY(!actual.isEmpty());
        const QString path = referenceDir + u'/' + file;
        if (storyloom::test::regeneratingReferences()) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
            return;
        }
        QFile reference(path);
        QVERIFY2(reference.open(QIODevice::ReadOnly),
            qPrintable(path + QStringLiteral(": missing; run tools/regenerate-references.sh")));
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(reference.readAll()));
    }

    void matrixArguments()
    {
        int code = -1;
        // Singular and plural, either way round; a file's suffix gives the format.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        runCli({ QStringLiteral("export"), QStringLiteral("--matrix"), QStringLiteral("pain-point,goals"),
                   QStringLiteral("-o"), csv, sampleRoot },
            &code);
        QCOMPARE(code, 0);
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + m_graph->count(EntityType::PainPoint));
        QVERIFY(lines.front().startsWith("id,title,"));
        QCOMPARE(lines.front().count(','), 1 + m_graph->count(EntityType::Goal));
        runCli({ QStringLiteral("export"), QStringLiteral("--matrix"), QStringLiteral("unicorns,goals"),
                   QStringLiteral("-o"), QStringLiteral("-"), sampleRoot },
            &code);
        QCOMPARE(code, 2);
        runCli({ QStringLiteral("export"), QStringLiteral("--matrix"), QStringLiteral("characters"),
                   QStringLiteral("-o"), QStringLiteral("-"), sampleRoot },
            &code);
        QCOMPARE(code, 2);
        runCli({ QStringLiteral("export"), QStringLiteral("--matrix"), QStringLiteral("characters,goals"),
                   QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), QStringLiteral("-"),
                   sampleRoot },
            &code);
        QCOMPARE(code, 2);
    }

    void pngHonoursScale()
    {
        const Diagram diagram = sampleDiagram(*m_graph);
        const QImage one = QImage::fromData(DiagramExporter::write(diagram, ExportFormat::Png, 1.0).bytes, "PNG");
        const QImage two = QImage::fromData(DiagramExporter::write(diagram, ExportFormat::Png, 2.0).bytes, "PNG");
        QVERIFY(!one.isNull() && !two.isNull());
        QVERIFY(std::abs(two.width() - 2 * one.width()) <= 2);
        QVERIFY(std::abs(two.height() - 2 * one.height()) <= 2);
        // Something besides white was painted: node fills.
        int coloured = 0;
        for (int y = 0; y < one.height(); y += 4) {
            for (int x = 0; x < one.width(); x += 4)
                coloured += one.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        QVERIFY(coloured > 100);
    }

    void pdfIsVector()
    {
        const QByteArray pdf = DiagramExporter::write(sampleDiagram(*m_graph), ExportFormat::Pdf).bytes;
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 1000);
        // Text is kept as text: the PDF embeds a font rather than one big image.
        QVERIFY(pdf.contains("/FontFile") || pdf.contains("/Font"));
    }

    void cliExport()
    {
        int code = -1;
        const QByteArray md
            = runCli({ QStringLiteral("export"), QStringLiteral("--roadmap"), QStringLiteral("--format"),
                         QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("-"), sampleRoot },
                &code);
        QCOMPARE(code, 0);
        QCOMPARE(md, OverviewTableWriter::table(*m_graph).toUtf8());

        const QByteArray mermaid
            = runCli({ QStringLiteral("export"), QStringLiteral("--roadmap"), QStringLiteral("--state"),
                         QStringLiteral("done"), QStringLiteral("--format"), QStringLiteral("mermaid"),
                         QStringLiteral("-o"), QStringLiteral("-"), sampleRoot },
                &code);
        QCOMPARE(code, 0);
        QVERIFY(mermaid.contains("flowchart LR"));
        QVERIFY(!mermaid.contains("in_progress"));

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("roadmap.png"));
        runCli({ QStringLiteral("export"), QStringLiteral("--roadmap"), QStringLiteral("--direction"),
                   QStringLiteral("TB"), QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("-o"), png,
                   sampleRoot },
            &code);
        QCOMPARE(code, 0);
        QVERIFY(!QImage(png).isNull());

        runCli({ QStringLiteral("export"), QStringLiteral("--roadmap"), QStringLiteral("--format"),
                   QStringLiteral("png"), QStringLiteral("-o"), QStringLiteral("-"), sampleRoot },
            &code);
        QCOMPARE(code, 2); // binary formats do not go to a terminal
        runCli({ QStringLiteral("export"), QStringLiteral("--roadmap"), QStringLiteral("--state"),
                   QStringLiteral("finished"), QStringLiteral("-o"), QStringLiteral("-"), sampleRoot },
            &code);
        QCOMPARE(code, 2);
    }
};

QTEST_MAIN(TestExportGolden)
#include "test_exportgolden.moc"
