// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A project operation as one ProjectEdit: applied, undone and redone as one step, every byte of every
// file back as it was; refused, changing nothing, when a file it touches changed on disk since.
#include "pagetestutil.h"

#include "core/extract/projectloader.h"
#include "core/project/linkrewriter.h"
#include "core/project/pageplanner.h"
#include "core/project/projectedit.h"
#include "core/project/writer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString minibook = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/minibook");
const QString library = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/lantern-library");
} // namespace

class TestProjectEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;

    [[nodiscard]] static QString idOf(const Snapshot &snapshot, const QString &path)
    {
        const Entity *entity = snapshot->entityForPath(path);
        return entity ? entity->id : QString();
    }

    /** Applies the edit, then undoes and redoes it twice: every state byte for byte as the first time. */
    static void roundTrip(ProjectEdit &edit, const QString &root, const QStringList &changed)
    {
        QVERIFY2(edit.isValid(), qPrintable(edit.error()));
        const QMap<QString, QByteArray> before = readTree(root);
        const WriteResult applied = edit.apply();
        QVERIFY2(applied.ok, qPrintable(applied.error));
        const QMap<QString, QByteArray> after = readTree(root);
        QCOMPARE(changedFiles(before, after), changed);
        for (int round = 0; round < 2; ++round) {
            const WriteResult undone = edit.undo();
            QVERIFY2(undone.ok, qPrintable(undone.error));
            QCOMPARE(readTree(root), before);
            const WriteResult redone = edit.apply();
            QVERIFY2(redone.ok, qPrintable(redone.error));
            QCOMPARE(readTree(root), after);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_book = m_dir.path() + u"/book"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(copyTree(minibook, m_book));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path() + u"/data"_s));
    }

    void moveTakesItsSummaryEntryAlongAndUndoes()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const QByteArray summary = readBytes(m_book + u"/src/SUMMARY.md"_s);
        ProjectEdit edit = Writer(book).planMove(
            idOf(book, u"src/status_quo/grace_reads_a_trace.md"_s), u"src/characters/grace_reads_a_trace.md"_s);
        QCOMPARE(edit.text(), u"Move page"_s);
        QCOMPARE(edit.page(), u"src/characters/grace_reads_a_trace.md"_s);
        // Planning writes nothing.
        QCOMPARE(readBytes(m_book + u"/src/SUMMARY.md"_s), summary);
        roundTrip(edit, m_book,
            { u"src/SUMMARY.md"_s, u"src/characters/grace_reads_a_trace.md"_s, u"src/status_quo.md"_s,
                u"src/status_quo/alan_hits_a_wall.md"_s, u"src/status_quo/grace_reads_a_trace.md"_s });
        // The chapter now stands among the characters' chapters, written like them.
        QByteArray expected = summary;
        expected.replace("    * [Grace reads a trace](status_quo/grace_reads_a_trace.md)\n", "");
        expected.replace("    * [Grace](characters/grace.md)\n",
            "    * [Grace](characters/grace.md)\n    * [Grace reads a trace](characters/grace_reads_a_trace.md)\n");
        QCOMPARE(readBytes(m_book + u"/src/SUMMARY.md"_s), expected);
    }

    void moveIntoANewFolderTakesTheFolderBackOnUndo()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        ProjectEdit edit = Writer(book).planMove(idOf(book, u"src/characters/alan.md"_s), u"src/people/cast/alan.md"_s);
        QVERIFY(edit.apply().ok);
        QVERIFY(QFileInfo::exists(m_book + u"/src/people/cast/alan.md"_s));
        QVERIFY(edit.undo().ok);
        QVERIFY(!QFileInfo::exists(m_book + u"/src/people"_s));
        QCOMPARE(readTree(m_book), readTree(minibook));
    }

    void renameUndoesAsOneStep()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        ProjectEdit edit
            = Writer(book).planRename(idOf(book, u"src/status_quo/alan_hits_a_wall.md"_s), u"Alan climbs a wall"_s);
        QCOMPARE(edit.text(), u"Rename page"_s);
        roundTrip(edit, m_book,
            { u"src/SUMMARY.md"_s, u"src/characters/alan.md"_s, u"src/status_quo.md"_s,
                u"src/status_quo/alan_climbs_a_wall.md"_s, u"src/status_quo/alan_hits_a_wall.md"_s,
                u"src/status_quo/alan_hits_a_wall/part_two.md"_s, u"src/status_quo/grace_reads_a_trace.md"_s });
    }

    void renameInANativeProject()
    {
        const QString root = m_dir.path() + u"/library"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(copyTree(library, root));
        const Snapshot project = ProjectLoader::load(root);
        const Entity *story = project->entityForPath(u"stories/lost-hold.md"_s);
        QVERIFY(story);
        ProjectEdit edit = Writer(project).planRename(story->id, u"A hold goes missing"_s);
        const QMap<QString, QByteArray> before = readTree(root);
        QVERIFY2(edit.apply().ok, qPrintable(edit.error()));
        QVERIFY(QFileInfo::exists(root + u'/' + edit.page()));
        QVERIFY(edit.page() != story->source.path);
        QVERIFY(edit.undo().ok);
        QCOMPARE(readTree(root), before);
    }

    void trashCanUnlinkAndUndoRestoresEveryByte()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const QString path = u"src/characters/grace.md"_s;
        ProjectEdit edit = Writer(book).planTrash(idOf(book, path), BrokenLinks::Unlink);
        QCOMPARE(edit.changes().last().kind, ProjectEdit::Change::Kind::Trash);
        const QMap<QString, QByteArray> before = readTree(m_book);
        QVERIFY(edit.apply().ok);
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after),
            (QStringList { u"src/SUMMARY.md"_s, u"src/characters.md"_s, path, u"src/intro.md"_s,
                u"src/status_quo/grace_reads_a_trace.md"_s }));
        QCOMPARE(after.value(u"src/intro.md"_s), "# Introduction\n\nMeet [Alan](characters/alan.md) and Grace.\n");
        QVERIFY(after.value(u"src/characters.md"_s).endsWith("* [Alan](characters/alan.md)\n* Grace\n"));
        const QByteArray story = after.value(u"src/status_quo/grace_reads_a_trace.md"_s);
        QVERIFY2(story.startsWith("# 😱 Status quo stories: Grace reads a trace\n\nGrace reads a trace, remembers "
                                  "[the wall][wall]"),
            story.constData());
        QVERIFY(!story.contains("characters/grace.md"));
        QVERIFY(story.endsWith("* Traces are long.\n\n[wall]: ./alan_hits_a_wall.md\n"));
        // The trash holds it; undo takes it out of there and puts every byte back.
        const QString trashed = edit.changes().last().trashedAt;
        QVERIFY(QFileInfo::exists(trashed));
        QVERIFY(edit.undo().ok);
        QCOMPARE(readTree(m_book), before);
        QVERIFY(!QFileInfo::exists(trashed));
    }

    void createUndoes()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const PagePlan plan = PagePlanner(book).plan(EntityType::Story, StoryKind::StatusQuo, u"Barbara waits"_s);
        ProjectEdit edit = Writer(book).planCreate(plan);
        roundTrip(edit, m_book, { u"src/SUMMARY.md"_s, plan.path });
    }

    void refusesWhenAFileChangedSince()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        ProjectEdit edit
            = Writer(book).planRename(idOf(book, u"src/status_quo/grace_reads_a_trace.md"_s), u"Grace reads logs"_s);
        QVERIFY(edit.apply().ok);
        // Someone edits a page the rename touched.
        const QString touched = m_book + u"/src/status_quo.md"_s;
        QByteArray later = readBytes(touched) + "\nA line written after the rename.\n";
        QVERIFY(writeFile(m_book, u"src/status_quo.md"_s, later));
        const QMap<QString, QByteArray> now = readTree(m_book);
        const std::optional<QString> refusal = edit.undoRefusal();
        QVERIFY(refusal);
        QVERIFY2(refusal->contains(u"src/status_quo.md"_s), qPrintable(*refusal));
        const WriteResult undone = edit.undo();
        QVERIFY(!undone.ok);
        QCOMPARE(undone.error, *refusal);
        QCOMPARE(readTree(m_book), now);
        // A file put where an undo would move one back is kept as well.
        QVERIFY(writeFile(m_book, u"src/status_quo.md"_s, readBytes(touched).chopped(34)));
        QVERIFY(writeFile(m_book, u"src/status_quo/grace_reads_a_trace.md"_s, "# Someone else's page\n"));
        QVERIFY(edit.undoRefusal());
        QVERIFY(edit.undoRefusal()->contains(u"grace_reads_a_trace.md"_s));
    }

    void writesOutsideTheOpenProjectAreRefused()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        ProjectEdit edit = Writer(book).planTrash(idOf(book, u"src/characters/alan.md"_s));
        const QString other = m_dir.path() + u"/other"_s;
        QVERIFY(QDir().mkpath(other));
        Writer::setOpenProjectRoot(other);
        const QMap<QString, QByteArray> before = readTree(m_book);
        QVERIFY(!edit.apply().ok);
        Writer::setOpenProjectRoot({});
        QCOMPARE(readTree(m_book), before);
    }

    void unlinkKeepsTheText()
    {
        const QByteArray text = "See [Grace](grace.md \"her\") and ![pic](grace.md), `[x](grace.md)`, [g][G], "
                                "[Alan](alan.md).\n\n[g]: <./grace.md>\n";
        QCOMPARE(LinkRewriter::unlink(text, u"src/p.md"_s, u"src/grace.md"_s),
            QByteArray("See Grace and ![pic](grace.md), `[x](grace.md)`, g, [Alan](alan.md).\n\n"));
    }
};

QTEST_GUILESS_MAIN(TestProjectEdit)
#include "test_projectedit.moc"
