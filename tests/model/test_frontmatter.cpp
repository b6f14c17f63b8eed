// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Front matter: reading with positions, and editing one key without touching any other byte.
#include "core/parse/frontmatter.h"

#include <QTest>

using namespace storyloom;

class TestFrontMatter : public QObject
{
    Q_OBJECT

    static const QByteArray sample()
    {
        return "---\n"
               "# who tells this story\n"
               "type: story\n"
               "kind: status-quo   # today's pain\n"
               "title: \"Mira: the night the sync ate her notes\"\n"
               "characters:\n"
               "  - mira\n"
               "  - Jonas Ødegård\n"
               "progress: 0.5\n"
               "---\n"
               "# Body\n\nText.\n";
    }

private Q_SLOTS:
    void readsValuesAndLines()
    {
        const FrontMatter fm = parseFrontMatter(sample(), QStringLiteral("s.md"));
        QVERIFY(fm.present);
        QVERIFY(!fm.error);
        QCOMPARE(fm.keys,
            (QStringList { QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("title"),
                QStringLiteral("characters"), QStringLiteral("progress") }));
        QCOMPARE(fm.string(QStringLiteral("title")), QStringLiteral("Mira: the night the sync ate her notes"));
        QCOMPARE(fm.list(QStringLiteral("characters")),
            (QStringList { QStringLiteral("mira"), QStringLiteral("Jonas Ødegård") }));
        QCOMPARE(fm.values.value(QStringLiteral("progress")).toDouble(), 0.5);
        QCOMPARE(fm.keyLines.value(QStringLiteral("type")), 3);
        QCOMPARE(fm.keyLines.value(QStringLiteral("characters")), 6);
        QCOMPARE(fm.lineCount, 10);
        QCOMPARE(sample().mid(fm.blockLength), QByteArray("# Body\n\nText.\n"));
    }

    void noFrontMatter()
    {
        const FrontMatter fm = parseFrontMatter("# Just a page\n---\nnot front matter\n---\n");
        QVERIFY(!fm.present);
        QVERIFY(!fm.error);
        QCOMPARE(fm.lineCount, 0);
    }

    void badYamlHasAPosition()
    {
        const FrontMatter fm
            = parseFrontMatter("---\ntitle: ok\ncharacters: [a, b\nstate: done\n---\n", QStringLiteral("bad.md"));
        QVERIFY(fm.error);
        QCOMPARE(fm.error->location.path, QStringLiteral("bad.md"));
        QVERIFY2(fm.error->location.line >= 3 && fm.error->location.line <= 5, qPrintable(fm.error->format()));
        QVERIFY(fm.error->message.contains(QLatin1String("YAML")));
        const FrontMatter unterminated = parseFrontMatter("---\ntitle: never closed\n", QStringLiteral("u.md"));
        QVERIFY(unterminated.error);
        QCOMPARE(unterminated.error->location.line, 1);
    }

    void billionLaughsIsRefused()
    {
        QByteArray yaml = "---\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int i = 1; i < 10; ++i)
            yaml += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                        .arg(i)
                        .arg(i - 1)
                        .toUtf8();
        yaml += "---\nbody\n";
        const FrontMatter fm = parseFrontMatter(yaml, QStringLiteral("lol.md"));
        QVERIFY(fm.error);
        QVERIFY2(fm.error->message.contains(QLatin1String("too large")), qPrintable(fm.error->message));
    }

    void setKeyReplacesOnlyItsLines()
    {
        const QByteArray before = sample();
        const QByteArray after
            = setFrontMatterValue(before, QStringLiteral("characters"), QStringList { QStringLiteral("mira") });
        QByteArray expected = before;
        expected.replace("characters:\n  - mira\n  - Jonas Ødegård\n", "characters: [mira]\n");
        QCOMPARE(after, expected);
        // The comment line and the trailing comment of other keys are untouched.
        QVERIFY(after.contains("# who tells this story\n"));
        QVERIFY(after.contains("kind: status-quo   # today's pain\n"));
    }

    void setKeyAppendsNewKeys()
    {
        const QByteArray after = setFrontMatterValue(sample(), QStringLiteral("state"), QStringLiteral("in-progress"));
        QVERIFY(after.contains("progress: 0.5\nstate: in-progress\n---\n"));
        const FrontMatter fm = parseFrontMatter(after);
        QCOMPARE(fm.keys.last(), QStringLiteral("state"));
    }

    void setKeyCreatesTheBlock()
    {
        const QByteArray after = setFrontMatterValue("# Hello\n", QStringLiteral("type"), QStringLiteral("page"));
        QCOMPARE(after, QByteArray("---\ntype: page\n---\n# Hello\n"));
    }

    void quotingWhenNeeded()
    {
        QCOMPARE(yamlScalarOrList(QStringLiteral("plain words")), QByteArray("plain words"));
        QCOMPARE(yamlScalarOrList(QStringLiteral("a: b")), QByteArray("\"a: b\""));
        QCOMPARE(yamlScalarOrList(QStringLiteral("yes")), QByteArray("\"yes\""));
        QCOMPARE(yamlScalarOrList(QStringLiteral("42")), QByteArray("\"42\""));
        QCOMPARE(
            yamlScalarOrList(QStringList { QStringLiteral("x"), QStringLiteral("#tag") }), QByteArray("[x, \"#tag\"]"));
        // Whatever we write reads back as what we meant.
        const QByteArray file
            = setFrontMatterValue("---\n---\n", QStringLiteral("title"), QStringLiteral("Ana's \"quoted\": [draft]"));
        QCOMPARE(parseFrontMatter(file).string(QStringLiteral("title")), QStringLiteral("Ana's \"quoted\": [draft]"));
    }

    void removeKey()
    {
        const QByteArray after = removeFrontMatterKey(sample(), QStringLiteral("characters"));
        QVERIFY(!after.contains("characters"));
        QVERIFY(!after.contains("Jonas"));
        QVERIFY(after.contains("title: \"Mira"));
        QCOMPARE(removeFrontMatterKey(sample(), QStringLiteral("absent")), sample());
    }

    void crlfIsKept()
    {
        QByteArray crlf = sample();
        crlf.replace("\n", "\r\n");
        const QByteArray after = setFrontMatterValue(crlf, QStringLiteral("state"), QStringLiteral("done"));
        QVERIFY(after.contains("state: done\r\n---\r\n"));
        QVERIFY(!after.contains("done\n---"));
    }
};

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "test_frontmatter.moc"
