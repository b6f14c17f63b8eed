// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/ruleset.h"

#include "core/extract/projectloader.h"

#include <QTest>

using namespace storyloom;

class TestRuleSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void globsMatchWholeRelativePaths_data()
    {
        QTest::addColumn<QString>("glob");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("any folder") << "**/characters/*.md" << "src/vision/characters/alan.md" << true;
        QTest::newRow("no folder before") << "**/characters/*.md" << "characters/alan.md" << true;
        QTest::newRow("star stays in its folder") << "**/characters/*.md" << "src/characters/old/alan.md" << false;
        QTest::newRow("a file named like the folder") << "**/characters/*.md" << "src/characters.md" << false;
        QTest::newRow("part of a longer name") << "**/characters/*.md" << "src/minor_characters/alan.md" << false;
        QTest::newRow("under a folder") << "templates/**" << "templates/story/new.md" << true;
        QTest::newRow("not at the start") << "templates/**" << "src/templates/new.md" << false;
        QTest::newRow("double star in a name") << "**/roadmap/**.md" << "src/roadmap/a/b/goal.md" << true;
        QTest::newRow("one character") << "v?/*.md" << "v2/notes.md" << true;
        QTest::newRow("one character, not two") << "v?/*.md" << "v10/notes.md" << false;
        QTest::newRow("plain name") << "**/roadmap.md" << "roadmap.md" << true;
        QTest::newRow("plain name, other case") << "**/roadmap.md" << "src/Roadmap.md" << false;
        QTest::newRow("non-ASCII") << "**/histoires/*.md" << "docs/histoires/élodie.md" << true;
    }

    // The plain text a glob requires is only a quick way to say no: a rule matches
    // exactly the paths its pattern matches.
    void globsMatchWholeRelativePaths()
    {
        QFETCH(QString, glob);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(RuleSet::globToRegex(glob).match(path).hasMatch(), matches);
        if (matches)
            QVERIFY2(path.contains(RuleSet::requiredText(glob)), qPrintable(RuleSet::requiredText(glob)));
        const RuleSet::Loaded loaded
            = RuleSet::fromYaml("rules:\n  - glob: \"" + glob.toUtf8() + "\"\n    type: character\n", {});
        QVERIFY(loaded.diagnostics.isEmpty());
        QCOMPARE(loaded.rules.classify(path, {}).type.has_value(), matches);
    }

    void requiredTextIsTheLongestPlainRun()
    {
        QCOMPARE(RuleSet::requiredText(QStringLiteral("**/characters/*.md")), QStringLiteral("characters/"));
        QCOMPARE(RuleSet::requiredText(QStringLiteral("templates/**")), QStringLiteral("templates/"));
        QCOMPARE(RuleSet::requiredText(QStringLiteral("**/how_it_feels.md")), QStringLiteral("how_it_feels.md"));
        QCOMPARE(RuleSet::requiredText(QStringLiteral("a?bc*d")), QStringLiteral("bc"));
        QCOMPARE(RuleSet::requiredText(QStringLiteral("**")), QString());
    }

    void unknownExtractorsAreErrorsWhereTheyAreNamed()
    {
        // `extract: [moral]` once ran nothing and said nothing.
        const QString root = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/unknown-extractor");
        const Snapshot snapshot = ProjectLoader::load(root);
        QVERIFY(snapshot);
        QStringList problems;
        for (const Diagnostic &d : snapshot->diagnostics())
            problems.append(d.format());
        QVERIFY2(problems.contains(QStringLiteral("storyloom.yml:11:31: error: unknown extractor 'moral' (expected one "
                                                  "of: morals, overview-table, metadata-table, values-from-sections, "
                                                  "character-priorities)")),
            qPrintable(problems.join(u'\n')));

        // The names it knows still count, and a single name needs no list.
        const RuleSet::Loaded loaded = RuleSet::fromYaml(
            "rules:\n  - glob: \"*.md\"\n    extract: values-from-sections\n", QStringLiteral("r.yml"));
        QVERIFY(loaded.diagnostics.isEmpty());
        QCOMPARE(loaded.rules.classify(QStringLiteral("a.md"), {}).extract, Extractors(Extractor::ValuesFromSections));
        const RuleSet::Loaded typo
            = RuleSet::fromYaml("rules:\n  - glob: \"*.md\"\n    extract: moral\n", QStringLiteral("r.yml"));
        QCOMPARE(typo.diagnostics.size(), 1);
        QCOMPARE(typo.diagnostics.first().location.line, 3);
        QVERIFY(typo.diagnostics.first().severity == Diagnostic::Severity::Error);
    }

    // The index keeps the rules' fingerprint with its graph: whatever the rules say that
    // changes a graph must change the fingerprint, or the index keeps a stale graph.
    void fingerprintCoversEverythingTheRulesSay_data()
    {
        QTest::addColumn<QByteArray>("changed");
        QTest::newRow("a rule") << QByteArray("rules:\n  - glob: \"x/*.md\"\n    type: goal\n");
        QTest::newRow("a shape rule") << QByteArray("rules:\n  - shape: goal-metadata-table\n    type: value\n");
        QTest::newRow("a summary parent rule") << QByteArray("rules:\n  - summary_parent: goal\n    type: page\n");
        QTest::newRow("relation types") << QByteArray("relation_types:\n  - { from: page, to: goal, kind: links }\n");
        QTest::newRow("state markers") << QByteArray("state_markers:\n  done: [\"shipped\"]\n");
        QTest::newRow("owner rows") << QByteArray("owner_rows: [\"lead\"]\n");
        QTest::newRow("state rows") << QByteArray("state_rows: [\"phase\"]\n");
        QTest::newRow("morals remarks") << QByteArray("morals_remarks: [\"^note\"]\n");
        QTest::newRow("mention sections") << QByteArray("mention_sections: [\"aside\"]\n");
        QTest::newRow("title prefixes") << QByteArray("title_prefixes: [\"Tale:\"]\n");
        QTest::newRow("title fields") << QByteArray("title_fields: [\"rfc title\"]\n");
        QTest::newRow("retells heading") << QByteArray("retells_heading: \"told again\"\n");
    }

    void fingerprintCoversEverythingTheRulesSay()
    {
        QFETCH(QByteArray, changed);
        const RuleSet builtIn = RuleSet::builtIn();
        QCOMPARE(builtIn.fingerprint(), RuleSet::builtIn().fingerprint());
        const RuleSet::Loaded own = RuleSet::fromYaml(changed, QStringLiteral("storyloom.yml"));
        QVERIFY(own.diagnostics.isEmpty());
        RuleSet combined = RuleSet::builtIn();
        combined.prepend(own.rules);
        QVERIFY(combined.fingerprint() != builtIn.fingerprint());
    }

    // A rule may ask for the shape of a page: its metadata table, its SUMMARY parent's type.
    void rulesMatchTheShapeOfAPage()
    {
        const RuleSet rules = RuleSet::builtIn();
        const QString page = QStringLiteral("2027/goal.md");
        QVERIFY(!rules.classify(page, QStringLiteral("A goal")).type);
        PageShape table;
        table.goalMetadataTable = true;
        QVERIFY(rules.classify(page, QStringLiteral("A goal"), table).type == EntityType::Goal);
        QVERIFY(rules.classify(page, QStringLiteral("A goal"), table).extract.testFlag(Extractor::MetadataTable));
        PageShape nested;
        nested.summaryParent = EntityType::Goal;
        QVERIFY(rules.classify(page, QStringLiteral("A goal"), nested).type == EntityType::Goal);
        nested.summaryParent = EntityType::Page;
        QVERIFY(!rules.classify(page, QStringLiteral("A goal"), nested).type);
        // A path says more than a shape: a character's page with a table stays a character.
        QVERIFY(rules.classify(QStringLiteral("characters/kim.md"), QStringLiteral("Kim"), table).type
            == EntityType::Character);
        const RuleSet::Loaded bad
            = RuleSet::fromYaml("rules:\n  - shape: round\n    type: goal\n", QStringLiteral("storyloom.yml"));
        QCOMPARE(bad.diagnostics.size(), 1);
        QVERIFY(bad.diagnostics.first().message.contains(QStringLiteral("round")));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "test_ruleset.moc"
