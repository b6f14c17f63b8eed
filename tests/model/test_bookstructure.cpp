// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An mdBook read as it is: goals from SUMMARY.md's nesting and metadata tables, states from
// their markers, links typed by the relation-typing table, relations derived along chains,
// and a storyloom.yml beside book.toml that keeps it an mdBook. Nothing of the book changes.
#include "core/extract/projectconfig.h"
#include "core/extract/projectloader.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
/** Every file under `root` with the SHA-1 of its bytes: what "the book is unchanged" means. */
QMap<QString, QByteArray> fingerprint(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(
                QDir(root).relativeFilePath(path), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1));
    }
    return files;
}
} // namespace

class TestBookStructure : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString book() const { return m_dir.path() + QStringLiteral("/yearbook"); }

    static const Entity *byPath(const StoryGraph &graph, const QString &path)
    {
        return graph.entityForPath(QStringLiteral("src/") + path);
    }

    static const Relation *find(const StoryGraph &graph, RelationKind kind, const QString &from, const QString &to)
    {
        for (const Relation *r : graph.outgoing(from)) {
            if (r->kind == kind && r->to == to)
                return r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(book()).removeRecursively();
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/yearbook"), book()));
    }

    void goalTreeAndStatesWithoutConfiguration()
    {
        const Snapshot graph = ProjectLoader::load(book());
        QVERIFY(graph);
        QVERIFY(graph->format() == ProjectFormat::MdBook);
        struct Expected
        {
            const char *path;
            const char *title;
            const char *parent;
            GoalState state;
        };
        const Expected goals[] = {
            { "2024/faster-builds.md", "Faster builds", nullptr, GoalState::Done },
            { "2024/faster-builds/incremental-linking.md", "Incremental linking", "2024/faster-builds.md",
                GoalState::Paused },
            { "2024/faster-builds/parallel-front-end.md", "Parallel front end", "2024/faster-builds.md",
                GoalState::InProgress },
            { "2025/better-errors.md", "Better errors", nullptr, GoalState::Accepted },
            { "2025/better-errors/error-codes.md", "Error codes index", "2025/better-errors.md", GoalState::Proposed },
            { "2025/better-errors/error-codes/explain.md", "Explain command", "2025/better-errors/error-codes.md",
                GoalState::NotAccepted },
        };
        QCOMPARE(graph->count(EntityType::Goal), int(std::size(goals)));
        for (const Expected &expected : goals) {
            const Entity *goal = byPath(*graph, QString::fromUtf8(expected.path));
            QVERIFY2(goal, expected.path);
            QVERIFY(goal->type == EntityType::Goal);
            QCOMPARE(goal->title, QString::fromUtf8(expected.title));
            QVERIFY2(goal->state == expected.state, qPrintable(toString(goal->state)));
            const QString parent = expected.parent ? byPath(*graph, QString::fromUtf8(expected.parent))->id : QString();
            QCOMPARE(goal->parent, parent);
            if (!parent.isEmpty()) {
                const Relation *partOf = find(*graph, RelationKind::PartOf, goal->id, parent);
                QVERIFY2(partOf, expected.path);
                QVERIFY(partOf->provenance == Provenance::Declared);
                QCOMPARE(partOf->source.path, QStringLiteral("src/SUMMARY.md"));
            }
        }
        QCOMPARE(
            byPath(*graph, QStringLiteral("2024/faster-builds.md"))->owners, QStringList { QStringLiteral("Ada") });
        QCOMPARE(
            byPath(*graph, QStringLiteral("2025/better-errors.md"))->owners, QStringList { QStringLiteral("Grete") });
        // The pages around the goals stay pages, whatever emoji they carry.
        QVERIFY(byPath(*graph, QStringLiteral("goals.md"))->type == EntityType::Page);
        QVERIFY(byPath(*graph, QStringLiteral("README.md"))->type == EntityType::Page);
        QVERIFY(byPath(*graph, QStringLiteral("characters/dana.md"))->type == EntityType::Character);
        QVERIFY(byPath(*graph, QStringLiteral("characters/dana.md"))->state == GoalState::Unknown);
    }

    // Goals kept in goals/, initiatives/ and a year's folder, with "Point of contact" or "Owner(s)"
    // rows: the built-in rules find them by the shape of their pages, no storyloom.yml needed.
    void goalsByTheShapeOfTheirPages()
    {
        const QString root = m_dir.path() + QStringLiteral("/initiativebook");
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/initiativebook"), root));
        const Snapshot graph = ProjectLoader::load(root);
        QVERIFY(graph);
        QVERIFY(graph->format() == ProjectFormat::MdBook);
        struct Expected
        {
            const char *path;
            const char *title;
            const char *parent;
            GoalState state;
            QStringList owners;
        };
        const Expected goals[] = {
            { "goals/faster-builds.md", "Faster builds", nullptr, GoalState::Done, { QStringLiteral("Ada") } },
            { "goals/faster-builds/parallel-front-end.md", "Parallel front end", "goals/faster-builds.md",
                GoalState::InProgress, {} },
            { "initiatives/linker-swap.md", "Linker swap", "goals/faster-builds.md", GoalState::Paused,
                { QStringLiteral("Bo"), QStringLiteral("Cy") } },
            { "2026/async-closures.md", "Async closures", nullptr, GoalState::Proposed, { QStringLiteral("Di") } },
            { "2026/async-closures/syntax.md", "Closure syntax", "2026/async-closures.md", GoalState::InProgress, {} },
        };
        QCOMPARE(graph->count(EntityType::Goal), int(std::size(goals)));
        for (const Expected &expected : goals) {
            const Entity *goal = graph->entityForPath(QStringLiteral("src/") + QString::fromUtf8(expected.path));
            QVERIFY2(goal && goal->type == EntityType::Goal, expected.path);
            QCOMPARE(goal->title, QString::fromUtf8(expected.title));
            QVERIFY2(goal->state == expected.state, qPrintable(toString(goal->state)));
            QCOMPARE(goal->owners, expected.owners);
            const QString parent = expected.parent
                ? graph->entityForPath(QStringLiteral("src/") + QString::fromUtf8(expected.parent))->id
                : QString();
            QCOMPARE(goal->parent, parent);
            if (!parent.isEmpty())
                QVERIFY2(find(*graph, RelationKind::PartOf, goal->id, parent), expected.path);
        }
        // A table whose status is no state, a year's page and a character with a table are no goals.
        QVERIFY(graph->entityForPath(QStringLiteral("src/notes/2026-01-12.md"))->type == EntityType::Page);
        QVERIFY(graph->entityForPath(QStringLiteral("src/2026.md"))->type == EntityType::Page);
        QVERIFY(graph->entityForPath(QStringLiteral("src/characters/kim.md"))->type == EntityType::Character);
    }

    // The shape rules are rules: a project's own rule, tried first, says otherwise.
    void shapeRulesGiveWayToTheProjectsRules()
    {
        const QString root = m_dir.path() + QStringLiteral("/initiativebook-own");
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/initiativebook"), root));
        QVERIFY(QFile::copy(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/initiativebook-storyloom.yml"),
            root + QStringLiteral("/storyloom.yml")));
        const Snapshot graph = ProjectLoader::load(root);
        QVERIFY(graph);
        QCOMPARE(graph->errorCount(), 0);
        QStringList goals;
        for (const Entity *goal : graph->entitiesOfType(EntityType::Goal))
            goals.append(goal->source.path);
        goals.sort();
        QCOMPARE(goals,
            (QStringList {
                QStringLiteral("src/2026/async-closures.md"), QStringLiteral("src/goals/faster-builds.md") }));
        QVERIFY(graph->entityForPath(QStringLiteral("src/initiatives/linker-swap.md"))->type == EntityType::Page);
    }

    // Outside an mdBook, a page with a goal's metadata table is a goal too.
    void goalsByTheirTablesInAPlainFolder()
    {
        const QString root = m_dir.path() + QStringLiteral("/initiativebook-plain");
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/initiativebook/src"), root));
        const Snapshot graph = ProjectLoader::load(root);
        QVERIFY(graph);
        QStringList goals;
        for (const Entity *goal : graph->entitiesOfType(EntityType::Goal))
            goals.append(goal->source.path);
        goals.sort();
        QCOMPARE(goals,
            (QStringList { QStringLiteral("2026/async-closures.md"), QStringLiteral("goals/faster-builds.md"),
                QStringLiteral("initiatives/linker-swap.md") }));
        QCOMPARE(graph->entityForPath(QStringLiteral("initiatives/linker-swap.md"))->owners,
            (QStringList { QStringLiteral("Bo"), QStringLiteral("Cy") }));
    }

    void linksTypedByTheirEndsAndDerived()
    {
        const Snapshot graph = ProjectLoader::load(book());
        QVERIFY(graph);
        const QString goal = byPath(*graph, QStringLiteral("2024/faster-builds.md"))->id;
        const QString future = byPath(*graph, QStringLiteral("stories/shiny_future/dana-blink.md"))->id;
        const QString today = byPath(*graph, QStringLiteral("stories/status_quo/dana-waits.md"))->id;
        const QString dana = byPath(*graph, QStringLiteral("characters/dana.md"))->id;
        // A shiny-future story linking a goal: the goal realises the story.
        const Relation *realises = find(*graph, RelationKind::Realises, goal, future);
        QVERIFY(realises);
        QVERIFY(realises->provenance == Provenance::Declared);
        QCOMPARE(realises->source.path, QStringLiteral("src/stories/shiny_future/dana-blink.md"));
        // Retold, by the book's published address of a page that moved (a redirect).
        const Relation *retells = find(*graph, RelationKind::Retells, future, today);
        QVERIFY(retells);
        QVERIFY(retells->provenance == Provenance::Declared);
        // The goal addresses the pain points of the story it links, and of the story its story retells.
        int addressed = 0;
        for (const Relation *r : graph->outgoing(goal)) {
            if (r->kind != RelationKind::Addresses)
                continue;
            ++addressed;
            QVERIFY(r->provenance == Provenance::Derived);
            QCOMPARE(r->chain.first(), goal);
            QCOMPARE(r->chain.last(), r->to);
            QCOMPARE(r->chain.at(1), QStringLiteral("links"));
            QCOMPARE(r->chain.at(2), today);
            QVERIFY(graph->entity(r->to)->type == EntityType::PainPoint);
        }
        QCOMPARE(addressed, 2);
        // Dana is hit by what the story she features in exposes.
        int hits = 0;
        for (const Relation *r : graph->outgoing(dana)) {
            if (r->kind == RelationKind::HitBy) {
                ++hits;
                QVERIFY(r->provenance == Provenance::Derived);
                QCOMPARE(r->chain,
                    (QStringList { dana, QStringLiteral("<features"), today, QStringLiteral("exposes"), r->to }));
            }
        }
        QCOMPARE(hits, 2);
    }

    void loadingChangesNoByte()
    {
        const QMap<QString, QByteArray> before = fingerprint(book());
        QVERIFY(!before.isEmpty());
        QVERIFY(ProjectLoader::load(book()));
        QCOMPARE(fingerprint(book()), before);
    }

    void ownConfigBesideBookTomlKeepsTheBook()
    {
        QVERIFY(QFile::copy(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/yearbook-storyloom.yml"),
            book() + QStringLiteral("/storyloom.yml")));
        const QMap<QString, QByteArray> before = fingerprint(book());
        const ProjectConfig config = readProjectConfig(book());
        QVERIFY(config.format == ProjectFormat::MdBook);
        QCOMPARE(config.contentDirs, QStringList { QStringLiteral("src") });
        QCOMPARE(config.title, QStringLiteral("Yearbook"));
        QCOMPARE(config.language, QStringLiteral("en"));
        QCOMPARE(config.relations.size(), 2);
        // Only the unknown key is diagnosed.
        QCOMPARE(config.diagnostics.size(), 1);
        QVERIFY(config.diagnostics.first().message.contains(QStringLiteral("flavour")));

        const Snapshot graph = ProjectLoader::load(book());
        QVERIFY(graph);
        QVERIFY(graph->format() == ProjectFormat::MdBook);
        // SUMMARY.md is still read: the goal tree is there.
        QCOMPARE(byPath(*graph, QStringLiteral("2024/faster-builds/incremental-linking.md"))->parent,
            byPath(*graph, QStringLiteral("2024/faster-builds.md"))->id);
        const QString slow = [&] {
            for (const Entity *e : graph->entitiesOfType(EntityType::PainPoint)) {
                if (e->title.startsWith(QStringLiteral("Nobody can tell")))
                    return e->id;
            }
            return QString();
        }();
        QVERIFY(!slow.isEmpty());
        // Accepted: added, declared, where storyloom.yml says it.
        const Relation *accepted
            = find(*graph, RelationKind::Addresses, byPath(*graph, QStringLiteral("2025/better-errors.md"))->id, slow);
        QVERIFY(accepted);
        QVERIFY(accepted->provenance == Provenance::Declared);
        QCOMPARE(accepted->source.path, QStringLiteral("storyloom.yml"));
        // Rejected: the derived relation is gone; the other one derived along the same chain stays.
        const QString faster = byPath(*graph, QStringLiteral("2024/faster-builds.md"))->id;
        QVERIFY(!find(*graph, RelationKind::Addresses, faster, slow));
        int addressed = 0;
        for (const Relation *r : graph->outgoing(faster))
            addressed += r->kind == RelationKind::Addresses;
        QCOMPARE(addressed, 1);
        QCOMPARE(fingerprint(book()), before);
    }
};

QTEST_GUILESS_MAIN(TestBookStructure)
#include "test_bookstructure.moc"
