// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fixes QuickFixes offers for the check's problems of the quick-fix fixture
// (tests/desktop/data/quickfixes), without a window: the first one, applied to
// the file's text, gives the expected file; the last fix of a broken link plans
// the missing page as File › New would.

#include "core/extract/projectloader.h"
#include "core/project/quickfixes.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyloom;

class TestQuickFixList : public QObject
{
    Q_OBJECT

    Snapshot m_snapshot;

private Q_SLOTS:
    void initTestCase()
    {
        m_snapshot = ProjectLoader::load(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/quickfixes/project"));
        QVERIFY(m_snapshot);
    }

    void firstFixGivesTheExpectedFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << u"stories/status-quo/typo-key.md"_s << 7 << u"typo-key.md"_s;
        QTest::newRow("broken reference")
            << u"stories/status-quo/broken-reference.md"_s << 7 << u"broken-reference.md"_s;
        QTest::newRow("broken link") << u"stories/status-quo/broken-link.md"_s << 12 << u"broken-link.md"_s;
        QTest::newRow("duplicate id") << u"characters/dora.md"_s << 6 << u"dora.md"_s;
    }

    void firstFixGivesTheExpectedFile()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const QString text = QString::fromUtf8(test::readTestData(u"quickfixes/project/"_s + path));
        const QList<QuickFix> fixes = QuickFixes(m_snapshot).forLine(path, text, line);
        QVERIFY(!fixes.isEmpty());
        QCOMPARE(fixes.first().path, path);
        QCOMPARE(QuickFixes::applied(text, fixes.first().replacements),
            QString::fromUtf8(test::readTestData(u"quickfixes/expected/"_s + expected)));
        // No problem on the line, no fix.
        QVERIFY(QuickFixes(m_snapshot).forLine(path, text, line - 1).isEmpty());
    }

    void brokenLinkOffersTheMissingPage()
    {
        const QString path = u"stories/status-quo/broken-link.md"_s;
        const QString text = QString::fromUtf8(test::readTestData(u"quickfixes/project/"_s + path));
        const QList<QuickFix> fixes = QuickFixes(m_snapshot).forLine(path, text, 12);
        QVERIFY(fixes.last().projectEdit.isValid());
        QCOMPARE(fixes.last().path, u"characters/alcie.md"_s);
        QCOMPARE(fixes.last().projectEdit.touchedPaths(), QStringList { u"characters/alcie.md"_s });
    }
};

QTEST_GUILESS_MAIN(TestQuickFixList)
#include "test_quickfixlist.moc"
