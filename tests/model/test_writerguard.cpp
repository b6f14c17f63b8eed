// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Writer never writes outside a project: not through `..`, an absolute
// path or a link that leads out, and not into a project other than the open one.
#include "core/extract/projectloader.h"
#include "core/project/writer.h"
#include "core/roadmap/roadmapeditor.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyloom;

namespace {
QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Every file under `root` with its bytes. */
QMap<QString, QByteArray> contents(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), read(path));
    }
    return files;
}

const QByteArray storyBytes = "---\ntype: story\nkind: status-quo\n---\n# Lost\n\nBody.\n";
const QByteArray outsideBytes = "not a project file\n";
const QByteArray goalBytes = "---\ntype: goal\nstate: paused\n---\n# Fast\n";
} // namespace

class TestWriterGuard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString m_outside;
    int m_run = 0;

private Q_SLOTS:
    void init()
    {
        Writer::setOpenProjectRoot({});
        // A folder of its own for each row: two rows can start within one millisecond.
        const QString base = m_dir.path() + u"/run"_s + QString::number(++m_run);
        m_root = base + u"/project"_s;
        m_outside = base + u"/outside"_s;
        QVERIFY(test::writeFile(m_root, u"storyloom.yml"_s, "title: T\n"));
        QVERIFY(test::writeFile(m_root, u"stories/lost.md"_s, storyBytes));
        QVERIFY(test::writeFile(m_outside, u"target.md"_s, outsideBytes));
    }

    void cleanup() { Writer::setOpenProjectRoot({}); }

    void refusesDotDotAndAbsolutePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("parent") << u"../outside/target.md"_s;
        QTest::newRow("parent inside a path") << u"stories/../../outside/target.md"_s;
        QTest::newRow("the root itself") << u"."_s;
        QTest::newRow("absolute") << u"ABSOLUTE"_s;
    }

    void refusesDotDotAndAbsolutePaths()
    {
        QFETCH(QString, path);
        if (path == u"ABSOLUTE"_s)
            path = m_outside + u"/target.md"_s;
        const QMap<QString, QByteArray> before = contents(m_root);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^refusing to write .*"_s));
        const WriteResult result = Writer::writeFile(m_root, path, "overwritten\n");
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
        QCOMPARE(read(m_outside + u"/target.md"_s), outsideBytes);
        QCOMPARE(contents(m_root), before);
    }

    void refusesLinksThatLeaveTheProject_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("written");
        QTest::newRow("file link") << u"stories/link.md"_s << u"target.md"_s << u"stories/link.md"_s;
        QTest::newRow("folder link") << u"linked"_s << QString() << u"linked/target.md"_s;
        QTest::newRow("new file in a linked folder") << u"linked"_s << QString() << u"linked/new/page.md"_s;
        QTest::newRow("dangling link") << u"stories/gone.md"_s << u"missing/gone.md"_s << u"stories/gone.md"_s;
    }

    void refusesLinksThatLeaveTheProject()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(QString, written);
        const QString pointsTo = target.isEmpty() ? m_outside : m_outside + u'/' + target;
        QVERIFY(QFile::link(pointsTo, m_root + u'/' + link));
        const QMap<QString, QByteArray> outside = contents(m_outside);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^refusing to write .*"_s));
        const WriteResult result = Writer::writeFile(m_root, written, "overwritten\n");
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(m_root + u'/' + written)), qPrintable(result.error));
        QCOMPARE(contents(m_outside), outside);
        QVERIFY(!QFileInfo::exists(m_outside + u"/missing"_s));
    }

    void writesInsideTheProject()
    {
        // Also through a link that stays inside, and into folders that do not exist yet.
        QVERIFY(QFile::link(m_root + u"/stories"_s, m_root + u"/tales"_s));
        const WriteResult linked = Writer::writeFile(m_root, u"tales/lost.md"_s, "# Found\n");
        QVERIFY2(linked.ok, qPrintable(linked.error));
        QCOMPARE(read(m_root + u"/stories/lost.md"_s), QByteArray("# Found\n"));
        const WriteResult fresh = Writer::writeFile(m_root, u"new/deeper/page.md"_s, "# New\n");
        QVERIFY2(fresh.ok, qPrintable(fresh.error));
        QCOMPARE(read(m_root + u"/new/deeper/page.md"_s), QByteArray("# New\n"));
    }

    void refusesProjectsThatAreNotOpen()
    {
        // A view left over from this project writes after another one was opened.
        const Snapshot snapshot = ProjectLoader::load(m_root);
        QVERIFY(snapshot->entity(u"stories/lost"_s));
        const QString other = m_dir.path() + u"/other"_s;
        QVERIFY(QDir().mkpath(other));
        Writer::setOpenProjectRoot(other);
        const QMap<QString, QByteArray> before = contents(m_root);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^refusing to write .* not in the open project .*"_s));
        const WriteResult saved = Writer::writeFile(m_root, u"stories/lost.md"_s, "# Overwritten\n");
        QVERIFY(!saved.ok);
        QVERIFY2(
            saved.error.contains(QDir::toNativeSeparators(m_root + u"/stories/lost.md"_s)), qPrintable(saved.error));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^refusing to write .*"_s));
        QVERIFY(!Writer(snapshot).setTitle(u"stories/lost"_s, u"Renamed"_s).ok);

        // A roadmap edit is a ProjectEdit: it writes through the Writer too.
        QVERIFY(test::writeFile(m_root, u"goals/fast.md"_s, goalBytes));
        EditPlan plan = RoadmapEditor::plan(
            *ProjectLoader::load(m_root), u"goals/fast"_s, GoalEdit { GoalState::Done, {}, {}, {} });
        QVERIFY(plan.edit);
        const QMap<QString, QByteArray> planned = contents(m_root);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^refusing to write .*"_s));
        const WriteResult redo = plan.edit->apply();
        QVERIFY(!redo.ok);
        QVERIFY2(redo.error.contains(u"not in the open project"_s), qPrintable(redo.error));
        QCOMPARE(contents(m_root), planned);

        // Once this project is the open one, the same writes go through.
        Writer::setOpenProjectRoot(m_root);
        QVERIFY(plan.edit->apply().ok);
        QCOMPARE(read(m_root + u"/goals/fast.md"_s), QByteArray(goalBytes).replace("paused", "done"));
    }
};

QTEST_GUILESS_MAIN(TestWriterGuard)
#include "test_writerguard.moc"
