// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Conflict markers a merge left in a file: found only where Git writes them, reported as an error,
// cut into the versions of each change, and compared word by word.
#include "core/parse/conflictmarkers.h"
#include "core/parse/parseddocument.h"
#include "core/sync/conflicttext.h"
#include "core/sync/worddiff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/conflicts/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestConflictMarkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsMarkersWhereGitWritesThem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<ConflictRegion>>("expected");
        QTest::newRow("two conflicts, front matter counted")
            << QStringLiteral("two-way.md") << QList<ConflictRegion> { { 8, 0, 10, 12 }, { 16, 0, 18, 20 } };
        QTest::newRow("markers inside fences are text")
            << QStringLiteral("fenced.md") << QList<ConflictRegion> { { 23, 0, 25, 27 } };
        QTest::newRow("a lone ======= is a heading underline")
            << QStringLiteral("setext.md") << QList<ConflictRegion> {};
        QTest::newRow("out of order, too long, never closed")
            << QStringLiteral("out-of-order.md") << QList<ConflictRegion> {};
        QTest::newRow("CRLF line ends") << QStringLiteral("crlf.md") << QList<ConflictRegion> { { 3, 0, 5, 7 } };
        QTest::newRow("diff3 base section") << QStringLiteral("diff3.md") << QList<ConflictRegion> { { 3, 5, 7, 9 } };
    }

    void findsMarkersWhereGitWritesThem()
    {
        QFETCH(QString, file);
        QFETCH(QList<ConflictRegion>, expected);
        const QByteArray bytes = fixture(file);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(ConflictMarkers::find(QByteArrayView(bytes)), expected);
        // The editor's text (UTF-16) reads the same.
        QCOMPARE(ConflictMarkers::find(QStringView(QString::fromUtf8(bytes))), expected);
    }

    void markersAreAnErrorWithTheirLine()
    {
        const ParsedDocument document
            = parseDocument(fixture(QStringLiteral("two-way.md")), QStringLiteral("stories/cache.md"));
        QStringList errors;
        for (const Diagnostic &diagnostic : document.diagnostics) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                errors.append(diagnostic.format());
        }
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].startsWith(QStringLiteral("stories/cache.md:8:1: error: unresolved sync conflict on lines "
                                                     "8–12")),
            qPrintable(errors[0]));
        QVERIFY(errors[1].startsWith(QStringLiteral("stories/cache.md:16:1: error: ")));
        // A heading underline or markers in a code block are not a conflict.
        for (const QString &clean : { QStringLiteral("setext.md"), QStringLiteral("out-of-order.md") })
            QVERIFY(parseDocument(fixture(clean), clean).diagnostics.isEmpty());
        QCOMPARE(
            parseDocument(fixture(QStringLiteral("fenced.md")), QStringLiteral("fenced.md")).diagnostics.size(), 1);
    }

    void checkReportsTheConflict()
    {
        // What `storyloom-cli check` prints (and exits with) is what the status bar counts.
        QTemporaryDir project;
        QFile config(project.filePath(QStringLiteral("storyloom.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly) && config.write("title: Conflicts\n") > 0);
        config.close();
        QVERIFY(QDir(project.path()).mkpath(QStringLiteral("stories")));
        QFile story(project.filePath(QStringLiteral("stories/cache.md")));
        QVERIFY(story.open(QIODevice::WriteOnly) && story.write(fixture(QStringLiteral("two-way.md"))) > 0);
        story.close();
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), { QStringLiteral("check"), project.path() });
        QVERIFY(check.waitForFinished(60000));
        const QString output = QString::fromUtf8(check.readAll());
        QCOMPARE(check.exitCode(), 1);
        QVERIFY2(output.contains(QStringLiteral("stories/cache.md:8:1: error: unresolved sync conflict on lines 8–12")),
            qPrintable(output));
        QVERIFY(output.contains(QStringLiteral("stories/cache.md:16:1: error: ")));
    }

    void cutsTheTextIntoChanges()
    {
        const QString text = QString::fromUtf8(fixture(QStringLiteral("two-way.md")));
        const ConflictText conflicts(text);
        QCOMPARE(conflicts.conflictCount(), 2);
        QCOMPARE(conflicts.chunks().size(), 4); // text, change, text, change
        const ConflictChunk &first = conflicts.chunks()[1];
        QVERIFY(first.conflict);
        QCOMPARE(first.line, 8);
        QCOMPARE(first.ours, QStringLiteral("He is working on a GraphQL server.\n"));
        QCOMPARE(first.theirs, QStringLiteral("He is working on a gRPC server.\n"));
        QCOMPARE(first.oursLabel, QStringLiteral("HEAD"));
        QCOMPARE(first.theirsLabel, QStringLiteral("origin/main"));
        // Undecided keeps the file as it is, byte for byte.
        QCOMPARE(conflicts.resolved({}), text);
        const QString resolved = conflicts.resolved({ ConflictChoice::Theirs, ConflictChoice::Both });
        QVERIFY(!resolved.contains(QStringLiteral("<<<<<<<")));
        QVERIFY(
            resolved.contains(QStringLiteral("Alan is a developer.\nHe is working on a gRPC server.\n\nThe cache")));
        QVERIFY(resolved.endsWith(
            QStringLiteral("It keeps the last hour of queries.\nIt keeps the last day of queries.\n")));
        QCOMPARE(conflicts.resolved({ ConflictChoice::Mine }).count(QStringLiteral("<<<<<<<")), 1);

        // CRLF stays CRLF; a diff3 base is kept apart from both sides.
        const QString crlf = QString::fromUtf8(fixture(QStringLiteral("crlf.md")));
        QCOMPARE(ConflictText(crlf).resolved({ ConflictChoice::Mine }),
            QStringLiteral("# Windows line ends\r\n\r\nMine.\r\n\r\nThe end.\r\n"));
        const ConflictText diff3(QString::fromUtf8(fixture(QStringLiteral("diff3.md"))));
        QCOMPARE(diff3.chunks().last().base, QStringLiteral("Alan works on an HTTP server.\n"));
        QCOMPARE(diff3.chunks().last().ours, QStringLiteral("Alan works on a GraphQL server.\n"));
        QCOMPARE(diff3.resolved({ ConflictChoice::Theirs }),
            QStringLiteral("# A diff3-style conflict\n\nAlan works on a gRPC server.\n"));
    }

    void marksTheWordsThatDiffer()
    {
        const QString mine = QStringLiteral("He is working on a GraphQL server.");
        const QString theirs = QStringLiteral("He is working on a gRPC server, today.");
        const WordChanges changes = WordDiff::compare(mine, theirs);
        QCOMPARE(changes.before.size(), 1);
        QCOMPARE(mine.mid(changes.before[0].start, changes.before[0].length), QStringLiteral("GraphQL"));
        QCOMPARE(changes.after.size(), 2);
        QCOMPARE(theirs.mid(changes.after[0].start, changes.after[0].length), QStringLiteral("gRPC"));
        QCOMPARE(theirs.mid(changes.after[1].start, changes.after[1].length), QStringLiteral(", today"));
        // Equal texts have nothing marked; words are letters and digits of any script.
        QVERIFY(WordDiff::compare(mine, mine).before.isEmpty());
        QCOMPARE(WordDiff::tokens(QStringLiteral("Grüße, 2026!")),
            (QStringList { QStringLiteral("Grüße"), QStringLiteral(","), QStringLiteral(" "), QStringLiteral("2026"),
                QStringLiteral("!") }));
    }
};

QTEST_GUILESS_MAIN(TestConflictMarkers)
#include "test_conflictmarkers.moc"
