// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `check --gaps` on a copy of wg-async: the gaps worth acting on come first, each with its
// evidence; and `classify` guesses its folders as rules.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestCliGapsCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_corpus;

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_corpus = m_dir.filePath(QStringLiteral("wg-async"));
        QVERIFY(copyCorpus(m_corpus));
    }

    void firstGapsAreWorthActingOn()
    {
        const ProcessResult text = runCli({ QStringLiteral("check"), QStringLiteral("--gaps"), m_corpus });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList lines = QString::fromUtf8(text.out).split(u'\n');
        QVERIFY(lines.size() > 20);
        // A pain point two or more stories expose and no goal addresses, naming those stories;
        // or a goal with nothing behind it.
        static const QRegularExpression painPoint(QStringLiteral(
            ": gap: unaddressed-pain-points: .+: exposed by (\\d+) stories; no goal addresses it \\(.+\\)$"));
        static const QRegularExpression goal(
            QStringLiteral(": gap: unmotivated-goals: .+: no pain point or story behind it"));
        int painPoints = 0;
        for (const QString &line : lines.first(20)) {
            const QRegularExpressionMatch match = painPoint.match(line);
            if (match.hasMatch()) {
                QVERIFY2(match.captured(1).toInt() >= 2, qPrintable(line));
                ++painPoints;
            } else {
                QVERIFY2(goal.match(line).hasMatch(), qPrintable(line));
            }
        }
        // wg-async's stories share no pain point: the first lines are its goals with nothing behind them.
        QVERIFY(painPoints <= 20);

        // The same, ranked, in JSON, with the evidence as entities.
        const ProcessResult json
            = runCli({ QStringLiteral("check"), QStringLiteral("--gaps"), QStringLiteral("--json"), m_corpus });
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray gaps = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("gaps")).toArray();
        QVERIFY(gaps.size() > 20);
        // Ranked by group: pain points several stories expose, goals, characters, values, futures that
        // retell nothing, pain points one story exposes, stories without characters.
        const QStringList order { QStringLiteral("unaddressed-pain-points"), QStringLiteral("unmotivated-goals"),
            QStringLiteral("storyless-characters"), QStringLiteral("unheld-values"),
            QStringLiteral("futures-retelling-nothing"), QStringLiteral("unaddressed-pain-points:1"),
            QStringLiteral("characterless-stories") };
        int group = 0;
        for (const QJsonValue &value : gaps) {
            const QJsonObject gap = value.toObject();
            QString kind = gap.value(QStringLiteral("kind")).toString();
            if (kind == order.first() && gap.value(QStringLiteral("evidence")).toArray().size() < 2)
                kind += QStringLiteral(":1");
            const int at = int(order.indexOf(kind));
            QVERIFY2(at >= group, qPrintable(gap.value(QStringLiteral("title")).toString()));
            group = at;
        }
        QCOMPARE(group, int(order.size()) - 1);
        for (int i = 0; i < 20; ++i) {
            const QJsonObject gap = gaps.at(i).toObject();
            const QString kind = gap.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("unaddressed-pain-points")) {
                const QJsonArray evidence = gap.value(QStringLiteral("evidence")).toArray();
                QVERIFY(evidence.size() >= 2);
                for (const QJsonValue &story : evidence)
                    QCOMPARE(story.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("story"));
            } else {
                QCOMPARE(kind, QStringLiteral("unmotivated-goals"));
            }
        }
    }

    void classifyGuessesTheFolders()
    {
        const ProcessResult result = runCli({ QStringLiteral("classify"), m_corpus });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString yaml = QString::fromUtf8(result.out);
        for (const char *rule :
            { "  - glob: \"vision/characters/*.md\"\n    type: character\n",
                "  - glob: \"vision/submitted_stories/status_quo/*.md\"\n    type: story\n    kind: status-quo\n",
                "  - glob: \"vision/submitted_stories/shiny_future/*.md\"\n    type: story\n    kind: shiny-future\n" })
            QVERIFY2(yaml.contains(QString::fromUtf8(rule)), qPrintable(yaml));
    }
};

QTEST_GUILESS_MAIN(TestCliGapsCorpus)
#include "test_cli_gaps_corpus.moc"
