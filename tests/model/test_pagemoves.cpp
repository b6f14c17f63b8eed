// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renaming, moving and trashing a page of an mdBook: links in other pages and SUMMARY.md follow as the
// smallest edits, and every other byte of every other file stays.
#include "pagetestutil.h"

#include "core/extract/projectloader.h"
#include "core/project/linkrewriter.h"
#include "core/project/writer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString fixture = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/minibook");

QByteArray replaced(QByteArray bytes, const QList<std::pair<QByteArray, QByteArray>> &edits)
{
    for (const auto &[from, to] : edits) {
        if (!bytes.contains(from))
            qWarning("test expectation names text the fixture lacks: %s", from.constData());
        bytes.replace(from, to);
    }
    return bytes;
}
} // namespace

class TestPageMoves : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;

    [[nodiscard]] QString idOf(const Snapshot &snapshot, const QString &path)
    {
        const Entity *entity = snapshot->entityForPath(path);
        return entity ? entity->id : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_book = m_dir.path() + QStringLiteral("/book") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(copyTree(fixture, m_book));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/data")));
    }

    void linksInCodeStay()
    {
        const QByteArray text = "[a](x.md) `[b](x.md)` [c][r]\n```\n[d](x.md)\n```\n[r]: <x.md#top>\n";
        QCOMPARE(LinkRewriter::retarget(
                     text, QStringLiteral("src/p.md"), QStringLiteral("src/x.md"), QStringLiteral("src/sub/y.md")),
            QByteArray("[a](sub/y.md) `[b](x.md)` [c][r]\n```\n[d](x.md)\n```\n[r]: <sub/y.md#top>\n"));
        QCOMPARE(LinkRewriter::relativeLink(QStringLiteral("src/a/p.md"), QStringLiteral("src/b/q.md")),
            QStringLiteral("../b/q.md"));
    }

    void renameKeepsLinksAndSummary()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const QString id = idOf(book, QStringLiteral("src/status_quo/alan_hits_a_wall.md"));
        QCOMPARE(book->entity(id)->title, QStringLiteral("Alan hits a wall"));
        const QMap<QString, QByteArray> before = readTree(m_book);
        const WriteResult result = Writer(book).rename(id, QStringLiteral("Alan climbs a wall"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.path, QStringLiteral("src/status_quo/alan_climbs_a_wall.md"));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after),
            (QStringList { QStringLiteral("src/SUMMARY.md"), QStringLiteral("src/characters/alan.md"),
                QStringLiteral("src/status_quo.md"), QStringLiteral("src/status_quo/alan_climbs_a_wall.md"),
                QStringLiteral("src/status_quo/alan_hits_a_wall.md"),
                QStringLiteral("src/status_quo/alan_hits_a_wall/part_two.md"),
                QStringLiteral("src/status_quo/grace_reads_a_trace.md") }));
        QCOMPARE(after.value(QStringLiteral("src/SUMMARY.md")),
            replaced(before.value(QStringLiteral("src/SUMMARY.md")),
                { { "* [Alan hits a wall](status_quo/alan_hits_a_wall.md)",
                    "* [Alan climbs a wall](status_quo/alan_climbs_a_wall.md)" } }));
        // The page itself: its heading takes the new title; code, code spans and its own links stay.
        QCOMPARE(after.value(result.path),
            replaced(before.value(QStringLiteral("src/status_quo/alan_hits_a_wall.md")),
                { { "stories: Alan hits a wall\n", "stories: Alan climbs a wall\n" } }));
        QCOMPARE(after.value(QStringLiteral("src/characters/alan.md")),
            replaced(before.value(QStringLiteral("src/characters/alan.md")),
                { { "(../status_quo/alan_hits_a_wall.md#the-wall)",
                    "(../status_quo/alan_climbs_a_wall.md#the-wall)" } }));
        QCOMPARE(after.value(QStringLiteral("src/status_quo.md")),
            replaced(before.value(QStringLiteral("src/status_quo.md")),
                { { "(status_quo/alan_hits_a_wall.md)", "(status_quo/alan_climbs_a_wall.md)" } }));
        QCOMPARE(after.value(QStringLiteral("src/status_quo/alan_hits_a_wall/part_two.md")),
            replaced(before.value(QStringLiteral("src/status_quo/alan_hits_a_wall/part_two.md")),
                { { "(../alan_hits_a_wall.md)", "(../alan_climbs_a_wall.md)" } }));
        QCOMPARE(after.value(QStringLiteral("src/status_quo/grace_reads_a_trace.md")),
            replaced(before.value(QStringLiteral("src/status_quo/grace_reads_a_trace.md")),
                { { "<./alan_hits_a_wall.md#the-wall>", "<./alan_climbs_a_wall.md#the-wall>" },
                    { "[wall]: ./alan_hits_a_wall.md", "[wall]: ./alan_climbs_a_wall.md" } }));

        const Snapshot renamed = ProjectLoader::load(m_book);
        QVERIFY(renamed->entityForPath(result.path));
        QCOMPARE(renamed->entityForPath(result.path)->title, QStringLiteral("Alan climbs a wall"));
        QCOMPARE(renamed->warningCount(), book->warningCount());
    }

    void moveRebasesItsOwnLinks()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const QString id = idOf(book, QStringLiteral("src/status_quo/grace_reads_a_trace.md"));
        const QMap<QString, QByteArray> before = readTree(m_book);
        const QString target = QStringLiteral("src/notes/grace_reads_a_trace.md");
        const WriteResult result = Writer(book).move(id, target);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after),
            (QStringList { QStringLiteral("src/SUMMARY.md"), target, QStringLiteral("src/status_quo.md"),
                QStringLiteral("src/status_quo/alan_hits_a_wall.md"),
                QStringLiteral("src/status_quo/grace_reads_a_trace.md") }));
        QCOMPARE(after.value(target),
            replaced(before.value(QStringLiteral("src/status_quo/grace_reads_a_trace.md")),
                { { "<./alan_hits_a_wall.md#the-wall>", "<../status_quo/alan_hits_a_wall.md#the-wall>" },
                    { "[wall]: ./alan_hits_a_wall.md", "[wall]: ../status_quo/alan_hits_a_wall.md" } }));
        QCOMPARE(after.value(QStringLiteral("src/status_quo/alan_hits_a_wall.md")),
            replaced(before.value(QStringLiteral("src/status_quo/alan_hits_a_wall.md")),
                { { "(grace_reads_a_trace.md \"her story\")", "(../notes/grace_reads_a_trace.md \"her story\")" } }));
        QCOMPARE(after.value(QStringLiteral("src/status_quo.md")),
            replaced(before.value(QStringLiteral("src/status_quo.md")),
                { { "(status_quo/grace_reads_a_trace.html)", "(notes/grace_reads_a_trace.html)" } }));
        // Its chapter leaves the status quo chapters: nothing of notes/ is listed, so it comes last.
        QCOMPARE(after.value(QStringLiteral("src/SUMMARY.md")),
            replaced(before.value(QStringLiteral("src/SUMMARY.md")),
                { { "    * [Grace reads a trace](status_quo/grace_reads_a_trace.md)\n", "" },
                    { "        * [Part two](status_quo/alan_hits_a_wall/part_two.md)\n",
                        "        * [Part two](status_quo/alan_hits_a_wall/part_two.md)\n"
                        "* [Grace reads a trace](notes/grace_reads_a_trace.md)\n" } }));
        QCOMPARE(ProjectLoader::load(m_book)->warningCount(), book->warningCount());
    }

    void trashTakesTheSummaryEntry()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const Writer writer(book);
        // A chapter with chapters nested under it stays: removing its line would re-nest them.
        const QMap<QString, QByteArray> before = readTree(m_book);
        QVERIFY(!writer.moveToTrash(idOf(book, QStringLiteral("src/status_quo/alan_hits_a_wall.md"))).ok);
        QCOMPARE(readTree(m_book), before);

        const QString path = QStringLiteral("src/status_quo/grace_reads_a_trace.md");
        QCOMPARE(writer.pagesLinkingTo(path),
            (QStringList {
                QStringLiteral("src/status_quo.md"), QStringLiteral("src/status_quo/alan_hits_a_wall.md") }));
        const WriteResult result = writer.moveToTrash(idOf(book, path));
        QVERIFY2(result.ok, qPrintable(result.error));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after), (QStringList { QStringLiteral("src/SUMMARY.md"), path }));
        QCOMPARE(after.value(QStringLiteral("src/SUMMARY.md")),
            replaced(before.value(QStringLiteral("src/SUMMARY.md")),
                { { "    * [Grace reads a trace](status_quo/grace_reads_a_trace.md)\n", "" } }));
    }
};

QTEST_GUILESS_MAIN(TestPageMoves)
#include "test_pagemoves.moc"
