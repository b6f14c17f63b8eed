// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parse cache's codec: every field of a parse comes back, and damaged bytes never decode.
#include "core/parse/parsecodec.h"

#include <QDataStream>
#include <QDate>
#include <QIODevice>
#include <QTest>

using namespace storyloom;

class TestParseCodec : public QObject
{
    Q_OBJECT

    /** A page with something in every part of a parse: nested front matter, a table, lists, morals, a bad link. */
    static ParsedDocument richParse()
    {
        const QByteArray text = "---\n"
                                "title: \"Élodie: the build that never ends\"\n"
                                "characters: [elodie, Barbara]\n"
                                "progress: 0.25\n"
                                "draft: true\n"
                                "note: \"\"\n"
                                "empty:\n"
                                "links:\n"
                                "  home: https://example.org\n"
                                "  tries: [1, 2, {deep: [yes]}]\n"
                                "---\n"
                                "# Élodie waits\n\n"
                                "She reads [the roadmap](../roadmap.md) and <https://example.org/x>, ~~twice~~.\n\n"
                                "| Goal | State |\n|---|---|\n| [Faster builds](goals/fast.md) | 🦀 |\n\n"
                                "## Morals of the story\n\n"
                                "* Waiting hurts ([see](a.md))\n  * nested *point*\n"
                                "* Another one\n"
                                "-\n\n"
                                "A paragraph under the morals.\n\n"
                                "```rust\nfn main() {}\n```\n";
        ParsedDocument parse = parseDocument(text, QStringLiteral("stories/elodie.md"));
        // Kinds of value the YAML reader never makes still come back (through QDataStream).
        parse.frontMatter.values.insert(QStringLiteral("date"), QDate(2026, 11, 27));
        parse.diagnostics.append(
            Diagnostic::warning({ QStringLiteral("stories/elodie.md"), 3, 7 }, QStringLiteral("odd ✓")));
        parse.frontMatter.error
            = Diagnostic::error({ QStringLiteral("stories/elodie.md"), 2, 1 }, QStringLiteral("bad"));
        parse.bodyRead = true;
        return parse;
    }

    /** Every field, as the stream operators write them. */
    static QByteArray fields(const ParsedDocument &parse)
    {
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_5);
        stream << parse;
        return bytes;
    }

private Q_SLOTS:
    void everyFieldComesBack()
    {
        const ParsedDocument parse = richParse();
        QVERIFY(!parse.links.isEmpty());
        QVERIFY(!parse.tables.isEmpty());
        QVERIFY(!parse.listItems.isEmpty());
        QVERIFY(!parse.paragraphs.isEmpty());
        QVERIFY(!parse.headings.isEmpty());
        const std::optional<ParsedDocument> back = ParseCodec::decode(ParseCodec::encode(parse, true));
        QVERIFY(back);
        QCOMPARE(fields(*back), fields(parse));
        QCOMPARE(back->frontMatter.values.value(QStringLiteral("date")).toDate(), QDate(2026, 11, 27));
        QCOMPARE(back->frontMatter.list(QStringLiteral("characters")),
            (QStringList { QStringLiteral("elodie"), QStringLiteral("Barbara") }));
    }

    // TextEdits tells a prose-only edit by comparing the digest of a fresh parse with the
    // cached one's: an empty list item or string must not come back as a null one.
    void aCachedParseDigestsAsTheFreshOne()
    {
        const ParsedDocument parse = richParse();
        QVERIFY(std::any_of(parse.listItems.cbegin(), parse.listItems.cend(),
            [](const ListItem &item) { return item.markdown.isEmpty() && !item.markdown.isNull(); }));
        const std::optional<ParsedDocument> back = ParseCodec::decode(ParseCodec::encode(parse, true));
        QVERIFY(back);
        for (int heading = -1; heading < int(parse.headings.size()); ++heading) {
            QCOMPARE(structureFingerprint(*back, heading, true), structureFingerprint(parse, heading, true));
            QCOMPARE(structureFingerprint(*back, heading, false), structureFingerprint(parse, heading, false));
        }
    }

    void theBodyStaysOutWhenAskedTo()
    {
        const ParsedDocument parse = richParse();
        const std::optional<ParsedDocument> back = ParseCodec::decode(ParseCodec::encode(parse, false));
        QVERIFY(back);
        QVERIFY(back->body.isEmpty());
        QCOMPARE(back->bodyDigest, parse.bodyDigest);
        ParsedDocument withoutBody = parse;
        withoutBody.body.clear();
        QCOMPARE(fields(*back), fields(withoutBody));
    }

    void damagedBytesNeverDecode()
    {
        const QByteArray bytes = ParseCodec::encode(richParse(), true);
        for (qsizetype size = 0; size < bytes.size(); ++size)
            QVERIFY2(!ParseCodec::decode(QByteArrayView(bytes).first(size)), qPrintable(QString::number(size)));
        QVERIFY(!ParseCodec::decode(QByteArray(bytes + "x")));
        QByteArray otherFormat = bytes;
        otherFormat[0] = char(otherFormat[0] ^ 0x01);
        QVERIFY(!ParseCodec::decode(otherFormat));
        // A count or length made huge must fail, not allocate or read past the end; any
        // other flipped byte may decode to something else, but only from these bytes.
        for (qsizetype at = 4; at < bytes.size(); ++at) {
            QByteArray flipped = bytes;
            flipped[at] = char(0xff);
            (void)ParseCodec::decode(flipped);
        }
    }
};

QTEST_GUILESS_MAIN(TestParseCodec)
#include "test_parsecodec.moc"
