// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance test of the content model: the real Async Rust vision doc, opened as-is.
#include "core/extract/graphbuilder.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectloader.h"
#include "core/extract/projectscanner.h"
#include "core/extract/roadmaptable.h"
#include "core/parse/parseddocument.h"
#include "core/util/text.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace Qt::StringLiterals;

class TestWgAsyncCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Snapshot m_graph;

    QString src(const QString &relative) const { return m_dir.path() + QStringLiteral("/src/") + relative; }

    std::vector<const Relation *> relationsFrom(const QString &id, RelationKind kind) const
    {
        std::vector<const Relation *> result;
        for (const Relation *r : m_graph->outgoing(id)) {
            if (r->kind == kind)
                result.push_back(r);
        }
        return result;
    }

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(storyloom::test::copyCorpus(m_dir.path()));
        m_graph = ProjectLoader::load(m_dir.path());
        QVERIFY(m_graph);
        QVERIFY(m_graph->format() == ProjectFormat::MdBook);
    }

    void characters()
    {
        QCOMPARE(m_graph->count(EntityType::Character), 4);
        QStringList titles;
        for (const Entity *e : m_graph->entitiesOfType(EntityType::Character))
            titles << e->title;
        titles.sort();
        QCOMPARE(titles,
            (QStringList { QStringLiteral("Alan"), QStringLiteral("Barbara"), QStringLiteral("Grace"),
                QStringLiteral("Niklaus") }));
    }

    void stories()
    {
        // The corpus README speaks of 50, but the folder holds 48 single-page stories plus the
        // multi-page aws_engineer: count the files independently and hold the model to them.
        const QStringList files
            = QDir(src(QStringLiteral("vision/submitted_stories/status_quo"))).entryList({ QStringLiteral("*.md") });
        QCOMPARE(files.size() - 1, 49); // minus template.md
        QCOMPARE(m_graph->count(StoryKind::StatusQuo), 49);
        QCOMPARE(m_graph->count(StoryKind::ShinyFuture), 10);
        for (const Entity &e : m_graph->entities())
            QVERIFY2(!e.source.path.endsWith(QLatin1String("/template.md")), qPrintable(e.source.path));
        const Entity *aws
            = m_graph->entityForPath(QStringLiteral("src/vision/submitted_stories/status_quo/aws_engineer.md"));
        QVERIFY(aws);
        QVERIFY(aws->type == EntityType::Story);
        const Entity *chapter = m_graph->entityForPath(
            QStringLiteral("src/vision/submitted_stories/status_quo/aws_engineer/using_jni.md"));
        QVERIFY(chapter);
        QVERIFY(chapter->type == EntityType::Page);
        QCOMPARE(chapter->parent, aws->id);
        const Entity *cache
            = m_graph->entityForPath(QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"));
        QVERIFY(cache);
        QCOMPARE(cache->title, QStringLiteral("Alan tries to cache requests, which doesn't always happen"));
    }

    void roadmapRowsAreGoals()
    {
        // Read the overview table independently and check every row against the model.
        QFile file(src(QStringLiteral("vision/roadmap.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<OverviewTable> table
            = readOverviewTable(parseDocument(file.readAll(), QStringLiteral("src/vision/roadmap.md")));
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 36);
        QHash<int, const Entity *> byLine;
        for (const Entity &e : m_graph->entities()) {
            if (e.type == EntityType::Goal && e.attributeOrigin == AttributeOrigin::OverviewTable)
                byLine.insert(e.attributeSource.line, &e);
        }
        QCOMPARE(byLine.size(), table->rows.size());
        const Entity *currentGoal = nullptr;
        for (const OverviewRow &row : table->rows) {
            const Entity *goal = byLine.value(row.line);
            QVERIFY2(goal, qPrintable(row.title));
            QVERIFY(goal->state == row.state);
            QCOMPARE(goal->owners, row.owners);
            if (row.depth == 0) {
                QVERIFY(goal->parent.isEmpty());
                currentGoal = goal;
            } else {
                QVERIFY(currentGoal);
                QCOMPARE(goal->parent, currentGoal->id);
            }
        }
        // Spot checks written from the table by hand.
        const Entity *asyncFn = m_graph->entityForPath(QStringLiteral("src/vision/roadmap/async_fn.md"));
        QVERIFY(asyncFn);
        QVERIFY(asyncFn->type == EntityType::Goal);
        QVERIFY(asyncFn->state == GoalState::InProgress);
        QVERIFY(asyncFn->progress);
        QCOMPARE(*asyncFn->progress, 2.0 / 6.0);
        QCOMPARE(asyncFn->progressWidth, 6);
        QCOMPARE(asyncFn->owners, QStringList { QStringLiteral("tmandry") });
        const Entity *boxable = m_graph->entityForPath(QStringLiteral("src/vision/roadmap/async_fn/boxable.md"));
        QVERIFY(boxable);
        QCOMPARE(boxable->parent, asyncFn->id);
        QVERIFY(boxable->state == GoalState::Paused);
        QCOMPARE(*boxable->progress, 1.0 / 6.0);
        QVERIFY(boxable->owners.isEmpty());
        // "Tokio console" links to the project's own site; the book's page for it is tooling/console.md.
        const Entity *tokio = m_graph->entityForPath(QStringLiteral("src/vision/roadmap/tooling/console.md"));
        QVERIFY(tokio);
        QVERIFY(tokio->attributeOrigin == AttributeOrigin::OverviewTable);
        QVERIFY(tokio->state == GoalState::InProgress);
        QCOMPARE(tokio->owners, QStringList { QStringLiteral("eliza weisman") });
        // A row that links to an initiative's own site is still the book's page of the same title.
        int mainAndTests = 0;
        for (const Entity *goal : m_graph->entitiesOfType(EntityType::Goal))
            mainAndTests += goal->title == QLatin1String("Async main and tests");
        QCOMPARE(mainAndTests, 1);
        QVERIFY(m_graph->entityForPath(QStringLiteral("src/vision/roadmap/async_fn/async_main_and_tests.md"))
                    ->attributeOrigin
            == AttributeOrigin::OverviewTable);
        QCOMPARE(*tokio->progress, 4.0 / 6.0);
        QVERIFY(m_graph->entity(tokio->parent));
        QCOMPARE(m_graph->entity(tokio->parent)->title, QStringLiteral("Tooling"));
        // So are "Crashdump debugging" (tooling/crashdump.md) and "Portable across runtimes" (portable.md):
        // every goal page of the book is one goal, and only pages no row names have no state.
        QVERIFY(m_graph->entityForPath(QStringLiteral("src/vision/roadmap/tooling/crashdump.md"))->attributeOrigin
            == AttributeOrigin::OverviewTable);
        QVERIFY(m_graph->entityForPath(QStringLiteral("src/vision/roadmap/portable.md"))->attributeOrigin
            == AttributeOrigin::OverviewTable);
        QStringList stateless;
        for (const Entity *goal : m_graph->entitiesOfType(EntityType::Goal)) {
            if (goal->state == GoalState::Unknown)
                stateless << goal->source.path;
        }
        QCOMPARE(stateless,
            (QStringList { QStringLiteral("src/vision/roadmap/scopes/capability/variant_async_trait.md"),
                QStringLiteral("src/vision/roadmap/scopes/capability/variant_leak.md") }));
    }

    void projects() { QCOMPARE(m_graph->count(EntityType::Project), 5); }

    void valuesAndPriorities()
    {
        QStringList qualities;
        for (const Entity *v : m_graph->entitiesOfType(EntityType::Value)) {
            if (v->source.path.endsWith(QLatin1String("how_it_feels.md")))
                qualities << v->title;
        }
        QCOMPARE(qualities.size(), 8);
        QVERIFY(qualities.contains(QStringLiteral("Performant")));
        QVERIFY(qualities.contains(QStringLiteral("Transparent and tunable")));
        for (const Entity *c : m_graph->entitiesOfType(EntityType::Character))
            QVERIFY2(!relationsFrom(c->id, RelationKind::Prioritises).empty(), qPrintable(c->title));
        const Entity *alan = m_graph->entityForPath(QStringLiteral("src/vision/characters/alan.md"));
        const auto alanValues = relationsFrom(alan->id, RelationKind::Prioritises);
        QCOMPARE(alanValues.size(), size_t(1));
        QCOMPARE(m_graph->entity(alanValues.front()->to)->title, QStringLiteral("Performant"));
    }

    void charactersFeatureInStories()
    {
        // Expected: a status-quo story features the characters it names in its title or links
        // in its narrative; the FAQ's links (comparing the other characters) only mention them.
        QHash<QString, QString> characterByPath;
        for (const Entity *c : m_graph->entitiesOfType(EntityType::Character))
            characterByPath.insert(c->source.path, c->id);
        int checked = 0;
        for (const Entity *story : m_graph->entitiesOfType(EntityType::Story)) {
            if (story->kind != StoryKind::StatusQuo)
                continue;
            QFile file(m_dir.path() + u'/' + story->source.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ParsedDocument doc = parseDocument(file.readAll(), story->source.path);
            QList<bool> inFaq;
            for (int h = 0; h < doc.headings.size(); ++h) {
                bool faq = doc.headings.at(h).text.contains(u"Frequently Asked Questions"_s, Qt::CaseInsensitive);
                for (int up = h - 1; up >= 0 && !faq; --up) {
                    if (doc.headings.at(up).level < doc.headings.at(h).level) {
                        faq = inFaq.at(up);
                        break;
                    }
                }
                inFaq.append(faq);
            }
            QSet<QString> featured, mentioned;
            for (const Link &link : doc.links) {
                const QString target = resolveRelativeLink(story->source.path, link.url);
                if (characterByPath.contains(target))
                    (link.heading >= 0 && inFaq.at(link.heading) ? mentioned : featured)
                        .insert(characterByPath.value(target));
            }
            for (const Entity *c : m_graph->entitiesOfType(EntityType::Character)) {
                if (containsWholeWord(story->title, c->title))
                    featured.insert(c->id);
            }
            mentioned.subtract(featured);
            QSet<QString> features, mentions;
            for (const Relation *r : relationsFrom(story->id, RelationKind::Features))
                features.insert(r->to);
            for (const Relation *r : relationsFrom(story->id, RelationKind::Mentions))
                mentions.insert(r->to);
            QCOMPARE(features, featured);
            QCOMPARE(mentions, mentioned);
            ++checked;
        }
        QCOMPARE(checked, 49);
        QVERIFY(m_graph->count(RelationKind::Features) >= 45);
        // The FAQ of a story told about Alan compares the others: they are mentioned, Alan features.
        const Entity *alarm
            = m_graph->entityForPath(u"src/vision/submitted_stories/status_quo/alan_creates_a_hanging_alarm.md"_s);
        QVERIFY(alarm);
        QCOMPARE(relationsFrom(alarm->id, RelationKind::Features).size(), size_t(1));
        QCOMPARE(relationsFrom(alarm->id, RelationKind::Mentions).size(), size_t(3));
    }

    void moralsBecomePainPoints()
    {
        int storiesWithMorals = 0;
        for (const Entity *story : m_graph->entitiesOfType(EntityType::Story)) {
            if (story->kind != StoryKind::StatusQuo || !story->body.toLower().contains("morals of the story"))
                continue;
            ++storiesWithMorals;
            const auto exposes = relationsFrom(story->id, RelationKind::Exposes);
            QVERIFY2(!exposes.empty(), qPrintable(story->source.path));
            for (const Relation *r : exposes) {
                const Entity *pain = m_graph->entity(r->to);
                QVERIFY(pain);
                QVERIFY(pain->type == EntityType::PainPoint);
                QVERIFY(!pain->title.isEmpty());
                QCOMPARE(r->source.path, story->source.path); // a pain point several stories share starts in one
            }
        }
        QCOMPARE(storiesWithMorals, 49);
        const Entity *cache
            = m_graph->entityForPath(QStringLiteral("src/vision/submitted_stories/status_quo/alan_builds_a_cache.md"));
        const auto pains = relationsFrom(cache->id, RelationKind::Exposes);
        QCOMPARE(pains.size(), size_t(5));
        QVERIFY(m_graph->entity(pains.front()->to)
                ->title.startsWith(QLatin1String("Futures can be \"canceled\" at any await point.")));
    }

    void trimmedParsesBuildTheSameGraph()
    {
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyCorpus(dir.path()));
        const ProjectConfig config = readProjectConfig(dir.path());
        // A parse keeps only its morals section's paragraphs.
        ParsedDocument story = parseDocument(
            "# A story\n\nSome prose.\n\n## Morals of the story\n\nA moral.\n\n## After\n\nMore prose.\n",
            QStringLiteral("story.md"));
        QCOMPARE(story.paragraphs.size(), 3);
        GraphBuilder::trim(QStringLiteral("story.md"), story, config);
        QCOMPARE(story.paragraphs.size(), 1);
        QCOMPARE(story.paragraphs.first().text, QByteArray("A moral."));
        ParsedDocument page = parseDocument("# A page\n\nProse only.\n", QStringLiteral("page.md"));
        GraphBuilder::trim(QStringLiteral("page.md"), page, config);
        QVERIFY(page.paragraphs.isEmpty());

        // The loader trims every parse; the graph is the one the whole parses give.
        const Snapshot trimmed = ProjectLoader::load(dir.path());
        ScanResult whole = scanProject(dir.path(), config, {});
        qsizetype paragraphs = 0;
        for (const SourceFile &file : whole.files)
            paragraphs += file.document.paragraphs.size();
        QVERIFY(paragraphs > 1000); // wg-async is mostly prose
        const Snapshot full = GraphBuilder(dir.path(), config).build(std::move(whole));
        QVERIFY(trimmed && full);
        QCOMPARE(trimmed->entities().size(), full->entities().size());
        QCOMPARE(trimmed->relations().size(), full->relations().size());
        QCOMPARE(trimmed->diagnostics().size(), full->diagnostics().size());
        for (size_t i = 0; i < full->entities().size(); ++i) {
            const Entity &a = trimmed->entities()[i];
            const Entity &b = full->entities()[i];
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.body, b.body);
        }
        for (size_t i = 0; i < full->relations().size(); ++i) {
            QCOMPARE(trimmed->relations()[i].from, full->relations()[i].from);
            QCOMPARE(trimmed->relations()[i].to, full->relations()[i].to);
            QCOMPARE(trimmed->relations()[i].context, full->relations()[i].context);
        }
    }

    void nothingOutsideIsRead()
    {
        for (const Diagnostic &d : m_graph->diagnostics())
            QVERIFY2(!d.location.path.startsWith(QLatin1String("..")), qPrintable(d.format()));
        for (const Entity &e : m_graph->entities())
            QVERIFY(!e.source.path.startsWith(QLatin1String("..")));
    }
};

QTEST_GUILESS_MAIN(TestWgAsyncCorpus)
#include "test_wgasync_corpus.moc"
