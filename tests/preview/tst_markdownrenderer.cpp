// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The preview pipeline on hand-written inputs: reference outputs, safety, anchors.
#include "ui/preview/codehighlighter.h"
#include "ui/preview/emoji.h"
#include "ui/preview/frontmatterbox.h"
#include "ui/preview/markdownrenderer.h"
#include "ui/preview/urlpolicy.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThreadPool>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace storyloom;

namespace {
QString inputDir()
{
    return QStringLiteral(STORYLOOM_TEST_DATA_DIR "/input");
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

RenderResult renderInput(const QString &name)
{
    RenderOptions options;
    options.projectRoot = QDir(inputDir()).absolutePath();
    options.fileDir = options.projectRoot;
    return MarkdownRenderer::render(readText(inputDir() + u'/' + name), options);
}
} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceOutputs_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList inputs = QDir(inputDir()).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
        QVERIFY(inputs.size() >= 4);
        for (const QString &input : inputs)
            QTest::newRow(qPrintable(input)) << input;
    }

    void referenceOutputs()
    {
        QFETCH(QString, name);
        const QString actual = renderInput(name).html;
        const QString referencePath = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/reference/")
            + QFileInfo(name).completeBaseName() + QStringLiteral(".html");
        if (storyloom::test::regeneratingReferences()) {
            QFile out(referencePath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
            QSKIP("reference written");
        }
        const QString expected = readText(referencePath);
        QVERIFY2(!expected.isEmpty(),
            qPrintable(QStringLiteral("missing %1: run tools/regenerate-references.sh").arg(referencePath)));
        if (actual != expected) {
            const QStringList a = actual.split(u'\n'), e = expected.split(u'\n');
            for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1 line %2:\n actual:   %3\n expected: %4")
                            .arg(name)
                            .arg(i + 1)
                            .arg(a.value(i), e.value(i))));
            }
        }
    }

    void rawHtmlAndDangerousUrlsNeverReachTheOutput()
    {
        const QString html = renderInput(QStringLiteral("safety.md")).html;
        for (const char *forbidden : { "<div", "<script", "<span style=\"color:red", "onclick",
                 "javascript:", "vbscript:", "file:///etc", "src=\"https://", "data:text/html", "src=\"../" }) {
            QVERIFY2(!html.contains(QLatin1StringView(forbidden)), forbidden);
        }
        QVERIFY(html.contains(QStringLiteral("remote image not loaded")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"images/diagram.png\"")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org\">web</a>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"other.md\">entity</a>")));
        // A refused link keeps its words.
        QVERIFY(html.contains(QStringLiteral("a script link")));
    }

    void urlPolicy()
    {
        const UrlPolicy policy(QStringLiteral("/home/ana/vision"));
        QCOMPARE(policy.classify(QStringLiteral("JavaScript:alert(1)")), UrlPolicy::Kind::Refused);
        QCOMPARE(policy.classify(QStringLiteral("  vbscript:x")), UrlPolicy::Kind::Refused);
        QCOMPARE(policy.classify(QStringLiteral("file:///etc/passwd")), UrlPolicy::Kind::Refused);
        QCOMPARE(policy.classify(QStringLiteral("file:///home/ana/vision/a.md")), UrlPolicy::Kind::LocalFile);
        QCOMPARE(policy.classify(QStringLiteral("file:///home/ana/vision-other/a.md")), UrlPolicy::Kind::Refused);
        QCOMPARE(policy.classify(QStringLiteral("https://x.org")), UrlPolicy::Kind::Web);
        QCOMPARE(policy.classify(QStringLiteral("../a.md#x")), UrlPolicy::Kind::Relative);
        QCOMPARE(policy.classify(QStringLiteral("#top")), UrlPolicy::Kind::Fragment);
        QVERIFY(policy.allowsImage(QStringLiteral("img/a.png"), QStringLiteral("/home/ana/vision/src")));
        QVERIFY(!policy.allowsImage(QStringLiteral("../../a.png"), QStringLiteral("/home/ana/vision/src")));
        QVERIFY(!policy.allowsImage(QStringLiteral("//cdn.example.org/a.png"), QStringLiteral("/home/ana/vision")));
        // A relative link stays a link only while it resolves inside the project.
        const QString src = QStringLiteral("/home/ana/vision/src");
        QVERIFY(policy.allowsLink(QStringLiteral("../a.md#x"), src));
        QVERIFY(policy.allowsLink(QStringLiteral("stories/b.md"), src));
        QVERIFY(!policy.allowsLink(QStringLiteral("../../../etc/passwd"), src));
        QVERIFY(!policy.allowsLink(QStringLiteral("../../vision-other/a.md"), src));
        QVERIFY(!policy.allowsLink(QStringLiteral("/etc/passwd"), src));
        QVERIFY(!policy.allowsLink(QStringLiteral("%2e%2e/%2e%2e/%2e%2e/etc/passwd"), src));
        QVERIFY(!policy.allowsLink(QStringLiteral("javascript:alert(1)"), src));
    }

    void linksLeavingTheProjectLoseTheirTarget()
    {
        RenderOptions options;
        options.projectRoot = QStringLiteral("/home/ana/vision");
        options.fileDir = QStringLiteral("/home/ana/vision/src/stories");
        const QString html = MarkdownRenderer::render(
            QStringLiteral("[in](../characters/grace.md) [out](../../../etc/passwd) [abs](/etc/hosts) "
                           "[file](file:///etc/passwd) [js](javascript:x)\n"),
            options)
                                 .html;
        QVERIFY(html.contains(QStringLiteral("<a href=\"../characters/grace.md\">in</a>")));
        QCOMPARE(html.count(QStringLiteral("<a href")), 1);
        for (const char *word : { "out", "abs", "file", "js" })
            QVERIFY2(html.contains(QLatin1StringView(word)), word); // the words stay, the targets go
    }

    void codeBlocksAreHighlightedOnceWhileTyping()
    {
        CodeHighlighter::clearCache();
        const QString text = QStringLiteral(
            "# T\n\nSome prose.\n\n```rust\nfn main() { let x = 1; }\n```\n\n```toml\n[a]\nb = 1\n```\n");
        const qint64 before = CodeHighlighter::highlightedBlocks();
        const QString first = MarkdownRenderer::render(text).html;
        QCOMPARE(CodeHighlighter::highlightedBlocks() - before, 2);
        // A keystroke in the prose: both blocks come from the cache, and the HTML is what a cold render gives.
        QString typed = text;
        typed.insert(typed.indexOf(QStringLiteral("prose")), u'x');
        const QString warm = MarkdownRenderer::render(typed).html;
        QCOMPARE(CodeHighlighter::highlightedBlocks() - before, 2);
        CodeHighlighter::clearCache();
        QCOMPARE(MarkdownRenderer::render(typed).html, warm);
        QCOMPARE(CodeHighlighter::highlightedBlocks() - before, 4);
        // A keystroke in one block highlights that block only; the other theme is a different entry.
        typed.replace(QStringLiteral("x = 1"), QStringLiteral("x = 12"));
        QVERIFY(MarkdownRenderer::render(typed).html.contains(QStringLiteral("12")));
        QCOMPARE(CodeHighlighter::highlightedBlocks() - before, 5);
        const QString dark = MarkdownRenderer::render(typed, { PreviewTheme::Dark, {}, {}, true }).html;
        QCOMPARE(CodeHighlighter::highlightedBlocks() - before, 7);
        QVERIFY(dark != MarkdownRenderer::render(typed).html);
        QVERIFY(first != warm);
    }

    void anchorsFollowFileLinesPastFrontMatterAndMultibyteText()
    {
        const RenderResult result = renderInput(QStringLiteral("frontmatter.md"));
        QCOMPARE(result.anchorLines, (QList<int> { 11, 13, 15, 17 }));
        QCOMPARE(result.title, QStringLiteral("Mira loses a night's work"));
        QVERIFY(result.html.startsWith(QStringLiteral("<table class=\"properties\">")));
        QVERIFY(!result.html.contains(QStringLiteral("type: story")));

        // Lines are lines, even when earlier lines hold multi-byte UTF-8.
        const RenderResult utf8 = MarkdownRenderer::render(QStringLiteral("非同期 🦀 ü\n\n# Ü 🦀\n\ntext\n"));
        QCOMPARE(utf8.anchorLines, (QList<int> { 1, 3, 5 }));
        QVERIFY(utf8.html.contains(QStringLiteral("<a name=\"L5\"></a>text")));
    }

    void headingAnchorsAreMdBooks()
    {
        // The fixture of test_headings: the preview's anchors are the ones core/parse gives.
        const QString html
            = MarkdownRenderer::render(readText(QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/core/data/headings.md")))
                  .html;
        for (const char *anchor :
            { "a---b", "Über-uns", "code-title", "method-call--expressions", "rocket-launch", "repeat", "repeat-1" })
            QVERIFY2(html.contains(u"<a name=\"%1\"></a>"_s.arg(QString::fromUtf8(anchor))), anchor);
        QVERIFY(!html.contains(u"<a name=\"still-code"_s));
    }

    void frontMatterSplit()
    {
        const FrontMatterSplit none = FrontMatterBox::split(QStringLiteral("# Title\n---\n"));
        QVERIFY(!none.present);
        QCOMPARE(none.bodyLine, 1);
        const FrontMatterSplit unclosed = FrontMatterBox::split(QStringLiteral("---\ntitle: x\n"));
        QVERIFY(!unclosed.present);
        const FrontMatterSplit crlf = FrontMatterBox::split(QStringLiteral("---\r\ntitle: x\r\n---\r\nbody\r\n"));
        QVERIFY(crlf.present);
        QCOMPARE(crlf.bodyLine, 4);
        QCOMPARE(crlf.body, QStringLiteral("body\r\n"));
    }

    void emojiShortcodesLeaveRustPathsAlone()
    {
        QCOMPARE(
            Emoji::replaceShortcodes(QStringLiteral("done :white_check_mark: :crab:")), QStringLiteral("done ✅ 🦀"));
        QCOMPARE(Emoji::replaceShortcodes(QStringLiteral("std::future::Future and :unknown:")),
            QStringLiteral("std::future::Future and :unknown:"));
        QCOMPARE(Emoji::replaceShortcodes(QStringLiteral("a::x::b")), QStringLiteral("a::x::b"));
        // The UTF-8 form the renderer uses agrees with the QString form.
        for (const QString &text : { QStringLiteral("done :white_check_mark: :crab:"),
                 QStringLiteral("std::future::Future :x:"), QStringLiteral(":é:smile: ü :+1::-1: :tada"),
                 QStringLiteral("a::x::b"), QStringLiteral(":crab::crab:") }) {
            const std::optional<QByteArray> utf8 = Emoji::replaceShortcodes(QByteArrayView(text.toUtf8()));
            QCOMPARE(utf8 ? QString::fromUtf8(*utf8) : text, Emoji::replaceShortcodes(text));
        }
    }

    void codeIsHighlightedAndEscaped()
    {
        const QString html = renderInput(QStringLiteral("code.md")).html;
        QCOMPARE(html.count(QStringLiteral("<pre class=\"code\"")), 7);
        QVERIFY(html.contains(QStringLiteral("<span style=\"color:")));
        QVERIFY(html.contains(QStringLiteral("plain &lt;b&gt;text&lt;/b&gt; &amp; more")));
        const QString dark = MarkdownRenderer::render(
            QStringLiteral("```rust\nfn main() {}\n```\n"), { PreviewTheme::Dark, {}, {}, true })
                                 .html;
        QVERIFY(dark.contains(QStringLiteral("<span style=\"color:")));
        QVERIFY(dark != MarkdownRenderer::render(QStringLiteral("```rust\nfn main() {}\n```\n")).html);
    }

    void standaloneDocumentCarriesTheStyleSheet()
    {
        const RenderResult result = renderInput(QStringLiteral("basics.md"));
        const QString page = MarkdownRenderer::standaloneHtml(result, QStringLiteral("A <title>"), PreviewTheme::Light);
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<title>A &lt;title&gt;</title>")));
        QVERIFY(page.contains(QStringLiteral("article.storyloom-preview")));
        QVERIFY(page.contains(result.html));
        QVERIFY(MarkdownRenderer::styleSheet(PreviewTheme::Dark).size()
            > MarkdownRenderer::styleSheet(PreviewTheme::Light).size());
    }

    void rendersConcurrentlyWithTheSameResult()
    {
        const QString text = readText(inputDir() + QStringLiteral("/code.md"));
        const QString expected = MarkdownRenderer::render(text).html;
        std::atomic_int mismatches = 0;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (int i = 0; i < 16; ++i) {
            pool.start([&] {
                if (MarkdownRenderer::render(text).html != expected)
                    ++mismatches;
            });
        }
        pool.waitForDone();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
