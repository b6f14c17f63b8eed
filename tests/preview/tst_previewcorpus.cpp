// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the wg-async vision doc through the preview pipeline and `storyloom-cli render`.
#include "ui/preview/markdownrenderer.h"

#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

class TestPreviewCorpus : public QObject
{
    Q_OBJECT
public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(storyloom::test::copyCorpus(m_dir.path()));
    }

    void everyPageRenders()
    {
        QDirIterator it(m_dir.path() + QStringLiteral("/src"), { QStringLiteral("*.md") }, QDir::Files,
            QDirIterator::Subdirectories);
        int pages = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            RenderOptions options;
            options.projectRoot = m_dir.path();
            options.fileDir = QFileInfo(path).absolutePath();
            const RenderResult result = MarkdownRenderer::render(text, options);
            if (text.trimmed().isEmpty())
                continue;
            QVERIFY2(!result.html.isEmpty(), qPrintable(path));
            QVERIFY2(!result.html.contains(QStringLiteral("<script")), qPrintable(path));
            QVERIFY2(std::is_sorted(result.anchorLines.cbegin(), result.anchorLines.cend()), qPrintable(path));
            ++pages;
        }
        QVERIFY(pages > 150);
    }

    void largestPageHighlightsItsRust()
    {
        QFile file(m_dir.path() + QStringLiteral("/src/design_docs/async_stack_traces.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const RenderResult result = MarkdownRenderer::render(QString::fromUtf8(file.readAll()));
        QVERIFY(result.html.count(QStringLiteral("<pre class=\"code\"")) >= 10);
        QVERIFY(result.anchorLines.size() > 20);
        QVERIFY(!result.title.isEmpty());
    }

    void rustFencesAreColoured()
    {
        QDirIterator it(m_dir.path() + QStringLiteral("/src"), { QStringLiteral("*.md") }, QDir::Files,
            QDirIterator::Subdirectories);
        int coloured = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            if (!text.contains(QStringLiteral("```rust")))
                continue;
            const QString html = MarkdownRenderer::render(text).html;
            QVERIFY2(html.contains(QStringLiteral("<span style=\"color:")), qPrintable(file.fileName()));
            ++coloured;
        }
        QVERIFY(coloured > 10);
    }

    void cliRenderMatchesThePipeline()
    {
        const QString relative
            = QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_task_scheduler.md");
        QProcess cli;
        cli.start(
            QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), { QStringLiteral("render"), m_dir.path(), relative });
        QVERIFY2(cli.waitForStarted(), "storyloom-cli is not built");
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile file(m_dir.path() + u'/' + relative);
        QVERIFY(file.open(QIODevice::ReadOnly));
        RenderOptions options;
        options.projectRoot = m_dir.path();
        options.fileDir = QFileInfo(file).absolutePath();
        QCOMPARE(QString::fromUtf8(cli.readAllStandardOutput()),
            MarkdownRenderer::render(QString::fromUtf8(file.readAll()), options).html);

        QProcess standalone;
        standalone.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"),
            { QStringLiteral("render"), QStringLiteral("--standalone"), m_dir.path(), relative });
        QVERIFY(standalone.waitForFinished(60000));
        QCOMPARE(standalone.exitCode(), 0);
        const QString page = QString::fromUtf8(standalone.readAllStandardOutput());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<style>")));

        QProcess missing;
        missing.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"),
            { QStringLiteral("render"), m_dir.path(), QStringLiteral("no/such/entity") });
        QVERIFY(missing.waitForFinished(60000));
        QCOMPARE(missing.exitCode(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPreviewCorpus)
#include "tst_previewcorpus.moc"
