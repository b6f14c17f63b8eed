// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// New, renamed and unpublished pages on a copy of the wg-async vision doc: its own folders, underscores,
// its template pages and its SUMMARY.md, every other byte of the book unchanged.
#include "pagetestutil.h"

#include "core/extract/projectloader.h"
#include "core/project/pageplanner.h"
#include "core/project/writer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString storyFolder = QStringLiteral("src/vision/submitted_stories/status_quo");

QStringList unpublished(const Snapshot &snapshot)
{
    QStringList paths;
    for (const Diagnostic &diagnostic : snapshot->diagnostics()) {
        if (diagnostic.message.startsWith(QLatin1String("not published")))
            paths.append(diagnostic.location.path);
    }
    return paths;
}
} // namespace

class TestPagePlannerCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void init()
    {
        m_book = m_dir.path() + QStringLiteral("/wg") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(copyCorpus(m_book));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/data")));
    }

    void onlyTheUnlistedPageIsUnpublished()
    {
        // The book lists every page but one, even its templates: the one it leaves out is linked from nowhere.
        QCOMPARE(unpublished(ProjectLoader::load(m_book)),
            QStringList { QStringLiteral("src/vision/roadmap/tooling/console.md") });
    }

    void newStatusQuoStoryJoinsTheBook()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const PagePlanner planner(book);
        const PagePlan plan
            = planner.plan(EntityType::Story, StoryKind::StatusQuo, QStringLiteral("Barbara wants async I/O"));
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.path, storyFolder + QStringLiteral("/barbara_wants_async_i_o.md"));
        QCOMPARE(plan.templatePath, storyFolder + QStringLiteral("/template.md"));
        const QByteArray templateText = readBytes(m_book + u'/' + plan.templatePath);
        QVERIFY(templateText.startsWith("# 😱 Status quo stories: Template\n"));
        QCOMPARE(plan.text,
            "# 😱 Status quo stories: Barbara wants async I/O\n" + templateText.mid(templateText.indexOf('\n') + 1));

        // SUMMARY.md: one line after the last story of the folder (past the chapters nested under others).
        const QByteArray summary = readBytes(m_book + QStringLiteral("/src/SUMMARY.md"));
        const QByteArray last = "      - [Niklaus wants to share knowledge](./vision/submitted_stories/status_quo/"
                                "niklaus_wants_to_share_knowledge.md)\n";
        QVERIFY(summary.contains(last));
        QByteArray expected = summary;
        expected.insert(summary.indexOf(last) + last.size(),
            "      - [Barbara wants async I/O](./vision/submitted_stories/status_quo/barbara_wants_async_i_o.md)\n");
        QCOMPARE(plan.summaryAfter, expected);

        const QMap<QString, QByteArray> before = readTree(m_book);
        const WriteResult written = Writer(book).createPage(plan);
        QVERIFY2(written.ok, qPrintable(written.error));
        const QMap<QString, QByteArray> after = readTree(m_book);
        QCOMPARE(changedFiles(before, after), (QStringList { QStringLiteral("src/SUMMARY.md"), plan.path }));
        QCOMPARE(after.value(QStringLiteral("src/SUMMARY.md")), expected);

        const Snapshot reloaded = ProjectLoader::load(m_book);
        const Entity *story = reloaded->entityForPath(plan.path);
        QVERIFY(story);
        QVERIFY(story->type == EntityType::Story);
        QVERIFY(story->kind == StoryKind::StatusQuo);
        QCOMPARE(story->title, QStringLiteral("Barbara wants async I/O"));
        QCOMPARE(unpublished(reloaded), QStringList { QStringLiteral("src/vision/roadmap/tooling/console.md") });
        QCOMPARE(reloaded->errorCount(), book->errorCount());
        QCOMPARE(reloaded->warningCount(), book->warningCount());

        const QString mdbook = mdbookProgram();
        if (mdbook.isEmpty())
            QSKIP("mdbook is not installed: the published book is not checked");
        // The book's preprocessors (mermaid, graphviz) are separate programs: the copy builds without them.
        QVERIFY(writeFile(m_book, QStringLiteral("book.toml"), "[book]\ntitle = \"wg-async\"\nsrc = \"src\"\n"));
        const QString out = m_book + QStringLiteral("-html");
        const ProcessResult built = runProcess(mdbook, { QStringLiteral("build"), m_book, QStringLiteral("-d"), out });
        QVERIFY2(built.exitCode == 0, built.err.constData());
        QVERIFY(readBytes(out + QStringLiteral("/vision/submitted_stories/status_quo/barbara_wants_async_i_o.html"))
                .contains("Barbara wants async I/O"));
    }

    void otherTypesFindTheirFolders()
    {
        const PagePlanner planner(ProjectLoader::load(m_book));
        const PagePlan shiny
            = planner.plan(EntityType::Story, StoryKind::ShinyFuture, QStringLiteral("Alan's async is boring"));
        QCOMPARE(shiny.path, QStringLiteral("src/vision/submitted_stories/shiny_future/alan_s_async_is_boring.md"));
        QCOMPARE(shiny.templatePath, QStringLiteral("src/vision/submitted_stories/shiny_future/template.md"));
        QVERIFY(shiny.text.startsWith("# ✨ Shiny future stories: Alan's async is boring\n"));
        const PagePlan character = planner.plan(EntityType::Character, StoryKind::None, QStringLiteral("Ferris"));
        QCOMPARE(character.path, QStringLiteral("src/vision/characters/ferris.md"));
        QVERIFY(!character.text.startsWith("---"));
    }

    void renameFollowsEveryLink()
    {
        const Snapshot book = ProjectLoader::load(m_book);
        const QString oldPath = storyFolder + QStringLiteral("/barbara_wants_async_insights.md");
        const QString newPath = storyFolder + QStringLiteral("/barbara_wants_deep_async_insights.md");
        const Entity *story = book->entityForPath(oldPath);
        QVERIFY(story);
        const QMap<QString, QByteArray> before = readTree(m_book);
        const WriteResult result = Writer(book).rename(story->id, QStringLiteral("Barbara wants deep async insights"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.path, newPath);
        const QMap<QString, QByteArray> after = readTree(m_book);
        const QStringList changed = changedFiles(before, after);
        QCOMPARE(changed,
            (QStringList { QStringLiteral("src/SUMMARY.md"),
                QStringLiteral("src/vision/submitted_stories/shiny_future/barbara_appreciates_performance_tools.md"),
                QStringLiteral("src/vision/submitted_stories/shiny_future/barbara_makes_a_wish.md"),
                QStringLiteral("src/vision/submitted_stories/status_quo.md"), oldPath, newPath,
                storyFolder + QStringLiteral("/grace_debugs_a_crash_dump.md") }));
        // In every page only the link targets changed (absolute URLs to the published book stay).
        for (const QString &file : changed) {
            if (file == oldPath || file == newPath || file == QLatin1String("src/SUMMARY.md"))
                continue;
            QByteArray expected = before.value(file);
            expected.replace("barbara_wants_async_insights.md", "barbara_wants_deep_async_insights.md");
            QCOMPARE(after.value(file), expected);
        }
        QByteArray summary = before.value(QStringLiteral("src/SUMMARY.md"));
        summary.replace(
            "[Barbara wants async insights](./vision/submitted_stories/status_quo/barbara_wants_async_insights.md)",
            "[Barbara wants deep async "
            "insights](./vision/submitted_stories/status_quo/barbara_wants_deep_async_insights.md)");
        QCOMPARE(after.value(QStringLiteral("src/SUMMARY.md")), summary);
        QByteArray page = before.value(oldPath);
        page.replace("# 😱 Status quo stories: Barbara wants Async Insights\n",
            "# 😱 Status quo stories: Barbara wants deep async insights\n");
        QCOMPARE(after.value(newPath), page);

        const Snapshot renamed = ProjectLoader::load(m_book);
        QCOMPARE(renamed->entityForPath(newPath)->title, QStringLiteral("Barbara wants deep async insights"));
        // Relative links follow the page. Links written as the book's published address of the old page
        // (two pages of wg-async) are not rewritten and now lead nowhere: each is reported, nothing else is.
        QSet<QString> warningsBefore;
        for (const Diagnostic &diagnostic : book->diagnostics()) {
            if (diagnostic.severity == Diagnostic::Severity::Warning)
                warningsBefore.insert(diagnostic.format().replace(oldPath, newPath));
        }
        QStringList newWarnings;
        for (const Diagnostic &diagnostic : renamed->diagnostics()) {
            if (diagnostic.severity == Diagnostic::Severity::Warning && !warningsBefore.contains(diagnostic.format()))
                newWarnings.append(diagnostic.format());
        }
        QCOMPARE(renamed->warningCount(), book->warningCount() + newWarnings.size());
        QCOMPARE(newWarnings.size(), 2);
        for (const QString &warning : newWarnings)
            QVERIFY2(warning.contains(QStringLiteral("barbara_wants_async_insights")), qPrintable(warning));
        QCOMPARE(renamed->count(RelationKind::Links), book->count(RelationKind::Links) - 2);
    }
};

QTEST_GUILESS_MAIN(TestPagePlannerCorpus)
#include "test_pageplanner_corpus.moc"
