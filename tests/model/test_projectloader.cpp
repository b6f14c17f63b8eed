// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Native projects, and everything that can be wrong with a content folder.
#include "core/extract/graphbuilder.h"
#include "core/extract/projectclassifier.h"
#include "core/extract/projectconfig.h"
#include "core/extract/projectloader.h"
#include "core/extract/projectscanner.h"
#include "core/util/parallel.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {
/** A fingerprint of every file (path, size, bytes) to prove that loading writes nothing. */
QByteArray treeHash(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        hash.addData(path.toUtf8());
        if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
        else
            hash.addData(QByteArray::number(file.size()));
    }
    return hash.result();
}

const Diagnostic *findDiagnostic(const StoryGraph &graph, const QString &path, const QString &needle)
{
    for (const Diagnostic &d : graph.diagnostics()) {
        if (d.location.path == path && d.message.contains(needle, Qt::CaseInsensitive))
            return &d;
    }
    return nullptr;
}

bool hasRelation(const StoryGraph &graph, RelationKind kind, const QString &from, const QString &to)
{
    for (const Relation *r : graph.outgoing(from)) {
        if (r->kind == kind && r->to == to)
            return true;
    }
    return false;
}
} // namespace

class TestProjectLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** A small native project (tests/model/data/lantern-library) copied to @p root: every entity type, linked. */
    static void writeNativeProject(const QString &root)
    {
        QVERIFY(storyloom::test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/lantern-library"), root));
    }

private Q_SLOTS:
    void nativeProject()
    {
        const QString root = m_dir.path() + QStringLiteral("/native");
        writeNativeProject(root);
        const QByteArray before = treeHash(root);
        const Snapshot graph = ProjectLoader::load(root);
        QCOMPARE(treeHash(root), before);
        QVERIFY(graph->format() == ProjectFormat::Native);
        QCOMPARE(graph->title(), QStringLiteral("Lantern Library"));
        QCOMPARE(graph->count(EntityType::Character), 2);
        QCOMPARE(graph->count(EntityType::Value), 2);
        QCOMPARE(graph->count(EntityType::Story), 2);
        QCOMPARE(graph->count(EntityType::Goal), 2);
        QCOMPARE(graph->count(EntityType::Project), 1);
        QCOMPARE(graph->count(EntityType::PainPoint), 1);
        QCOMPARE(graph->count(EntityType::Page), 1); // notes/ideas.md; templates/ are not content
        QCOMPARE(graph->entity(QStringLiteral("characters/ines"))->title, QStringLiteral("Inês"));
        QVERIFY(hasRelation(
            *graph, RelationKind::Features, QStringLiteral("stories/lost-hold"), QStringLiteral("characters/ines")));
        QVERIFY(hasRelation(
            *graph, RelationKind::Features, QStringLiteral("stories/lost-hold"), QStringLiteral("characters/tomasz")));
        QVERIFY(hasRelation(*graph, RelationKind::Exposes, QStringLiteral("stories/lost-hold"),
            QStringLiteral("pain-points/lost-holds")));
        QVERIFY(
            hasRelation(*graph, RelationKind::SetIn, QStringLiteral("stories/lost-hold"), QStringLiteral("branch")));
        QVERIFY(hasRelation(*graph, RelationKind::Prioritises, QStringLiteral("characters/ines"),
            QStringLiteral("values/reliability")));
        QVERIFY(hasRelation(
            *graph, RelationKind::Prioritises, QStringLiteral("characters/tomasz"), QStringLiteral("values/speed")));
        QVERIFY(hasRelation(*graph, RelationKind::Hurts, QStringLiteral("pain-points/lost-holds"),
            QStringLiteral("values/reliability")));
        QVERIFY(hasRelation(*graph, RelationKind::Addresses, QStringLiteral("reliable-holds"),
            QStringLiteral("pain-points/lost-holds")));
        QVERIFY(hasRelation(
            *graph, RelationKind::Realises, QStringLiteral("reliable-holds"), QStringLiteral("stories/holds-kept")));
        QVERIFY(hasRelation(
            *graph, RelationKind::PartOf, QStringLiteral("goals/hold-audit"), QStringLiteral("reliable-holds")));
        const Entity *goal = graph->entity(QStringLiteral("reliable-holds"));
        QVERIFY(goal->state == GoalState::InProgress);
        QCOMPARE(*goal->progress, 0.25);
        QCOMPARE(goal->owners, (QStringList { QStringLiteral("Ana"), QStringLiteral("Bo") }));
        QVERIFY(goal->attributeOrigin == AttributeOrigin::FrontMatter);
        QCOMPARE(graph->entity(QStringLiteral("goals/hold-audit"))->parent, QStringLiteral("reliable-holds"));
        // The front-matter relation remembers where it was written.
        for (const Relation *r : graph->outgoing(QStringLiteral("stories/lost-hold"))) {
            if (r->kind == RelationKind::Exposes) {
                QCOMPARE(r->source.path, QStringLiteral("stories/lost-hold.md"));
                QCOMPARE(r->source.line, 5);
                QVERIFY(!r->inferred());
            }
        }
        QCOMPARE(graph->errorCount(), 0);
    }

    void badInputBecomesDiagnostics()
    {
        const QString root = m_dir.path() + QStringLiteral("/bad");
        writeNativeProject(root);
        QVERIFY(storyloom::test::writeFile(
            root, QStringLiteral("stories/bad-yaml.md"), "---\ntype: story\ncharacters: [ines\n---\n# Broken\n"));
        QVERIFY(storyloom::test::writeFile(
            root, QStringLiteral("stories/latin1.md"), "# Caf\xe9 story\n\nIt costs 5\xa4.\n"));
        QVERIFY(storyloom::test::writeFile(
            root, QStringLiteral("stories/binary.md"), QByteArray("PK\x03\x04\0\0\0binary", 14)));
        QVERIFY(storyloom::test::writeFile(
            root, QStringLiteral("stories/dupe.md"), "---\ntype: story\nid: reliable-holds\n---\n# Dupe\n"));
        QVERIFY(storyloom::test::writeFile(
            root, QStringLiteral("stories/unknown-key.md"), "---\ntype: story\nmood: grumpy\n---\n# Mood\n"));
        QVERIFY(storyloom::test::writeFile(root, QStringLiteral("stories/escape.md"),
            "# Escape\n\nSee [passwords](../../../../etc/passwd) and [gone](missing.md).\n"));
        QVERIFY(storyloom::test::writeFile(
            root, QStringLiteral("goals/a.md"), "---\ntype: goal\nid: cycle-a\nparent: cycle-b\n---\n# A\n"));
        QVERIFY(storyloom::test::writeFile(
            root, QStringLiteral("goals/b.md"), "---\ntype: goal\nid: cycle-b\nparent: cycle-a\n---\n# B\n"));
        {
            QFile huge(root + QStringLiteral("/stories/huge.md"));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(50LL * 1024 * 1024));
        }
        QVERIFY(QFile::link(QStringLiteral("/etc"), root + QStringLiteral("/etc-link")));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), root + QStringLiteral("/stories/host.md")));
        QDir().mkpath(root + QStringLiteral("/loop"));
        QVERIFY(QFile::link(root + QStringLiteral("/loop"), root + QStringLiteral("/loop/again")));
        const QByteArray before = treeHash(root);

        const Snapshot graph = ProjectLoader::load(root);
        QCOMPARE(treeHash(root), before);
        const StoryGraph &g = *graph;

        const Diagnostic *yaml = findDiagnostic(g, QStringLiteral("stories/bad-yaml.md"), QStringLiteral("YAML"));
        QVERIFY(yaml);
        QVERIFY(yaml->severity == Diagnostic::Severity::Error);
        QVERIFY(yaml->location.line >= 3);
        const Diagnostic *utf8 = findDiagnostic(g, QStringLiteral("stories/latin1.md"), QStringLiteral("UTF-8"));
        QVERIFY(utf8);
        QCOMPARE(utf8->location.line, 1);
        QVERIFY(findDiagnostic(g, QStringLiteral("stories/binary.md"), QStringLiteral("binary")));
        QVERIFY(findDiagnostic(g, QStringLiteral("stories/huge.md"), QStringLiteral("too large")));
        QVERIFY(findDiagnostic(g, QStringLiteral("stories/dupe.md"), QStringLiteral("duplicate id")));
        const Diagnostic *unknown = findDiagnostic(g, QStringLiteral("stories/unknown-key.md"), QStringLiteral("mood"));
        QVERIFY(unknown);
        QVERIFY(unknown->severity == Diagnostic::Severity::Warning);
        QCOMPARE(unknown->location.line, 3);
        QVERIFY(findDiagnostic(g, QStringLiteral("stories/escape.md"), QStringLiteral("leaves the project")));
        QVERIFY(findDiagnostic(g, QStringLiteral("stories/escape.md"), QStringLiteral("broken link")));
        QVERIFY(findDiagnostic(g, QStringLiteral("stories/host.md"), QStringLiteral("outside the project")));
        bool cycle = false;
        for (const Diagnostic &d : g.diagnostics())
            cycle = cycle || d.message.contains(QLatin1String("cycle"));
        QVERIFY(cycle);
        // The project still loads around the problems.
        QCOMPARE(g.count(EntityType::Character), 2);
        QVERIFY(g.entity(QStringLiteral("reliable-holds")));
        QVERIFY(g.entity(QStringLiteral("reliable-holds-2")));
        for (const Entity &e : g.entities())
            QVERIFY2(!e.source.path.startsWith(QLatin1String("etc-link"))
                    && !e.source.path.startsWith(QLatin1String("loop/again")),
                qPrintable(e.source.path));
        // Formatted diagnostics are what `storyloom-cli check` prints.
        QVERIFY(yaml->format().startsWith(QStringLiteral("stories/bad-yaml.md:%1:").arg(yaml->location.line)));
        QVERIFY(yaml->format().contains(QLatin1String(": error: ")));
    }

    void emptyFolder()
    {
        const QString root = m_dir.path() + QStringLiteral("/empty");
        QDir().mkpath(root);
        const Snapshot graph = ProjectLoader::load(root);
        QVERIFY(graph);
        QCOMPARE(graph->entities().size(), size_t(0));
        QCOMPARE(graph->errorCount(), 0);
        QVERIFY(graph->format() == ProjectFormat::Folder);
    }

    void badRulesAreReported()
    {
        const QString root = m_dir.path() + QStringLiteral("/badrules");
        QVERIFY(storyloom::test::writeFile(root, QStringLiteral("storyloom.yml"),
            "title: X\nrules:\n  - glob: \"*.md\"\n    type: villain\n  - nothing: here\n"));
        QVERIFY(storyloom::test::writeFile(root, QStringLiteral("a.md"), "# A\n"));
        const Snapshot graph = ProjectLoader::load(root);
        QVERIFY(findDiagnostic(*graph, QStringLiteral("storyloom.yml"), QStringLiteral("villain")));
        QVERIFY(findDiagnostic(*graph, QStringLiteral("storyloom.yml"), QStringLiteral("glob")));
        QCOMPARE(graph->count(EntityType::Page), 1);
    }
    void documentFingerprintSeesWhatTheGraphIsBuiltFrom()
    {
        QTemporaryDir dir;
        const ProjectConfig config = readProjectConfig(dir.path()); // the built-in rules: morals of the story
        auto digest = [&config](const QByteArray &text, const QString &path = QStringLiteral("story.md")) {
            return GraphBuilder::documentFingerprint(path, parseDocument(text, path), config);
        };
        const QByteArray story
            = "# A story\n\nSome prose here.\n\n## Morals of the story\n\nA moral.\n\n* A listed moral\n";
        // Prose outside the morals changes only the search text…
        QCOMPARE(digest(story),
            digest("# A story\n\nSome other prose here, longer.\n\n## Morals of the story\n\nA moral.\n\n* A listed "
                   "moral\n"));
        // …but a morals paragraph, a list item, a link, a heading or the front matter is part of the graph.
        QVERIFY(digest(story)
            != digest(
                "# A story\n\nSome prose here.\n\n## Morals of the story\n\nAnother moral.\n\n* A listed moral\n"));
        QVERIFY(digest(story)
            != digest("# A story\n\nSome prose here.\n\n## Morals of the story\n\nA moral.\n\n* A changed moral\n"));
        QVERIFY(digest(story)
            != digest("# A story\n\nSome [prose](other.md) here.\n\n## Morals of the story\n\nA moral.\n\n* A listed "
                      "moral\n"));
        QVERIFY(digest(story)
            != digest("# A tale\n\nSome prose here.\n\n## Morals of the story\n\nA moral.\n\n* A listed moral\n"));
        QVERIFY(digest(story) != digest("---\ntitle: Told\n---\n" + story));
        // A link moved to another line is a relation from another place.
        QVERIFY(digest("# A\n\n[b](b.md)\n") != digest("# A\n\nProse.\n\n[b](b.md)\n"));
        // Where sections become values, their prose is part of the graph too (the values' bodies).
        const QString values = QStringLiteral("vision/how_it_feels.md");
        QVERIFY(digest("# Feels\n\n## Fast\n\nIt is fast.\n", values)
            != digest("# Feels\n\n## Fast\n\nIt is quick.\n", values));
        QCOMPARE(digest("# Feels\n\n## Fast\n\nIt is fast.\n"), digest("# Feels\n\n## Fast\n\nIt is quick.\n"));
    }

    // Pages of a folder that all begin with `# Summary` (proposals, say) get titles of their own:
    // a `- Feature Name:` line, else the file name made readable; a heading only one page has stays.
    void titlesTellPagesApart()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/rfcs"), dir.path()));
        const Snapshot graph = ProjectLoader::load(dir.path());
        QVERIFY(graph);
        auto titleOf = [&](const char *path) {
            const Entity *page = graph->entityForPath(QString::fromUtf8(path));
            return page ? page->title : QStringLiteral("(no page)");
        };
        QCOMPARE(titleOf("text/0001-private-fields.md"), QStringLiteral("private_fields"));
        QCOMPARE(titleOf("text/0002-rfc-process.md"), QStringLiteral("Rfc process"));
        QCOMPARE(titleOf("text/0003-async-await.md"), QStringLiteral("async_await"));
        QCOMPARE(titleOf("text/0004-closures.md"), QStringLiteral("Closures"));
        QCOMPARE(titleOf("README.md"), QStringLiteral("Summary"));
        QCOMPARE(titleOf("notes/year-in-review.md"), QStringLiteral("Summary"));
    }

    // `classify`: a guess per folder, from what is typed, the first headings, the tables and the
    // folder's name; rules only for the folders it has a guess for.
    void classifyGuessesFolders()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/untyped"), dir.path()));
        const Snapshot graph = ProjectLoader::load(dir.path());
        QVERIFY(graph);
        const std::vector<FolderGuess> guesses = ProjectClassifier::guess(*graph, readProjectConfig(dir.path()));
        QCOMPARE(guesses.size(), size_t(4));
        QCOMPARE(guesses[0].folder, QStringLiteral("2027"));
        QVERIFY(guesses[0].type == EntityType::Goal && guesses[0].basis == GuessBasis::Tables);
        QCOMPARE(guesses[0].pages, 2);
        QCOMPARE(
            guesses[0].samples, (QStringList { QStringLiteral("Faster releases"), QStringLiteral("Quieter builds") }));
        QCOMPARE(guesses[1].folder, QStringLiteral("misc"));
        QVERIFY(!guesses[1].type && guesses[1].basis == GuessBasis::Nothing);
        QCOMPARE(guesses[2].folder, QStringLiteral("people"));
        QVERIFY(guesses[2].type == EntityType::Character && guesses[2].basis == GuessBasis::Name);
        QCOMPARE(guesses[3].folder, QStringLiteral("tales"));
        QVERIFY(guesses[3].type == EntityType::Story && guesses[3].kind == StoryKind::StatusQuo);
        QVERIFY(guesses[3].basis == GuessBasis::Typed);
        QCOMPARE(guesses[3].typed, 1);

        // The rules it prints are rules: put in storyloom.yml, they type every folder they name.
        const QString yaml = ProjectClassifier::toRulesYaml(guesses);
        QVERIFY2(
            yaml.contains(QStringLiteral("  - glob: \"2027/*.md\"\n    type: goal\n    extract: [metadata-table]\n")),
            qPrintable(yaml));
        QVERIFY(!yaml.contains(QStringLiteral("misc/*.md")));
        QVERIFY(test::writeFile(dir.path(), QStringLiteral("storyloom.yml"), yaml.toUtf8()));
        const Snapshot typed = ProjectLoader::load(dir.path());
        QCOMPARE(typed->errorCount(), 0);
        QCOMPARE(typed->count(EntityType::Goal), 2);
        QCOMPARE(typed->count(EntityType::Character), 2);
        QCOMPARE(typed->count(StoryKind::StatusQuo), 1);
        QVERIFY(typed->entityForPath(QStringLiteral("misc/odds.md"))->type == EntityType::Page);
    }

    void charactersAreNamedInTitlesAsWholeWords()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(storyloom::test::writeFile(root, QStringLiteral("storyloom.yml"), "title: Names\n"));
        for (const char *name : { "Alan", "Jean-Luc", "Bo", "Ünal" }) {
            QVERIFY(storyloom::test::writeFile(root,
                QStringLiteral("characters/%1.md").arg(QString::fromUtf8(name).toLower()),
                QByteArray("---\ntype: character\n---\n# ") + name + " the tester\n"));
        }
        const QStringList titles = { QStringLiteral("alan meets Jean-Luc"), QStringLiteral("Alanna's day"),
            QStringLiteral("Bo's boat"), QStringLiteral("Bobby and jean-luc"), QStringLiteral("ÜNAL (and BO) again"),
            QStringLiteral("Jean-Lucas") };
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY(storyloom::test::writeFile(root, QStringLiteral("stories/s%1.md").arg(i),
                "---\ntype: story\n---\n# " + titles.at(i).toUtf8() + "\n"));
        }
        const Snapshot graph = ProjectLoader::load(root);
        QVERIFY(graph);
        auto featured = [&](int story) {
            QStringList names;
            for (const Relation &r : graph->relations()) {
                if (r.kind == RelationKind::Features && r.from == QStringLiteral("stories/s%1").arg(story))
                    names << graph->entity(r.to)->title.section(u' ', 0, 0);
            }
            names.sort();
            return names;
        };
        QCOMPARE(featured(0), (QStringList { QStringLiteral("Alan"), QStringLiteral("Jean-Luc") }));
        QCOMPARE(featured(1), QStringList());
        QCOMPARE(featured(2), QStringList { QStringLiteral("Bo") });
        QCOMPARE(featured(3), QStringList { QStringLiteral("Jean-Luc") });
        QCOMPARE(featured(4), (QStringList { QStringLiteral("Bo"), QStringLiteral("Ünal") }));
        QCOMPARE(featured(5), QStringList());
    }

    void parsesAgreeOnEveryThread()
    {
        // Bare URLs (autolink), strikethrough and table rows: what cmark-gfm's extensions find
        // through the inline parser's special characters, one table for the whole process.
        QByteArray markdown = "# Links\n\n";
        for (int i = 0; i < 200; ++i) {
            markdown += "See https://example.org/page-" + QByteArray::number(i) + " and ~~old~~ www.example.com/w"
                + QByteArray::number(i) + ".\n\n| a | b |\n|---|---|\n| https://example.net/" + QByteArray::number(i)
                + " | ~~x~~ |\n\n";
        }
        const ParsedDocument alone = parseDocument(markdown, QStringLiteral("links.md"));
        QCOMPARE(alone.links.size(), 600);
        std::vector<qsizetype> links(64);
        parallelFor(int(links.size()),
            [&](int i) { links[size_t(i)] = parseDocument(markdown, QStringLiteral("links.md")).links.size(); });
        for (qsizetype count : links)
            QCOMPARE(count, alone.links.size());
    }
};

QTEST_GUILESS_MAIN(TestProjectLoader)
#include "test_projectloader.moc"
