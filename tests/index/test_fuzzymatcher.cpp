// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Quick-open matching: letters in order, word starts first, ids too.
#include "core/index/fuzzymatcher.h"

#include <QTest>

using namespace storyloom;

class TestFuzzyMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesLettersInOrder()
    {
        const FuzzyMatcher matcher(QStringLiteral("bwa"));
        const auto m = matcher.match(QStringLiteral("Barbara wants async"));
        QVERIFY(m);
        QCOMPARE(m->positions, (QList<int> { 0, 8, 9 }));
        QVERIFY(!matcher.match(QStringLiteral("Alan wants async")));
        QVERIFY(FuzzyMatcher(QStringLiteral("elodie")).match(QStringLiteral("Élodie's story")));
    }

    void ranksWordStartsAndRunsFirst()
    {
        std::vector<Entity> entities;
        auto add = [&](const QString &id, const QString &title) {
            Entity e;
            e.id = id;
            e.title = title;
            entities.push_back(e);
        };
        add(QStringLiteral("stories/alan-builds-a-cache"), QStringLiteral("Alan builds a cache"));
        add(QStringLiteral("stories/barbara-wants-async"), QStringLiteral("Barbara wants async"));
        add(QStringLiteral("characters/barbara"), QStringLiteral("Barbara"));
        add(QStringLiteral("roadmap/async-fn"), QStringLiteral("Async fn everywhere"));
        const StoryGraph graph(QString(), QString(), ProjectFormat::Folder, std::move(entities), {}, {});

        auto first = [&](const QString &pattern) {
            const auto ranked = FuzzyMatcher(pattern).rank(graph);
            return ranked.isEmpty() ? QString() : ranked.first().id;
        };
        QCOMPARE(first(QStringLiteral("barbara")), QStringLiteral("characters/barbara"));
        QCOMPARE(first(QStringLiteral("bwa")), QStringLiteral("stories/barbara-wants-async"));
        QCOMPARE(first(QStringLiteral("async fn")), QStringLiteral("roadmap/async-fn"));
        QCOMPARE(first(QStringLiteral("roadmap/")), QStringLiteral("roadmap/async-fn"));
        QCOMPARE(FuzzyMatcher(QStringLiteral("zzz")).rank(graph).size(), 0);
        QCOMPARE(FuzzyMatcher(QString()).rank(graph, 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatcher)
#include "test_fuzzymatcher.moc"
