// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// New pages the way the project makes them: an mdBook's folder, naming, template and SUMMARY.md entry;
// a native project's folders and front matter. Pages the book does not list are reported.
#include "pagetestutil.h"

#include "core/extract/projectloader.h"
#include "core/project/pageplanner.h"
#include "core/project/writer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString fixture = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/minibook");
const QString expected = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/minibook-expected");
} // namespace

class TestPagePlanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;

private Q_SLOTS:
    void init()
    {
        m_book = m_dir.path() + QStringLiteral("/book") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(copyTree(fixture, m_book));
    }

    void slugInEachNamingStyle()
    {
        const QString title = QStringLiteral("Barbara wants async I/O");
        QCOMPARE(PagePlanner::fileStem(title, NamingStyle::Underscores), QStringLiteral("barbara_wants_async_i_o"));
        QCOMPARE(PagePlanner::fileStem(title, NamingStyle::Hyphens), QStringLiteral("barbara-wants-async-i-o"));
        QCOMPARE(PagePlanner::fileStem(title, NamingStyle::CamelCase), QStringLiteral("BarbaraWantsAsyncIO"));
        QCOMPARE(PagePlanner::fileStem(QStringLiteral("Zoë's 2nd_try"), NamingStyle::Hyphens),
            QStringLiteral("zoë-s-2nd-try"));
        QCOMPARE(PagePlanner::fileStem(QStringLiteral("?!"), NamingStyle::Underscores), QStringLiteral("untitled"));
    }

    void storyFollowsTheBook()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        QVERIFY(book->format() == ProjectFormat::MdBook);
        const PagePlanner planner(book);
        QCOMPARE(planner.folderFor(EntityType::Story, StoryKind::StatusQuo), QStringLiteral("src/status_quo"));
        QVERIFY(planner.namingStyle(QStringLiteral("src/status_quo")) == NamingStyle::Underscores);
        const PagePlan plan
            = planner.plan(EntityType::Story, StoryKind::StatusQuo, QStringLiteral("Barbara wants async I/O"));
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.path, QStringLiteral("src/status_quo/barbara_wants_async_i_o.md"));
        QCOMPARE(plan.templatePath, QStringLiteral("src/status_quo/template.md"));
        QCOMPARE(plan.text, readBytes(expected + QStringLiteral("/barbara_wants_async_i_o.md")));
        QCOMPARE(plan.summaryPath, QStringLiteral("src/SUMMARY.md"));
        QCOMPARE(plan.summaryAfter, readBytes(expected + QStringLiteral("/SUMMARY-new-story.md")));

        const QMap<QString, QByteArray> before = readTree(m_book);
        const WriteResult written = Writer(book).createPage(plan);
        QVERIFY2(written.ok, qPrintable(written.error));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after), (QStringList { plan.summaryPath, plan.path }));
        QCOMPARE(after.value(plan.path), plan.text);
        QCOMPARE(after.value(plan.summaryPath), plan.summaryAfter);

        const Snapshot reloaded = ProjectLoader::load(m_book);
        const Entity *story = reloaded->entityForPath(plan.path);
        QVERIFY(story);
        QVERIFY(story->kind == StoryKind::StatusQuo);
        QCOMPARE(story->title, QStringLiteral("Barbara wants async I/O"));
        // Planned again, the same title gets a name of its own.
        QCOMPARE(PagePlanner(reloaded).plan(EntityType::Story, StoryKind::StatusQuo, story->title).path,
            QStringLiteral("src/status_quo/barbara_wants_async_i_o_2.md"));
    }

    void characterWithoutTemplateHasNoFrontMatter()
    {
        const PagePlan plan = PagePlanner(ProjectLoader::load(m_book))
                                  .plan(EntityType::Character, StoryKind::None, QStringLiteral("Niklaus"));
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.path, QStringLiteral("src/characters/niklaus.md"));
        QVERIFY(plan.templatePath.isEmpty());
        QVERIFY(plan.text.startsWith("# Niklaus\n"));
        QVERIFY(!plan.text.contains("---\n"));
        QVERIFY(!plan.text.contains("SPDX"));
        QByteArray summary = readBytes(fixture + QStringLiteral("/src/SUMMARY.md"));
        summary.replace("    * [Grace](characters/grace.md)\n",
            "    * [Grace](characters/grace.md)\n    * [Niklaus](characters/niklaus.md)\n");
        QCOMPARE(plan.summaryAfter, summary);
    }

    void refusesAChangedSummary()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const PagePlan plan = PagePlanner(book).plan(EntityType::Story, StoryKind::StatusQuo, QStringLiteral("Late"));
        QVERIFY(writeFile(m_book, QStringLiteral("src/SUMMARY.md"), plan.summaryBefore + "\n- [Mine](mine.md)\n"));
        QVERIFY(!Writer(book).createPage(plan).ok);
        QVERIFY(!QFileInfo::exists(m_book + u'/' + plan.path));
    }

    void unlistedPagesAreNotPublished()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        QStringList unpublished;
        for (const Diagnostic &diagnostic : book->diagnostics()) {
            if (diagnostic.message.startsWith(QLatin1String("not published")))
                unpublished.append(diagnostic.format());
        }
        // The prefix and suffix chapters (intro, acknowledgments) and the listed template are published.
        QCOMPARE(unpublished,
            QStringList {
                QStringLiteral("src/notes/draft.md:1:1: warning: not published: SUMMARY.md does not list this page") });
    }

    void nativeProjectKeepsFrontMatter()
    {
        const QString native
            = m_dir.path() + QStringLiteral("/native") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(writeFile(native, QStringLiteral("storyloom.yml"), "title: N\n"));
        QVERIFY(writeFile(native, QStringLiteral("stories/status-quo/ines-loses-a-hold.md"),
            "---\ntype: story\nkind: status-quo\n---\n# Inês loses a hold\n"));
        const Snapshot project = ProjectLoader::load(native);
        const PagePlan plan
            = PagePlanner(project).plan(EntityType::Story, StoryKind::StatusQuo, QStringLiteral("Bo \"waits\""));
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.path, QStringLiteral("stories/status-quo/bo-waits.md"));
        QCOMPARE(plan.templatePath, QStringLiteral(":/storyloom/templates/status-quo-story.md"));
        QVERIFY(plan.text.startsWith("---\ntype: story\nkind: status-quo\ntitle: \"Bo \\\"waits\\\"\"\n"));
        QVERIFY(!plan.text.contains("SPDX"));
        QVERIFY(plan.summaryPath.isEmpty());
        QVERIFY(Writer(project).createPage(plan).ok);
        const Entity *story = ProjectLoader::load(native)->entityForPath(plan.path);
        QVERIFY(story);
        QCOMPARE(story->title, QStringLiteral("Bo \"waits\""));
        // A type with no page yet goes where the bundled sample keeps it.
        QCOMPARE(PagePlanner(project).plan(EntityType::Goal, StoryKind::None, QStringLiteral("Faster")).path,
            QStringLiteral("roadmap/faster.md"));
    }

    void mdbookPublishesTheNewPage()
    {
        const QString mdbook = mdbookProgram();
        if (mdbook.isEmpty())
            QSKIP("mdbook is not installed: the published book is not checked");
        const Snapshot book = ProjectLoader::load(m_book);
        const PagePlan plan = PagePlanner(book).plan(
            EntityType::Story, StoryKind::StatusQuo, QStringLiteral("Barbara wants async I/O"));
        QVERIFY(Writer(book).createPage(plan).ok);
        const QString out = m_book + QStringLiteral("-html");
        const ProcessResult built = runProcess(mdbook, { QStringLiteral("build"), m_book, QStringLiteral("-d"), out });
        QVERIFY2(built.exitCode == 0, built.err.constData());
        const QByteArray page = readBytes(out + QStringLiteral("/status_quo/barbara_wants_async_i_o.html"));
        QVERIFY(page.contains("Status quo stories: Barbara wants async I/O"));
        // Listed in the book's table of contents, not only written out.
        QVERIFY(readBytes(out + QStringLiteral("/index.html")).contains("status_quo/barbara_wants_async_i_o.html")
            || readBytes(out + QStringLiteral("/toc.js")).contains("status_quo/barbara_wants_async_i_o.html"));
    }
};

QTEST_GUILESS_MAIN(TestPagePlanner)
#include "test_pageplanner.moc"
