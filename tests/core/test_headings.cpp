// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one heading rule and the one anchor rule (core/parse): which lines are
// headings (CommonMark's reading, code and front matter skipped) and the
// anchors mdBook gives them, on a fixture with the cases that told the old
// scanners apart.

#include "core/parse/parseddocument.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyloom;

namespace {
QByteArray fixture()
{
    QFile file(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/headings.md"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestHeadings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headingsAsCommonMarkReadsThem()
    {
        const QByteArray file = fixture();
        QVERIFY(!file.isEmpty());
        const QList<Heading> headings = fileHeadings(file);
        QStringList found;
        for (const Heading &h : headings)
            found.append(u"%1 %2 %3"_s.arg(h.level).arg(h.line).arg(h.text));
        // Not headings: front matter, "#nope", a backtick line inside a tilde fence and what follows
        // it, indented code. A setext heading underlined with dashes is level 2.
        const QStringList expected { u"1 5 A - B"_s, u"2 9 Über uns"_s, u"2 11 Code title"_s, u"2 13 Bold title"_s,
            u"2 15 Method-call 🐙 expressions"_s, u"2 17 :rocket: Launch"_s, u"2 26 Setext title"_s, u"3 29 Repeat"_s,
            u"3 31 Repeat"_s };
        QCOMPARE(found, expected);
    }

    void anchorsAsMdBookGivesThem()
    {
        // mdBook's normalize_id: every space a dash ("a---b", not "a-b"), punctuation and emoji dropped,
        // only ASCII letters lower-cased; repeats numbered from -1. GitHub agrees but for "Über".
        QSet<QString> taken;
        QStringList anchors;
        for (const Heading &h : fileHeadings(fixture()))
            anchors.append(uniqueAnchor(h.anchor, taken));
        const QStringList expected { u"a---b"_s, u"Über-uns"_s, u"code-title"_s, u"bold-title"_s,
            u"method-call--expressions"_s, u"rocket-launch"_s, u"setext-title"_s, u"repeat"_s, u"repeat-1"_s };
        QCOMPARE(anchors, expected);
        QCOMPARE(headingAnchor(u"  `--passes`: add more rustdoc passes "_s), u"--passes-add-more-rustdoc-passes"_s);
        QCOMPARE(headingAnchor(u"中文標題 CJK title"_s), u"中文標題-cjk-title"_s);
    }

    void parseAgreesWithTheScanner()
    {
        const QByteArray file = fixture();
        const ParsedDocument parsed = parseDocument(file, u"headings.md"_s);
        const QList<Heading> scanned = fileHeadings(file);
        QCOMPARE(parsed.headings.size(), scanned.size());
        for (qsizetype i = 0; i < scanned.size(); ++i) {
            QCOMPARE(parsed.headings[i].level, scanned[i].level);
            QCOMPARE(parsed.headings[i].line, scanned[i].line);
            QCOMPARE(parsed.headings[i].text, scanned[i].text);
            QCOMPARE(parsed.headings[i].anchor, scanned[i].anchor);
        }
    }
};

QTEST_GUILESS_MAIN(TestHeadings)
#include "test_headings.moc"
