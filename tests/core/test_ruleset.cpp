// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/ruleset.h"

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
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "test_ruleset.moc"
