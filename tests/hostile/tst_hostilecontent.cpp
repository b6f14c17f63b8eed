// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile content: every file of a vision document comes from strangers through
// a Git remote. Each case builds a small project in a temporary folder, loads it
// with ProjectLoader::load and asserts no crash, a clear diagnostic with a
// location, nothing read outside the project and bounded memory.
//
// Memory bound: the peak resident set (getrusage) may grow by at most
// kMaxPeakGrowthMiB during one case. Peak RSS only ever rises, so a case's
// growth is measured against the highest peak reached before it.
#include "core/extract/projectloader.h"

#include <QDir>
#include <QFile>
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

/** The bytes of a literal, NULs included. */
template<std::size_t N> QByteArray raw(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

bool writeFile(const QString &root, const QString &relative, const QByteArray &bytes)
{
    const QString path = root + u'/' + relative;
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(bytes) == bytes.size();
}

/** True when no entity comes from outside the project and no text from /etc/passwd leaked in. */
bool nothingFromOutside(const StoryGraph &graph)
{
    for (const Entity &e : graph.entities()) {
        const QString &path = e.source.path;
        if (path.startsWith(u'/') || path.startsWith(QLatin1String("../")) || path.startsWith(QLatin1String("etc/")))
            return false;
        if (e.body.contains("root:x:0:0") || e.title.contains(QLatin1String("root:x:0:0")))
            return false;
    }
    return true;
}

const Diagnostic *findDiagnostic(const StoryGraph &graph, const QString &pathPart, const QString &needle = {})
{
    for (const Diagnostic &d : graph.diagnostics()) {
        if (d.location.path.contains(pathPart) && d.message.contains(needle, Qt::CaseInsensitive))
            return &d;
    }
    return nullptr;
}

} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    long m_peakBefore = 0;

    Snapshot loadCase()
    {
        const Snapshot graph = ProjectLoader::load(m_root);
        for (const Diagnostic &d : graph->diagnostics())
            qDebug().noquote() << d.format().left(200);
        return graph;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(writeFile(m_root, QStringLiteral("storyloom.yml"), "title: Hostile\n"));
        QVERIFY(writeFile(
            m_root, QStringLiteral("characters/ada.md"), "---\ntype: character\n---\n# Ada\n\nA developer.\n"));
        m_peakBefore = peakRssKiB();
    }

    void cleanup()
    {
        const long growthMiB = (peakRssKiB() - m_peakBefore) / 1024;
        qInfo("peak RSS growth: %ld MiB (bound %ld MiB)", growthMiB, kMaxPeakGrowthMiB);
        QVERIFY2(growthMiB <= kMaxPeakGrowthMiB, qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(growthMiB)));
        QDir(m_root).removeRecursively();
    }

    void deeplyNestedList()
    {
        // 10,000 levels: bullets on one line, then ordered items, then block quotes.
        QByteArray bytes = "# Nested\n\n";
        bytes += QByteArray("- ").repeated(10000) + "deep\n\n";
        bytes += QByteArray("1. ").repeated(10000) + "deeper\n\n";
        bytes += QByteArray("> ").repeated(10000) + "quoted\n";
        QVERIFY(writeFile(m_root, QStringLiteral("stories/nested.md"), bytes));
        const Snapshot graph = loadCase();
        QVERIFY(graph->entityForPath(QStringLiteral("stories/nested.md")));
        QVERIFY(graph->entity(QStringLiteral("characters/ada")) || graph->count(EntityType::Character) == 1);
    }

    void deeplyNestedMultiLineList()
    {
        // 2,000 levels, one item a line (each indented two more spaces): 4 MB.
        QByteArray bytes = "# Nested lines\n\n";
        for (int level = 0; level < 2000; ++level)
            bytes += QByteArray(2 * level, ' ') + "- item " + QByteArray::number(level)
                + " [Ada](../characters/ada.md)\n";
        QVERIFY(writeFile(m_root, QStringLiteral("stories/nested-lines.md"), bytes));
        const Snapshot graph = loadCase();
        QVERIFY(graph->entityForPath(QStringLiteral("stories/nested-lines.md")));
    }

    void hugeSingleLine()
    {
        QByteArray line = QByteArray("lorem ipsum dolor sit amet ").repeated(5 * 1024 * 1024 / 27 + 1);
        QVERIFY(line.size() >= 5 * 1024 * 1024);
        QVERIFY(writeFile(m_root, QStringLiteral("pages/line.md"), "# One line\n\n" + line));
        const Snapshot graph = loadCase();
        const Entity *page = graph->entityForPath(QStringLiteral("pages/line.md"));
        QVERIFY(page);
        QCOMPARE(page->title, QStringLiteral("One line"));
    }

    void tooLargeFileIsRefusedWithDiagnostic()
    {
        QVERIFY(writeFile(m_root, QStringLiteral("pages/huge.md"), QByteArray(9 * 1024 * 1024, 'a')));
        const Snapshot graph = loadCase();
        const Diagnostic *d = findDiagnostic(*graph, QStringLiteral("pages/huge.md"), QStringLiteral("too large"));
        QVERIFY(d);
        QCOMPARE(d->severity, Diagnostic::Severity::Error);
    }

    void hundredThousandLinks()
    {
        QByteArray bytes = "---\ntype: story\nkind: status-quo\n---\n# Many links\n\n";
        bytes += QByteArray("[Ada](../characters/ada.md) [x](missing.md) ").repeated(50000);
        QVERIFY(writeFile(m_root, QStringLiteral("stories/links.md"), bytes));
        const Snapshot graph = loadCase();
        QVERIFY(graph->entityForPath(QStringLiteral("stories/links.md")));
        // Relations are deduplicated: 100,000 links must not become 100,000 edges.
        QVERIFY(graph->relations().size() < 100);
        // One warning for the repeated broken link, with its line; not 50,000.
        QVERIFY(graph->diagnostics().size() < 10);
        const Diagnostic *broken
            = findDiagnostic(*graph, QStringLiteral("stories/links.md"), QStringLiteral("missing.md"));
        QVERIFY(broken);
        QCOMPARE(broken->location.line, 7);
    }

    void tenThousandColumnTable()
    {
        QByteArray header = "|", rule = "|", row = "|";
        for (int i = 0; i < 10000; ++i) {
            header += "c" + QByteArray::number(i) + "|";
            rule += "-|";
            row += "v|";
        }
        QByteArray bytes = "# Wide\n\n" + header + "\n" + rule + "\n" + row + "\n" + row + "\n";
        // And an overview-looking table with a state column far to the right.
        bytes += "\n| Deliverable" + QByteArray(" | x").repeated(5000) + " | State |\n|"
            + QByteArray("-|").repeated(5002) + "\n";
        bytes += "| [Goal](goal.md)" + QByteArray(" | y").repeated(5000) + " | 🦀 |\n";
        QVERIFY(writeFile(m_root, QStringLiteral("roadmap/wide.md"), bytes));
        const Snapshot graph = loadCase();
        QVERIFY(graph->entityForPath(QStringLiteral("roadmap/wide.md")));
    }

    void billionLaughsFrontMatter()
    {
        QByteArray yaml = "---\ntype: story\nkind: status-quo\na: &a "
                          "[\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; ++c, ++previous) {
            yaml += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 9; ++i)
                yaml += (i ? ",*" : "*") + QByteArray(1, previous);
            yaml += "]\n";
        }
        yaml += "characters: *j\n---\n# Laughing\n";
        QVERIFY(writeFile(m_root, QStringLiteral("stories/laughs.md"), yaml));
        // Deep nesting without aliases.
        QVERIFY(writeFile(m_root, QStringLiteral("stories/deep.md"),
            "---\ntype: story\nx: " + QByteArray("[").repeated(10000) + QByteArray("]").repeated(10000)
                + "\n---\n# Deep\n"));
        const Snapshot graph = loadCase();
        const Diagnostic *d = findDiagnostic(*graph, QStringLiteral("stories/laughs.md"));
        QVERIFY2(d, "the expanding front matter must be reported");
        QVERIFY(d->location.line > 0);
        QVERIFY(findDiagnostic(*graph, QStringLiteral("stories/deep.md")));
        QVERIFY(graph->entityForPath(QStringLiteral("stories/laughs.md")));
    }

    void invalidUtf8AndNulBytes()
    {
        QByteArray bytes
            = raw("---\ntype: character\ntitle: \"Bad \xff\xfe bytes\"\n---\n# Na\0me \xc3\x28 \xed\xa0\x80\n\n");
        bytes += raw("text with \0 nul and \xf8\x88\x80\x80\x80 overlong\n");
        QVERIFY(writeFile(m_root, QStringLiteral("characters/bad.md"), bytes));
        QVERIFY(writeFile(m_root, QStringLiteral("characters/nul-front.md"), raw("---\ntype: \0\0\0\n---\n# Nul\n")));
        QVERIFY(writeFile(m_root, QStringLiteral("characters/binary.md"),
            raw("\x7f"
                "ELF\0\0\0\x01\x02\x03\xff\xff")
                .repeated(1000)));
        // Invalid UTF-8 without NUL bytes is still text: it loads, with replacement characters.
        QVERIFY(writeFile(m_root, QStringLiteral("characters/latin1.md"),
            raw("---\ntype: character\ntitle: \"J\xfcrgen \xff\xfe\"\nvalues: [\"\xc3\x28\", \"\xed\xa0\x80\"]\n---\n"
                "# J\xfcrgen \xf8\x88\x80\x80\x80\n\nCaf\xe9 [x](\xff.md)\n")));
        const Snapshot graph = loadCase();
        // Files with NUL bytes are binary: refused with an error naming the file, never parsed.
        for (const char *name : { "characters/bad.md", "characters/nul-front.md", "characters/binary.md" }) {
            const QString path = QString::fromLatin1(name);
            QVERIFY2(!graph->entityForPath(path), name);
            const Diagnostic *d = findDiagnostic(*graph, path, QStringLiteral("binary"));
            QVERIFY2(d, name);
            QCOMPARE(d->severity, Diagnostic::Severity::Error);
        }
        const Entity *latin1 = graph->entityForPath(QStringLiteral("characters/latin1.md"));
        QVERIFY(latin1);
        QVERIFY(latin1->type == EntityType::Character);
        for (const Entity &e : graph->entities())
            QVERIFY(!e.title.contains(QChar(u'\0')));
    }

    void symlinksOutsideAreNotRead()
    {
        QVERIFY(QFile::link(QStringLiteral("/etc"), m_root + QStringLiteral("/etc")));
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), m_root + QStringLiteral("/characters/passwd.md")));
        QVERIFY(
            QFile::link(QStringLiteral("/nonexistent/nowhere.md"), m_root + QStringLiteral("/characters/dangling.md")));
        QVERIFY(QFile::link(m_root, m_root + QStringLiteral("/characters/loop")));
        const Snapshot graph = loadCase();
        QVERIFY(nothingFromOutside(*graph));
        QVERIFY(!graph->entityForPath(QStringLiteral("characters/passwd.md")));
        QVERIFY(findDiagnostic(*graph, QStringLiteral("characters/passwd.md"), QStringLiteral("outside")));
        QVERIFY(findDiagnostic(*graph, QStringLiteral("characters/dangling.md")));
        QVERIFY(graph->entityForPath(QStringLiteral("characters/ada.md")));
    }

    void strangeFileNames()
    {
        QVERIFY(writeFile(
            m_root, QStringLiteral("characters/line\nbreak.md"), "---\ntype: character\n---\n# Line break\n"));
        QVERIFY(writeFile(m_root, QStringLiteral("characters/ìnès 🦀 çà.md"), "---\ntype: character\n---\n# Inès\n"));
        QVERIFY(writeFile(m_root, QStringLiteral("characters/-rf --help.md"), "---\ntype: character\n---\n# Dash\n"));
        QVERIFY(writeFile(m_root, QStringLiteral("characters/..md"), "# Dots\n"));
        const Snapshot graph = loadCase();
        QVERIFY(graph->entityForPath(QStringLiteral("characters/ìnès 🦀 çà.md")));
        QVERIFY(graph->entityForPath(QStringLiteral("characters/-rf --help.md")));
        const Diagnostic *d = findDiagnostic(*graph, QStringLiteral("characters/line"), QStringLiteral("line break"));
        QVERIFY(d);
        QVERIFY(!d->format().contains(u'\n'));
    }

    void linksThatPointOutside()
    {
        QVERIFY(writeFile(m_root, QStringLiteral("stories/escape.md"),
            "---\ntype: story\nkind: status-quo\ncharacters: [../../../../etc/passwd, /etc/passwd]\n---\n# Escape\n\n"
            "[p](../../../../etc/passwd) [q](/../../etc/shadow.md) [r](file:///etc/passwd) "
            "[s](javascript:alert(1)) [t](%2e%2e/%2e%2e/etc/passwd.md) [u](//evil.example/x.md)\n"
            "![i](http://evil.example/track.png) <img src=\"http://evil.example/x.png\">\n\n"
            "<script>alert(1)</script>\n"));
        const Snapshot graph = loadCase();
        QVERIFY(nothingFromOutside(*graph));
        const Entity *story = graph->entityForPath(QStringLiteral("stories/escape.md"));
        QVERIFY(story);
        for (const Relation *r : graph->outgoing(story->id)) {
            QVERIFY2(!r->to.contains(QLatin1String("etc")), qPrintable(r->to));
            QVERIFY(graph->entity(r->to));
        }
        QVERIFY(graph->entities().size() == 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
