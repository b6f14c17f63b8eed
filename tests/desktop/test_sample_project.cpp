// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bundled sample project: it is copied out of the binary on first start,
// and it must load cleanly with everything the sample promises (characters,
// values, stories of both kinds, pain points, a roadmap with initiatives).

#include "core/extract/projectloader.h"
#include "core/model/storygraph.h"
#include "core/project/project.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyloom;

namespace {
QString sourceSample()
{
    return QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample");
}

QStringList relativeFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(root.size() + 1));
    files.sort();
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestSampleProject : public QObject
{
    Q_OBJECT
private:
    Snapshot m_graph;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"storyloom-test-sample"_s);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void firstStartCopiesTheEmbeddedSample()
    {
        const QString copied = ensureSampleProject();
        QVERIFY(copied.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        const QStringList files = relativeFiles(sourceSample());
        QVERIFY(files.size() >= 30);
        QCOMPARE(relativeFiles(copied), files);
        for (const QString &file : files)
            QVERIFY2(readAll(copied + u'/' + file) == readAll(sourceSample() + u'/' + file), qPrintable(file));
        // The copy is the user's to edit.
        QVERIFY(QFileInfo(copied + u"/storyloom.yml"_s).isWritable());
    }

    void secondStartKeepsTheUsersEdits()
    {
        const QString copied = ensureSampleProject();
        QFile readme(copied + u"/README.md"_s);
        QVERIFY(readme.open(QIODevice::Append));
        readme.write("\nMy own note.\n");
        readme.close();
        QCOMPARE(ensureSampleProject(), copied);
        QVERIFY(readAll(copied + u"/README.md"_s).endsWith("My own note.\n"));
    }

    void loadsWithoutProblems()
    {
        m_graph = ProjectLoader::load(ensureSampleProject());
        QVERIFY(m_graph);
        QStringList problems;
        for (const Diagnostic &diagnostic : m_graph->diagnostics()) {
            if (diagnostic.severity != Diagnostic::Severity::Note)
                problems.append(diagnostic.format());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(m_graph->title(), u"Lindenhof Library — Digital Services Vision"_s);
    }

    void hasEveryKindOfEntity()
    {
        QVERIFY(m_graph);
        QCOMPARE(m_graph->count(EntityType::Character), 4);
        QCOMPARE(m_graph->count(EntityType::Value), 4);
        QCOMPARE(m_graph->count(StoryKind::StatusQuo), 3);
        QCOMPARE(m_graph->count(StoryKind::ShinyFuture), 3);
        QCOMPARE(m_graph->count(EntityType::Project), 2);
        int painPointFiles = 0, morals = 0, goals = 0, initiatives = 0;
        for (const Entity &entity : m_graph->entities()) {
            if (entity.type == EntityType::PainPoint)
                ++(entity.ownFile ? painPointFiles : morals);
            if (entity.type == EntityType::Goal)
                ++(entity.isInitiative() ? initiatives : goals);
        }
        QCOMPARE(painPointFiles, 6);
        // Each status-quo story ends with three morals, which are pain points too.
        QCOMPARE(morals, 9);
        QCOMPARE(goals, 3);
        QCOMPARE(initiatives, 6);

        const Entity *jurgen = m_graph->entity(u"characters/jurgen"_s);
        QVERIFY(jurgen);
        QCOMPARE(jurgen->title, u"Jürgen"_s);
        const Entity *done = m_graph->entity(u"roadmap/forget-loan-history"_s);
        QVERIFY(done);
        QVERIFY(done->state == GoalState::Done);
        QCOMPARE(done->progress.value_or(-1), 1.0);
        QCOMPARE(done->owners, QStringList { u"mateusz"_s });
    }

    void relationsFromFrontMatter()
    {
        QVERIFY(m_graph);
        QCOMPARE(m_graph->count(RelationKind::Prioritises), 8);
        QCOMPARE(m_graph->count(RelationKind::Hurts), 9);
        QCOMPARE(m_graph->count(RelationKind::Features), 11);
        // 6 from front matter, 9 from the morals sections.
        QCOMPARE(m_graph->count(RelationKind::Exposes), 15);
        QCOMPARE(m_graph->count(RelationKind::Addresses), 6);
        QCOMPARE(m_graph->count(RelationKind::Realises), 5);
        QCOMPARE(m_graph->count(RelationKind::PartOf), 6);
        QCOMPARE(m_graph->count(RelationKind::SetIn), 6);
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "test_sample_project.moc"
