// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fast front matter reader: what it reads, what it leaves to yaml-cpp, and that where it
// answers it answers as yaml-cpp does (on generated inputs and on the bundled sample project).
#include "core/parse/frontmatter.h"
#include "core/parse/simpleyaml.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

using namespace storyloom;

namespace {

/** Equal values of equal types, lists item by item: QVariant's == would call 1 and "1" equal. */
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() != b.typeId() || a.isNull() != b.isNull())
        return false;
    if (a.typeId() == QMetaType::QVariantList) {
        const QVariantList left = a.toList();
        const QVariantList right = b.toList();
        if (left.size() != right.size())
            return false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            if (!sameValue(left.at(i), right.at(i)))
                return false;
        }
        return true;
    }
    return a == b;
}

QString describe(const QStringList &keys, const QVariantMap &values)
{
    QStringList parts;
    for (const QString &key : keys) {
        const QVariant v = values.value(key);
        parts.append(QStringLiteral("%1=%2(%3)")
                .arg(key, v.toString(), QString::fromLatin1(v.typeName() ? v.typeName() : "null")));
    }
    return parts.join(QStringLiteral("; "));
}

/** Fails the test unless the fast reader, where it answers, answers as yaml-cpp. Returns whether it answered. */
bool agreesWithYamlCpp(const QByteArray &yaml)
{
    const std::optional<YamlEntries> fast = readSimpleYaml(yaml);
    if (!fast)
        return false;
    const FrontMatter full
        = parseFrontMatter("---\n" + yaml + (yaml.endsWith('\n') ? "" : "\n") + "---\n", {}, YamlReader::YamlCpp);
    const QByteArray context = "input:\n" + yaml + "\nfast: " + describe(fast->keys, fast->values).toUtf8()
        + "\nyaml-cpp: " + describe(full.keys, full.values).toUtf8();
    if (full.error)
        qFatal(
            "yaml-cpp refuses what the fast reader read: %s\n%s", qPrintable(full.error->message), context.constData());
    if (fast->keys != full.keys)
        qFatal("keys differ\n%s", context.constData());
    for (const QString &key : full.keys) {
        if (!sameValue(fast->values.value(key), full.values.value(key)))
            qFatal("values differ\n%s", context.constData());
    }
    return true;
}

} // namespace

class TestSimpleYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCommonShape()
    {
        const QByteArray yaml = "type: story\r\n"
                                "title: Zoë's night at the kiosk (part 2), again   \n"
                                "\n"
                                "# a comment line\n"
                                "characters: [zoe,  amara ]   # who is in it\n"
                                "goals: []\n"
                                "progress: 0.5\n"
                                "order: -3\n"
                                "draft: true\n"
                                "state: #left empty\n"
                                "owner: ~\n";
        const std::optional<YamlEntries> entries = readSimpleYaml(yaml);
        QVERIFY(entries);
        QCOMPARE(entries->keys,
            (QStringList { QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("characters"),
                QStringLiteral("goals"), QStringLiteral("progress"), QStringLiteral("order"), QStringLiteral("draft"),
                QStringLiteral("state"), QStringLiteral("owner") }));
        const QVariantMap &v = entries->values;
        QCOMPARE(v.value(QStringLiteral("type")), QVariant(QStringLiteral("story")));
        QCOMPARE(
            v.value(QStringLiteral("title")), QVariant(QStringLiteral("Zoë's night at the kiosk (part 2), again")));
        QCOMPARE(v.value(QStringLiteral("characters")),
            QVariant(QVariantList { QStringLiteral("zoe"), QStringLiteral("amara") }));
        QCOMPARE(v.value(QStringLiteral("goals")), QVariant(QVariantList {}));
        QCOMPARE(v.value(QStringLiteral("progress")).typeId(), QMetaType::Double);
        QCOMPARE(v.value(QStringLiteral("progress")).toDouble(), 0.5);
        QCOMPARE(v.value(QStringLiteral("order")).toDouble(), -3.0);
        QCOMPARE(v.value(QStringLiteral("draft")), QVariant(true));
        QVERIFY(v.contains(QStringLiteral("state")) && v.value(QStringLiteral("state")).isNull());
        QVERIFY(v.contains(QStringLiteral("owner")) && v.value(QStringLiteral("owner")).isNull());
        QVERIFY(agreesWithYamlCpp(yaml));
    }

    void leavesTheRestToYamlCpp_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("quoted") << QByteArray("title: \"Mira: the night\"\n");
        QTest::newRow("single quoted") << QByteArray("title: 'it''s'\n");
        QTest::newRow("block list") << QByteArray("characters:\n  - mira\n  - jonas\n");
        QTest::newRow("nested map") << QByteArray("links:\n  issue: 12\n");
        QTest::newRow("colon in value") << QByteArray("url: https://example.org\n");
        QTest::newRow("no space after colon") << QByteArray("key:value\n");
        QTest::newRow("hash in value") << QByteArray("lang: C#\n");
        QTest::newRow("anchor") << QByteArray("a: &x one\nb: *x\n");
        QTest::newRow("tag") << QByteArray("a: !!str 5\n");
        QTest::newRow("block scalar") << QByteArray("a: |\n  text\n");
        QTest::newRow("tab") << QByteArray("a:\tb\n");
        QTest::newRow("repeated key") << QByteArray("a: 1\na: 2\n");
        QTest::newRow("nested flow") << QByteArray("a: [b, [c]]\n");
        QTest::newRow("flow map") << QByteArray("a: {b: c}\n");
        QTest::newRow("empty flow item") << QByteArray("a: [b, , c]\n");
        QTest::newRow("line separator") << QByteArray("a: b\xe2\x80\xa8"
                                                      "c\n");
        QTest::newRow("next line") << QByteArray("a: b\xc2\x85"
                                                 "c\n");
        QTest::newRow("carriage return in a comment") << QByteArray("# note\rhidden: key\nshown: yes\n");
        QTest::newRow("question mark in a flow item") << QByteArray("characters: [amara, who?]\n");
        QTest::newRow("not UTF-8") << QByteArray("a: \xff\n");
        QTest::newRow("not a mapping") << QByteArray("just text\n");
        QTest::newRow("document marker") << QByteArray("%YAML 1.2\n");
    }

    void leavesTheRestToYamlCpp()
    {
        QFETCH(QByteArray, yaml);
        QVERIFY(!readSimpleYaml(yaml));
        // And the front matter still reads it, through yaml-cpp.
        const QByteArray file = "---\n" + yaml + "---\nBody.\n";
        const FrontMatter fast = parseFrontMatter(file);
        const FrontMatter full = parseFrontMatter(file, {}, YamlReader::YamlCpp);
        QCOMPARE(fast.keys, full.keys);
        QCOMPARE(fast.error.has_value(), full.error.has_value());
    }

    void agreesWithYamlCppOnGeneratedInputs()
    {
        // Lines built from pieces YAML gives meaning to; the seed keeps failures reproducible.
        const QList<QByteArray> keys { "title", "type", "pain_points", "x-y", "1", "true", "null", "~", "\"q\"", "k k",
            "_k", "-k", "é", "" };
        const QList<QByteArray> separators { ": ", ":", ":  ", " : ", ":\t", ": # c\n  " };
        const QList<QByteArray> values { "story", "Alan's day", "Ødegård", "5", "-3", "+4", "0.5", ".5", "1e3", "1_000",
            "0x1F", "007", "inf", "-.inf", ".nan", "true", "false", "True", "yes", "null", "~", "Null", "NULL", "", " ",
            "a, b", "[a, b]", "[]", "[ ]", "[a,,b]", "[a, b,]", "[a, [b]]", "[null, ~, 1, true]", "[ x y , z ]",
            "[a b]c", "a: b", "a:b", "a #c", "a#b", "a  #c", "'q'", "\"q\"", "&x a", "*x", "!tag a", "|", ">", "a  b",
            "(x)", "/p", "@a", "`a`", "a|b", "%x", "a&b", "a*b", "a!b", "é ü", "-", "- a", "-a", "?", "? a", "?a", ":a",
            ",a", "a,", "{a: b}", "{}", "a  ", "a\"b", "a'b", "a?b", "a\\b",
            "a\xe2\x80\xa9"
            "b",
            "\xef\xbb\xbf"
            "a",
            "a\x01"
            "b",
            "a\x7f", "a\rb", "a\r", "1.", "1.2.3", "+.5", "-", "--", "---", "...", "a...", "=", "<<", "[a]b", "a]",
            "a}" };
        const QList<QByteArray> extraLines { "", "   ", "# comment", "  # indented comment", "  - item", "  nested: x",
            "- top item", "...", "? complex", "key", "# a\rb: c", "#\tx" };
        QRandomGenerator random(20261127);
        auto pick = [&random](const QList<QByteArray> &from) { return from.at(random.bounded(int(from.size()))); };
        int answered = 0;
        constexpr int rounds = 200000;
        for (int round = 0; round < rounds; ++round) {
            QByteArray yaml;
            const int lines = 1 + random.bounded(5);
            const QByteArray eol = random.bounded(4) == 0 ? "\r\n" : "\n";
            for (int i = 0; i < lines; ++i) {
                if (random.bounded(6) == 0)
                    yaml += pick(extraLines) + eol;
                else
                    yaml += pick(keys) + pick(separators) + pick(values) + (random.bounded(5) == 0 ? " # note" : "")
                        + eol;
            }
            if (agreesWithYamlCpp(yaml))
                ++answered;
        }
        // The test means something only if the fast reader answers often (about one input in thirty).
        QVERIFY2(answered > rounds / 50, qPrintable(QStringLiteral("answered %1 of %2").arg(answered).arg(rounds)));
        qInfo("the fast reader answered %d of %d generated inputs", answered, rounds);
    }

    void agreesOnEveryCharacterInEveryPlace()
    {
        // Each printable ASCII character and a few others, first, inside, last and after a space,
        // in a plain value and in a flow list item: what yaml-cpp gives some of them depends on
        // the place (a `?` inside a flow item is an error to it, not inside a plain value).
        QList<QByteArray> characters;
        for (char c = 0x21; c < 0x7f; ++c)
            characters.append(QByteArray(1, c));
        characters << "\xc3\xa9" << "\xe2\x80\x94" << "\xf0\x9f\x99\x82";
        int answered = 0;
        for (const QByteArray &c : characters) {
            const QList<QByteArray> values { c + "b", "b" + c + "c", "b" + c, "b " + c + "c", "b " + c };
            for (const QByteArray &value : values) {
                answered += agreesWithYamlCpp("k: " + value + "\n") ? 1 : 0;
                answered += agreesWithYamlCpp("k: [a, " + value + "]\n") ? 1 : 0;
                answered += agreesWithYamlCpp("k: [" + value + ", a]\n") ? 1 : 0;
            }
        }
        QVERIFY2(answered > 500, qPrintable(QString::number(answered)));
    }

    void agreesOnTheSampleProject()
    {
        int files = 0;
        int answered = 0;
        QDirIterator it(
            QStringLiteral(":/storyloom"), { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const FrontMatter fast = parseFrontMatter(bytes, it.filePath());
            const FrontMatter full = parseFrontMatter(bytes, it.filePath(), YamlReader::YamlCpp);
            QCOMPARE(fast.keys, full.keys);
            for (const QString &key : full.keys)
                QVERIFY2(
                    sameValue(fast.values.value(key), full.values.value(key)), qPrintable(it.filePath() + u' ' + key));
            QCOMPARE(fast.error.has_value(), full.error.has_value());
            if (!fast.present || !it.filePath().startsWith(QLatin1String(":/storyloom/sample/")))
                continue;
            ++files;
            const QByteArrayView yaml = QByteArrayView(bytes).sliced(4, bytes.indexOf("\n---", 3) - 3);
            if (readSimpleYaml(yaml))
                ++answered;
            else
                qInfo("left to yaml-cpp: %s", qPrintable(it.filePath()));
        }
        QVERIFY(files > 20);
        // The sample's front matter is the shape the fast reader exists for (the templates quote a placeholder).
        QVERIFY2(answered == files, qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(files)));
    }
};

QTEST_GUILESS_MAIN(TestSimpleYaml)
#include "test_simpleyaml.moc"
