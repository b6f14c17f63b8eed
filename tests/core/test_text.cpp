// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/text.h"

#include <QTest>

using namespace storyloom;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linksResolveAgainstTheLinkingFile_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("target");
        QTest::newRow("same folder") << "stories/a.md" << "b.md" << "stories/b.md";
        QTest::newRow("up a folder") << "stories/a.md" << "../characters/alan.md" << "characters/alan.md";
        QTest::newRow("dot and spaces") << "stories/a.md" << " ./b.md " << "stories/b.md";
        QTest::newRow("from the root") << "a.md" << "b.html" << "b.md";
        QTest::newRow("escaped space") << "stories/a.md" << "b%20c.md" << "stories/b c.md";
        QTest::newRow("non-ASCII") << "histoires/a.md" << "élodie.md" << "histoires/élodie.md";
        QTest::newRow("with a fragment") << "stories/a.md" << "b.md#part" << "stories/b.md";
        QTest::newRow("with a query") << "stories/a.md" << "b.md?x=1" << "stories/b.md";
        QTest::newRow("from the project root") << "stories/a.md" << "/top.md" << "top.md";
        QTest::newRow("out of the project") << "stories/deep/a.md" << "../../../out.md" << "../out.md";
        QTest::newRow("web") << "stories/a.md" << "https://example.org/a.md" << "";
        QTest::newRow("mail") << "stories/a.md" << "mailto:someone@example.org" << "";
        QTest::newRow("scheme-relative") << "stories/a.md" << "//example.org/x" << "";
        QTest::newRow("fragment only") << "stories/a.md" << "#section" << "";
        QTest::newRow("empty") << "stories/a.md" << "  " << "";
    }

    void linksResolveAgainstTheLinkingFile()
    {
        QFETCH(QString, from);
        QFETCH(QString, link);
        QFETCH(QString, target);
        QCOMPARE(resolveRelativeLink(from, link), target);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "test_text.moc"
