// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile Markdown through the preview pipeline: whatever the author wrote, the
// HTML has no script, loads nothing remote and links to no file outside the
// project or javascript: URL. Large inputs render without crashing within the
// same peak-RSS bound as the loader cases.
#include "ui/preview/markdownrenderer.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace storyloom;

namespace {

#if defined(__SANITIZE_ADDRESS__)
// Under ASan the resident set holds redzones and a 256 MB quarantine of freed
// memory, so it says little about our own use: the bound only catches blow-ups.
constexpr long kMaxPeakGrowthMiB = 1024;
#else
constexpr long kMaxPeakGrowthMiB = 256;
#endif

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/** Everything the safety rules promise, checked on the final HTML. */
QString unsafeFragment(const QString &html)
{
    static constexpr char pattern[]
        = R"((<\s*script|<\s*iframe|<\s*object|<\s*embed|\son[a-z]+\s*=)"
          R"(|<[a-z][^<>]*\ssrc\s*=\s*["']?\s*(https?:|//|file:|javascript:|ftp:))"
          R"(|<a\s[^<>]*href\s*=\s*["']?\s*(javascript:|vbscript:|data:|file:///etc|file:///root|\.\./\.\./\.\./)))";
    static const QRegularExpression unsafe(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = unsafe.match(html);
    return match.hasMatch() ? html.mid(std::max<qsizetype>(0, match.capturedStart() - 40), 120) : QString();
}

} // namespace

class TestHostilePreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    long m_peakBefore = 0;

    RenderResult render(const QString &text)
    {
        RenderOptions options;
        options.projectRoot = m_dir.path();
        options.fileDir = m_dir.path() + QStringLiteral("/stories");
        return MarkdownRenderer::render(text, options);
    }

private Q_SLOTS:
    void init() { m_peakBefore = peakRssKiB(); }

    void cleanup()
    {
        const long growthMiB = (peakRssKiB() - m_peakBefore) / 1024;
        qInfo("peak RSS growth: %ld MiB (bound %ld MiB)", growthMiB, kMaxPeakGrowthMiB);
        QVERIFY2(growthMiB <= kMaxPeakGrowthMiB, qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(growthMiB)));
    }

    void unsafeMarkup_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("raw script") << QStringLiteral(
            "Hello\n\n<script>alert(1)</script>\n\n<SCRIPT src=x></SCRIPT>\n");
        QTest::newRow("inline script") << QStringLiteral("a <script>alert(1)</script> b <ScRiPt\n>x</script>\n");
        QTest::newRow("remote img html") << QStringLiteral(
            "<img src=\"http://evil.example/track.png\">\n\nx <img src='https://evil.example/a.png'> y\n");
        QTest::newRow("remote img md") << QStringLiteral(
            "![t](http://evil.example/t.png) ![u](//evil.example/u.png) ![v](HTTPS://E.X/v.gif)\n");
        QTest::newRow("passwd") << QStringLiteral(
            "[p](../../../../etc/passwd) ![i](../../../../etc/passwd) [f](file:///etc/passwd)\n");
        QTest::newRow("javascript") << QStringLiteral(
            "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c]( javascript:x) [d](vbscript:x)\n");
        QTest::newRow("encoded javascript")
            << QStringLiteral("[a](javascript&#58;alert(1)) [b](&#106;avascript:alert(1)) [c](java%73cript:x)\n");
        QTest::newRow("reference javascript")
            << QStringLiteral("[a][r] and [b][s]\n\n[r]: javascript:alert(1)\n[s]: file:///etc/shadow\n");
        QTest::newRow("autolinks") << QStringLiteral(
            "<javascript:alert(1)> <file:///etc/passwd> www.evil.example http://evil.example\n");
        QTest::newRow("data html") << QStringLiteral(
            "[a](data:text/html;base64,PHNjcmlwdD4=) ![b](data:image/svg+xml,<svg onload=alert(1)>)\n");
        QTest::newRow("event handlers") << QStringLiteral(
            "<a href=\"#\" onclick=\"x()\">a</a> <div onmouseover=\"y()\">b</div>\n");
        QTest::newRow("iframe object") << QStringLiteral(
            "<iframe src=\"http://e.x\"></iframe>\n\n<object data=\"x\"></object><embed src=\"http://e.x\">\n");
        QTest::newRow("code fence") << QStringLiteral(
            "```html\n<script>alert(1)</script>\n<img src=\"http://e.x/a.png\">\n```\n");
        QTest::newRow("front matter") << QStringLiteral(
            "---\ntitle: \"<script>alert(1)</script>\"\nimg: <img src=http://e.x/y.png>\n---\n# T\n");
        QTest::newRow("table cell") << QStringLiteral(
            "| a | b |\n|---|---|\n| <script>x</script> | [j](javascript:x) |\n");
        QTest::newRow("heading") << QStringLiteral("# <script>alert(1)</script> [x](javascript:y)\n");
    }

    void unsafeMarkup()
    {
        QFETCH(QString, markdown);
        const RenderResult result = render(markdown);
        QVERIFY(!result.html.isEmpty());
        const QString bad = unsafeFragment(result.html);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }

    void nulAndInvalidUtf8()
    {
        const QByteArray bytes("# Na\0me \xff\xfe \xc3\x28\n\ntext \0 nul <scr\0ipt>alert(1)</script>\n", 49);
        const RenderResult result = render(QString::fromUtf8(bytes));
        QVERIFY(!result.html.contains(QChar(u'\0')));
        QVERIFY(unsafeFragment(result.html).isEmpty());
    }

    void deeplyNested()
    {
        const QString text = QStringLiteral("- ").repeated(10000) + QStringLiteral("deep\n\n")
            + QStringLiteral("> ").repeated(10000) + QStringLiteral("quoted\n\n") + QStringLiteral("*").repeated(10000)
            + QStringLiteral("x\n\n") + QStringLiteral("[").repeated(10000) + QStringLiteral("x")
            + QStringLiteral("](y)").repeated(10000) + u'\n';
        const RenderResult result = render(text);
        QVERIFY(result.html.contains(QLatin1String("deep")));
    }

    void wideTableAndManyLinks()
    {
        QString header = QStringLiteral("|"), rule = QStringLiteral("|"), row = QStringLiteral("|");
        for (int i = 0; i < 10000; ++i) {
            header += QStringLiteral("c%1|").arg(i);
            rule += QStringLiteral("-|");
            row += QStringLiteral("[v](javascript:x)|");
        }
        QString text = header + u'\n' + rule + u'\n' + row + u'\n';
        text += QStringLiteral("\n") + QStringLiteral("[a](b.md) ![i](http://e.x/i.png) ").repeated(50000) + u'\n';
        const RenderResult result = render(text);
        QVERIFY(result.html.contains(QLatin1String("c9999")));
        QVERIFY(unsafeFragment(result.html).isEmpty());
    }

    void hugeSingleLine()
    {
        const QString line
            = QStringLiteral("lorem <b>ipsum</b> [dolor](x.md) sit amet ").repeated(5 * 1024 * 1024 / 42 + 1);
        const RenderResult result = render(QStringLiteral("# One line\n\n") + line);
        QCOMPARE(result.title, QStringLiteral("One line"));
        QVERIFY(result.html.size() > line.size());
    }
};

QTEST_GUILESS_MAIN(TestHostilePreview)
#include "tst_hostilepreview.moc"
