// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// stats / list / check: the model's command-line face, on the bundled sample and on a broken project.
#include "core/extract/projectloader.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

class TestCliModel : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Result cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    const QString m_sample = QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample");

private Q_SLOTS:
    void statsMatchesTheModel()
    {
        const Result r = cli({ QStringLiteral("stats"), QStringLiteral("--json"), m_sample });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(r.out).object();
        const Snapshot graph = ProjectLoader::load(m_sample);
        for (EntityType type : allEntityTypes)
            QCOMPARE(stats[QStringLiteral("entities")].toObject()[toString(type)].toInt(), graph->count(type));
        for (RelationKind kind : allRelationKinds)
            QCOMPARE(stats[QStringLiteral("relations")].toObject()[toString(kind)].toInt(), graph->count(kind));
        QCOMPARE(stats[QStringLiteral("stories")].toObject()[QStringLiteral("status-quo")].toInt(),
            graph->count(StoryKind::StatusQuo));
        QCOMPARE(stats[QStringLiteral("errors")].toInt(), 0);
        // The sample is what the foundation promised: a small but complete vision document.
        QVERIFY(graph->count(EntityType::Character) >= 3);
        QVERIFY(graph->count(EntityType::Value) >= 4);
        QVERIFY(graph->count(EntityType::Story) >= 6);
        QVERIFY(graph->count(StoryKind::ShinyFuture) >= 1 && graph->count(StoryKind::StatusQuo) >= 1);
        QVERIFY(graph->count(EntityType::PainPoint) >= 5);
        int topGoals = 0, initiatives = 0;
        for (const Entity *goal : graph->entitiesOfType(EntityType::Goal))
            (goal->parent.isEmpty() ? topGoals : initiatives)++;
        QVERIFY(topGoals >= 3 && initiatives >= 3);
    }

    void listHasAttributesAndRelations()
    {
        const Result r = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--type"),
            QStringLiteral("goal"), m_sample });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray goals = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!goals.isEmpty());
        bool sawInitiative = false, sawRelation = false;
        for (const QJsonValue &value : goals) {
            const QJsonObject goal = value.toObject();
            QCOMPARE(goal[QStringLiteral("type")].toString(), QStringLiteral("goal"));
            for (const char *key : { "id", "title", "path", "line", "state", "progress", "owners", "relations" })
                QVERIFY2(goal.contains(QLatin1StringView(key)), key);
            sawInitiative = sawInitiative || goal.contains(QStringLiteral("parent"));
            for (const QJsonValue &relation : goal[QStringLiteral("relations")].toArray()) {
                const QJsonObject rel = relation.toObject();
                QVERIFY(rel[QStringLiteral("source")].toString().contains(u':'));
                QVERIFY(rel[QStringLiteral("inferred")].isBool());
                sawRelation = true;
            }
        }
        QVERIFY(sawInitiative);
        QVERIFY(sawRelation);
    }

    void listAndStatsGiveProvenance()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/model/data/yearbook"), dir.path()));
        const Result stats = cli({ QStringLiteral("stats"), QStringLiteral("--json"), dir.path() });
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        const QJsonObject byKind = counts[QStringLiteral("relations_by_provenance")].toObject();
        auto count = [&](const char *kind, const char *provenance) {
            return byKind[QLatin1StringView(kind)].toObject()[QLatin1StringView(provenance)].toInt(-1);
        };
        QCOMPARE(count("addresses", "derived"), 2);
        QCOMPARE(count("addresses", "declared"), 0);
        QCOMPARE(count("realises", "declared"), 1);
        QCOMPARE(count("retells", "declared"), 1);
        QCOMPARE(count("hit-by", "derived"), 2);
        QCOMPARE(count("exposes", "extracted"), 2);
        const QJsonObject provenance = counts[QStringLiteral("provenance")].toObject();
        QCOMPARE(provenance[QStringLiteral("derived")].toInt(), 4);

        const Result list = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--type"),
            QStringLiteral("goal"), dir.path() });
        QCOMPARE(list.exitCode, 0);
        int derived = 0;
        for (const QJsonValue &goal : QJsonDocument::fromJson(list.out).array()) {
            for (const QJsonValue &value : goal.toObject()[QStringLiteral("relations")].toArray()) {
                const QJsonObject relation = value.toObject();
                const QString provenance = relation[QStringLiteral("provenance")].toString();
                QVERIFY2(provenanceFromString(provenance), qPrintable(provenance));
                const QJsonArray chain = relation[QStringLiteral("chain")].toArray();
                if (provenance != QLatin1String("derived")) {
                    QVERIFY(chain.isEmpty());
                    continue;
                }
                ++derived;
                QCOMPARE(relation[QStringLiteral("kind")].toString(), QStringLiteral("addresses"));
                QCOMPARE(chain.size(), 5);
                QCOMPARE(chain.at(0).toString(), goal.toObject()[QStringLiteral("id")].toString());
                QCOMPARE(chain.at(4).toString(), relation[QStringLiteral("target")].toString());
            }
        }
        QCOMPARE(derived, 2);
    }

    void listCountsTheStoriesOfAPainPoint()
    {
        const Result r = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--type"),
            QStringLiteral("pain-point"), QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/extract/data/morals-book") });
        QCOMPARE(r.exitCode, 0);
        QHash<QString, int> stories; // title -> how many stories expose it
        for (const QJsonValue &value : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject pain = value.toObject();
            stories.insert(
                pain[QStringLiteral("title")].toString(), int(pain[QStringLiteral("exposedBy")].toArray().size()));
        }
        QCOMPARE(stories.size(), 6);
        QCOMPARE(stories.value(QStringLiteral("Opening hours on the website are out of date.")), 2);
        QCOMPARE(stories.value(QStringLiteral("Returning a book after closing time is impossible.")), 1);
    }

    void checkReportsErrorsWithLocations()
    {
        QCOMPARE(cli({ QStringLiteral("check"), m_sample }).exitCode, 0);
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("storyloom.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("title: Broken\n");
        config.close();
        QFile story(dir.filePath(QStringLiteral("story.md")));
        QVERIFY(story.open(QIODevice::WriteOnly));
        story.write("---\ntype: story\ntitle: [unclosed\n---\n# S\n\n[nowhere](missing.md)\n");
        story.close();
        const Result r = cli({ QStringLiteral("check"), dir.path() });
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        static const QRegularExpression format(QStringLiteral("^[^:]+:\\d+:\\d+: (error|warning): .+$"));
        for (const QString &line : lines)
            QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines.first().startsWith(QLatin1String("story.md:")));
        QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("missing.md")));
    }
};

QTEST_GUILESS_MAIN(TestCliModel)
#include "test_cli_model.moc"
