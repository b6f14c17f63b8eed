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
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "test_ruleset.moc"
