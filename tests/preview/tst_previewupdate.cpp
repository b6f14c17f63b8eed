// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the preview follows typing (offscreen): a render's document is imported
// ahead (off the GUI thread for big files) and only the changed blocks are
// patched into the shown one; the result must equal a fresh load, keep the
// scroll position, and a superseded render must never land after a newer one.
#include "../editor/editortestutil.h"

#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/preview/previewbrowser.h"
#include "ui/preview/previewdocument.h"
#include "ui/preview/previewscheduler.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QImage>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QThreadPool>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/** A page over 64 KB: every render of it runs on the thread pool, document included. */
QString overThreadedSize()
{
    QString body;
    for (int i = 0; body.size() < 80 * 1024; ++i)
        body += QStringLiteral("Paragraph %1 with a few words to make it long enough to matter.\n\n").arg(i);
    return body;
}

} // namespace

class TestPreviewUpdate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateGuiTest(
            QStringLiteral("tst_previewupdate"), QDir(m_dir.path()).absoluteFilePath(QStringLiteral("journal")));
    }

    void patchEqualsAFreshLoad_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("patched"); // whether this change must take the cheap path

        const QString base = QStringLiteral("# Title\n\nFirst paragraph.\n\nSecond *paragraph*.\n\n"
                                            "1. one\n2. two\n3. three\n\n- a\n  - nested\n- b\n\n"
                                            "```rust\nfn main() {}\n```\n\n> quoted\n\nLast paragraph.\n");
        const auto edited = [&](const QString &from, const QString &to) { return QString(base).replace(from, to); };
        QTest::newRow("a word in a paragraph")
            << base << edited(QStringLiteral("Second"), QStringLiteral("Second and more")) << true;
        QTest::newRow("a paragraph added")
            << base << edited(QStringLiteral("Last"), QStringLiteral("New one.\n\nLast")) << true;
        QTest::newRow("a paragraph removed")
            << base << edited(QStringLiteral("First paragraph.\n\n"), QString()) << true;
        QTest::newRow("a list item added")
            << base << edited(QStringLiteral("2. two\n"), QStringLiteral("2. two\n3. two and a half\n")) << true;
        QTest::newRow("a nested item edited")
            << base << edited(QStringLiteral("nested"), QStringLiteral("nested deeper")) << true;
        QTest::newRow("a heading") << base << edited(QStringLiteral("# Title"), QStringLiteral("## 🦀 Title")) << true;
        QTest::newRow("code") << base << edited(QStringLiteral("fn main() {}"), QStringLiteral("fn main() { run(); }"))
                              << true;
        QTest::newRow("a paragraph becomes a heading")
            << base << edited(QStringLiteral("Last paragraph"), QStringLiteral("# Last")) << true;
        QTest::newRow("front matter") << QStringLiteral("---\ntitle: A\n---\n\n# A\n\nText.\n")
                                      << QStringLiteral("---\ntitle: AB\n---\n\n# A\n\nText.\n") << false;
        QTest::newRow("a table cell") << QStringLiteral("Intro.\n\n| a | b |\n|---|---|\n| c | d |\n\nAfter.\n")
                                      << QStringLiteral("Intro.\n\n| a | b |\n|---|---|\n| c | dd |\n\nAfter.\n")
                                      << false;
        QTest::newRow("text after a table")
            << QStringLiteral("Intro.\n\n| a | b |\n|---|---|\n| c | d |\n\nAfter.\n\nEnd.\n")
            << QStringLiteral("Intro.\n\n| a | b |\n|---|---|\n| c | d |\n\nAfter this.\n\nEnd.\n") << true;
        QTest::newRow("everything") << base << QStringLiteral("Something else entirely.\n") << false;
    }

    void patchEqualsAFreshLoad()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, patched);
        PreviewBrowser shown;
        shown.showResult(MarkdownRenderer::render(before));
        const RenderResult result = MarkdownRenderer::render(after);
        shown.showResult(result, PreviewDocument::prepare(result.html, shown.documentStyle()));
        if (patched)
            QCOMPARE(shown.patchedUpdates(), 1);

        PreviewBrowser fresh;
        fresh.showResult(result);
        QCOMPARE(shown.document()->toPlainText(), fresh.document()->toPlainText());
        QCOMPARE(shown.document()->toHtml(), fresh.document()->toHtml());
        QVERIFY(PreviewDocument::sameContent(*shown.document(), *fresh.document()));
    }

    void imagesInAPatchedBlockStillLoad()
    {
        QImage picture(40, 30, QImage::Format_RGB32);
        picture.fill(Qt::red);
        QVERIFY(picture.save(QDir(m_dir.path()).absoluteFilePath(QStringLiteral("picture.png"))));
        const auto browserFor = [&](PreviewBrowser &browser) {
            browser.setProjectRoot(m_dir.path());
            browser.setBaseDirectory(m_dir.path());
        };
        PreviewBrowser shown;
        browserFor(shown);
        shown.showResult(
            MarkdownRenderer::render(QStringLiteral("Intro.\n\nA picture: ![red](picture.png)\n\nEnd.\n")));
        const RenderResult result
            = MarkdownRenderer::render(QStringLiteral("Intro.\n\nA red picture: ![red](picture.png)\n\nEnd.\n"));
        shown.showResult(result, PreviewDocument::prepare(result.html, shown.documentStyle()));
        QCOMPARE(shown.patchedUpdates(), 1);
        PreviewBrowser fresh;
        browserFor(fresh);
        fresh.showResult(result);
        QCOMPARE(shown.document()->toHtml(), fresh.document()->toHtml());
        const QVariant image
            = shown.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("picture.png")));
        QCOMPARE(qvariant_cast<QImage>(image).size(), QSize(40, 30));
        // Laid out with the picture in it, as a fresh load is.
        shown.resize(400, 300);
        fresh.resize(400, 300);
        shown.show();
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shown) && QTest::qWaitForWindowExposed(&fresh));
        QCOMPARE(
            shown.document()->documentLayout()->documentSize(), fresh.document()->documentLayout()->documentSize());
        QVERIFY(shown.document()->documentLayout()->documentSize().height() > 3 * 30);
    }

    void aDocumentOfAnotherStyleIsNotPatchedIn()
    {
        PreviewBrowser shown;
        shown.showResult(MarkdownRenderer::render(QStringLiteral("One.\n\nTwo.\n")));
        const RenderResult result = MarkdownRenderer::render(QStringLiteral("One.\n\nTwo!\n"));
        PreviewDocumentStyle dark = shown.documentStyle();
        dark.styleSheet = MarkdownRenderer::styleSheet(PreviewTheme::Dark);
        shown.showResult(result, PreviewDocument::prepare(result.html, dark));
        QCOMPARE(shown.patchedUpdates(), 0);
        QCOMPARE(shown.updateCount(), 2);
        QVERIFY(shown.toPlainText().contains(QStringLiteral("Two!")));
    }

    void typingPatchesThePreviewAndKeepsItsScrollPosition()
    {
        // Paragraph i sits on file line 2i + 1.
        QByteArray text = "# Long\n\n";
        for (int i = 1; i <= 300; ++i)
            text += "Paragraph " + QByteArray::number(i) + " of the long page.\n\n";
        QVERIFY(writeFile(QDir(m_dir.path()).absoluteFilePath(QStringLiteral("long.md")), text));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("long"));
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(previewOf(&page)->toPlainText().contains(QStringLiteral("Paragraph 300")));

        editorOf(&page)->scrollToLine(301); // paragraph 150, with the preview following
        QScrollBar *bar = previewOf(&page)->verticalScrollBar();
        const int scrolled = bar->value();
        QVERIFY(scrolled > 0);
        const int patchedBefore = previewOf(&page)->patchedUpdates();
        const int updatesBefore = previewOf(&page)->updateCount();

        QTextCursor cursor(editorOf(&page)->document()->findBlockByNumber(302)); // paragraph 151, on screen
        cursor.movePosition(QTextCursor::EndOfBlock);
        editorOf(&page)->setTextCursor(cursor);
        editorOf(&page)->setFocus();
        typeText(editorOf(&page), QStringLiteral(" Typed"));
        QTRY_VERIFY(previewOf(&page)->toPlainText().contains(QStringLiteral("of the long page. Typed")));
        QTRY_COMPARE(page.lastRender().html.count(QStringLiteral("Typed")), 1);

        QVERIFY(previewOf(&page)->patchedUpdates() > patchedBefore);
        QCOMPARE(previewOf(&page)->patchedUpdates() - patchedBefore, previewOf(&page)->updateCount() - updatesBefore);
        QCOMPARE(bar->value(), scrolled);
        QVERIFY(qAbs(*previewOf(&page)->sourceLineAtTop() - 301) <= 2);
        // What is shown is what a fresh load of the last render shows.
        PreviewBrowser fresh;
        fresh.setBaseDirectory(m_dir.path());
        fresh.showResult(page.lastRender());
        QCOMPARE(previewOf(&page)->document()->toHtml(), fresh.document()->toHtml());
    }

    void aSupersededRenderNeverLandsAfterANewerOne()
    {
        const QString body = overThreadedSize();
        PreviewBrowser browser;
        PreviewScheduler scheduler;
        scheduler.setDocumentStyle(browser.documentStyle());
        std::vector<int> versions;
        bool everyDocument = true;
        QObject::connect(&scheduler, &PreviewScheduler::rendered, &browser,
            [&](const RenderResult &result, const PreparedDocument &document) {
                static const QRegularExpression version(QStringLiteral("Version (\\d+)\\."));
                versions.push_back(version.match(result.html).captured(1).toInt());
                everyDocument = everyDocument && document.document && !document.document->thread();
                browser.showResult(result, document);
            });
        const auto text = [&](int version) { return body + QStringLiteral("Version %1.\n").arg(version); };
        scheduler.renderNow(text(0));
        constexpr int last = 40;
        for (int v = 1; v <= last; ++v) {
            scheduler.request(text(v));
            QTest::qWait(v % 3 == 0 ? PreviewScheduler::delay + 5 : 2); // some renders start while others run
        }
        QTRY_VERIFY_WITH_TIMEOUT(!versions.empty() && versions.back() == last, 20000);
        QTest::qWait(2 * PreviewScheduler::delay);
        QCOMPARE(versions.back(), last);
        QVERIFY(scheduler.threadedRenders() > 1);
        QVERIFY2(int(versions.size()) < last, "requests during a render collapse into one");
        QVERIFY(std::is_sorted(versions.begin(), versions.end()));
        QVERIFY(std::adjacent_find(versions.begin(), versions.end()) == versions.end());
        QVERIFY(everyDocument);
        QVERIFY(browser.patchedUpdates() > 0);
        QCOMPARE(browser.toPlainText().trimmed().right(11), QStringLiteral("Version %1.").arg(last));
    }

    void aTextIsRenderedOnceWhateverAsksForIt()
    {
        // A render of the latest text started when the one before it ended, while the pause
        // after typing that text was still running: the pause's end must not render it again.
        const QString body = overThreadedSize();
        PreviewScheduler scheduler;
        QStringList versions;
        QObject::connect(&scheduler, &PreviewScheduler::rendered, &scheduler,
            [&](const RenderResult &result, const PreparedDocument &) {
                static const QRegularExpression version(QStringLiteral("Version (\\w+)\\."));
                versions << version.match(result.html).captured(1);
            });
        // The pool's threads held: A cannot end before B is asked for, however slow this machine.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore gate;
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([&gate] { gate.acquire(); });
        scheduler.renderNow(body + QStringLiteral("Version A.\n")); // on the thread pool: busy
        scheduler.renderNow(body + QStringLiteral("Version B.\n")); // runs when A ends
        // A ends before the pause after typing B does: B's render starts while that pause runs.
        gate.release(pool->maxThreadCount());
        pool->waitForDone();
        scheduler.request(body + QStringLiteral("Version B.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(versions.contains(QStringLiteral("B")), 20000);
        QTest::qWait(3 * PreviewScheduler::delay);
        QVERIFY2(
            versions == QStringList({ QStringLiteral("A"), QStringLiteral("B") }), qPrintable(versions.join(u',')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPreviewUpdate)
#include "tst_previewupdate.moc"
