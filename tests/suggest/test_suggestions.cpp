// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Suggested relations: the ranking on the sample project with its goal links taken out, and the
// user's verdicts kept in front matter (native) or storyloom.yml (mdBook, no page changed).
#include "core/analysis/relationsuggester.h"
#include "core/extract/projectloader.h"
#include "core/project/relationdecisions.h"

#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Every file under `root` with its bytes, by relative path. */
QHash<QString, QByteArray> filesUnder(const QString &root)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return files;
}

const Relation *findRelation(const StoryGraph &graph, RelationKind kind, const QString &from, const QString &to)
{
    for (const Relation &r : graph.relations()) {
        if (r.kind == kind && r.from == from && r.to == to)
            return &r;
    }
    return nullptr;
}

/** Diagnostics about `path`, formatted: a verdict written there must read back cleanly. */
QStringList diagnosticsOf(const StoryGraph &graph, const QString &path)
{
    QStringList found;
    for (const Diagnostic &d : graph.diagnostics()) {
        if (d.location.path == path)
            found << d.format();
    }
    return found;
}

bool suggested(const std::vector<Suggestion> &suggestions, const QString &from, const QString &to)
{
    return std::any_of(
        suggestions.cbegin(), suggestions.cend(), [&](const Suggestion &s) { return s.from == from && s.to == to; });
}

/** The pain point a story's morals item at `line` became (the target of its `exposes`). */
QString painPointAt(const StoryGraph &graph, const QString &path, int line)
{
    for (const Relation &r : graph.relations()) {
        if (r.kind == RelationKind::Exposes && r.source.path == path && r.source.line == line)
            return r.to;
    }
    return {};
}

std::vector<Suggestion> suggestFor(const Snapshot &graph)
{
    SuggestOptions options;
    options.rejected = RelationDecisions(graph).rejected();
    return RelationSuggester::suggest(*graph, options);
}

} // namespace

class TestSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /**
     * The sample project without the goals' `pain_points:`: ranking the text alone brings the
     * removed goal back among the first three candidates of most pain points.
     */
    void sampleLinksComeBack()
    {
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), dir.path()));
        const Snapshot original = ProjectLoader::load(dir.path());
        QHash<QString, QSet<QString>> removed; // pain point -> goals that addressed it
        for (const Relation &r : original->relations()) {
            if (r.kind == RelationKind::Addresses && r.provenance == Provenance::Declared)
                removed[r.to].insert(r.from);
        }
        QVERIFY(removed.size() >= 5);
        QDirIterator it(dir.path() + QStringLiteral("/roadmap"), { QStringLiteral("*.md") }, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QByteArray bytes = readFile(path);
            QList<QByteArray> lines = bytes.split('\n');
            lines.removeIf([](const QByteArray &line) { return line.startsWith("pain_points:"); });
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(lines.join('\n'));
        }
        const Snapshot graph = ProjectLoader::load(dir.path());
        for (const Relation &r : graph->relations())
            QVERIFY2(!(r.kind == RelationKind::Addresses && r.provenance == Provenance::Declared), qPrintable(r.from));

        SuggestOptions textOnly;
        textOnly.evidence = SuggestionEvidence::TextOnly;
        textOnly.related = RelatedPairs::Keep;
        const std::vector<Suggestion> ranking = RelationSuggester::suggest(*graph, textOnly);
        int found = 0, top = 0;
        for (auto pain = removed.cbegin(); pain != removed.cend(); ++pain) {
            bool inTop3 = false;
            for (const Suggestion &s : ranking) {
                if (s.subject != pain.key() || !pain->contains(s.candidate))
                    continue;
                inTop3 = true;
                top += s.rank == 1;
            }
            found += inTop3;
            if (!inTop3)
                qInfo("not in the top 3: %s", qPrintable(pain.key()));
        }
        const double recall = double(found) / double(removed.size());
        qInfo("sample, addresses removed: recall@3 %.3f (%d of %d pain points), precision@1 %.3f", recall, found,
            int(removed.size()), double(top) / double(removed.size()));
        QVERIFY2(recall >= 0.8, qPrintable(QString::number(recall)));
    }

    /** The same input gives the same suggestions, scores and words, in the same order. */
    void deterministic()
    {
        const Snapshot graph = ProjectLoader::load(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"));
        SuggestOptions options;
        options.limit = 5;
        options.related = RelatedPairs::Keep;
        const std::vector<Suggestion> first = RelationSuggester::suggest(*graph, options);
        const std::vector<Suggestion> second = RelationSuggester::suggest(*graph, options);
        QVERIFY(!first.empty());
        QCOMPARE(first.size(), second.size());
        for (size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].candidate, second[i].candidate);
            QCOMPARE(first[i].score, second[i].score);
            QCOMPARE(first[i].terms, second[i].terms);
            QVERIFY(first[i].score >= 0 && first[i].score <= 1);
        }
        // Status-quo stories get shiny-future candidates too.
        QVERIFY(std::any_of(first.cbegin(), first.cend(),
            [](const Suggestion &s) { return s.kind == RelationKind::Retells && !s.terms.isEmpty(); }));
    }

    /** Native project: accepting writes the goal's front matter; a rejection is kept there and never suggested. */
    void nativeVerdictsInFrontMatter()
    {
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), dir.path()));
        const QString goalFile = dir.path() + QStringLiteral("/roadmap/forget-loan-history.md");
        QByteArray bytes = readFile(goalFile);
        QVERIFY(bytes.contains("pain_points: [loan-history-kept-forever]\n"));
        bytes.replace("pain_points: [loan-history-kept-forever]\n", "");
        QVERIFY(storyloom::test::writeFile(dir.path(), QStringLiteral("roadmap/forget-loan-history.md"), bytes));

        Snapshot graph = ProjectLoader::load(dir.path());
        const QString goal = graph->entityForPath(QStringLiteral("roadmap/forget-loan-history.md"))->id;
        const QString pain = graph->entityForPath(QStringLiteral("pain-points/loan-history-kept-forever.md"))->id;
        QVERIFY(suggested(suggestFor(graph), goal, pain));
        const WriteResult rejected = RelationDecisions(graph).reject(RelationKind::Addresses, goal, pain);
        QVERIFY2(rejected.ok, qPrintable(rejected.error));
        QVERIFY(readFile(goalFile).contains("rejected: [addresses loan-history-kept-forever]\n"));
        graph = ProjectLoader::load(dir.path());
        QCOMPARE(diagnosticsOf(*graph, QStringLiteral("roadmap/forget-loan-history.md")), QStringList());
        QVERIFY(!suggested(suggestFor(graph), goal, pain));

        // Changing one's mind: accepting takes the rejection away and declares the relation.
        const WriteResult accepted = RelationDecisions(graph).accept(RelationKind::Addresses, goal, pain);
        QVERIFY2(accepted.ok, qPrintable(accepted.error));
        QVERIFY(!readFile(goalFile).contains("rejected:"));
        graph = ProjectLoader::load(dir.path());
        const Relation *r = findRelation(*graph, RelationKind::Addresses, goal, pain);
        QVERIFY(r);
        QVERIFY(r->provenance == Provenance::Declared);
        QCOMPARE(r->source.path, QStringLiteral("roadmap/forget-loan-history.md"));
    }

    /** A derived relation rejected in a native page is gone and stays gone; taking the entry out brings it back. */
    void nativeRejectedDerivedRelation()
    {
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), dir.path()));
        Snapshot graph = ProjectLoader::load(dir.path());
        const Relation *derived = nullptr;
        for (const Relation &r : graph->relations()) {
            if (r.provenance == Provenance::Derived && graph->entity(r.from)->ownFile) {
                derived = &r;
                break;
            }
        }
        QVERIFY(derived);
        const Relation wrong = *derived;
        const QString file = dir.path() + u'/' + graph->entity(wrong.from)->source.path;
        const QByteArray before = readFile(file);
        QVERIFY(RelationDecisions(graph).reject(wrong.kind, wrong.from, wrong.to).ok);
        graph = ProjectLoader::load(dir.path());
        QVERIFY(!findRelation(*graph, wrong.kind, wrong.from, wrong.to));
        QVERIFY(RelationDecisions(graph).rejected().contains(wrong));
        QVERIFY(storyloom::test::writeFile(dir.path(), QDir(dir.path()).relativeFilePath(file), before));
        graph = ProjectLoader::load(dir.path());
        QVERIFY(findRelation(*graph, wrong.kind, wrong.from, wrong.to));
    }

    /**
     * mdBook: verdicts go to storyloom.yml at the root (created, never in src/), no page changes by a
     * byte, the book stays an mdBook, a rejected derived relation is gone until its entry is removed.
     */
    void mdBookVerdictsInStoryloomYml()
    {
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/library-book"), dir.path()));
        const QHash<QString, QByteArray> pages = filesUnder(dir.path());
        Snapshot graph = ProjectLoader::load(dir.path());
        QVERIFY(graph->format() == ProjectFormat::MdBook);
        const QString story = QStringLiteral("src/status_quo/lena_loses_the_queue.md");
        const QString kiosk = painPointAt(*graph, story, 10);
        const QString renewal = painPointAt(*graph, story, 11);
        QVERIFY(!kiosk.isEmpty() && !renewal.isEmpty());
        const QString cardKiosks = graph->entityForPath(QStringLiteral("src/roadmap/card_kiosks.md"))->id;
        const QString quickRenewals = graph->entityForPath(QStringLiteral("src/roadmap/quick_renewals.md"))->id;

        // The renewals page links the story: derived, it addresses both its pain points, the kiosk one wrongly.
        const Relation *wrong = findRelation(*graph, RelationKind::Addresses, quickRenewals, kiosk);
        QVERIFY(wrong);
        QVERIFY(wrong->provenance == Provenance::Derived);
        const std::vector<Suggestion> suggestions = suggestFor(graph);
        QVERIFY(!suggestions.empty());
        QCOMPARE(suggestions.front().subject, kiosk);
        QCOMPARE(suggestions.front().candidate, cardKiosks);
        QVERIFY2(suggestions.front().terms.contains(QStringLiteral("kiosk"))
                || suggestions.front().terms.contains(QStringLiteral("desk")),
            qPrintable(suggestions.front().terms.join(u',')));

        QVERIFY(RelationDecisions(graph).reject(RelationKind::Addresses, quickRenewals, kiosk).ok);
        QVERIFY(RelationDecisions(graph).accept(RelationKind::Addresses, cardKiosks, kiosk).ok);
        QVERIFY(QFileInfo::exists(dir.path() + QStringLiteral("/storyloom.yml")));
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/src/storyloom.yml")));
        QHash<QString, QByteArray> after = filesUnder(dir.path());
        after.remove(QStringLiteral("storyloom.yml"));
        QCOMPARE(after, pages);

        graph = ProjectLoader::load(dir.path());
        QVERIFY(graph->format() == ProjectFormat::MdBook);
        QCOMPARE(diagnosticsOf(*graph, QStringLiteral("storyloom.yml")), QStringList());
        QVERIFY(!findRelation(*graph, RelationKind::Addresses, quickRenewals, kiosk));
        const Relation *kept = findRelation(*graph, RelationKind::Addresses, cardKiosks, kiosk);
        QVERIFY(kept);
        QVERIFY(kept->provenance == Provenance::Declared);
        QCOMPARE(kept->source.path, QStringLiteral("storyloom.yml"));
        const std::vector<Suggestion> again = suggestFor(graph);
        QVERIFY(!suggested(again, quickRenewals, kiosk));
        QVERIFY(!suggested(again, cardKiosks, kiosk));

        // A verdict changed later is changed in place: one entry per relation.
        QVERIFY(RelationDecisions(graph).reject(RelationKind::Addresses, cardKiosks, kiosk).ok);
        const QByteArray config = readFile(dir.path() + QStringLiteral("/storyloom.yml"));
        QCOMPARE(config.count("- { source:"), 2);
        QCOMPARE(config.count("state: rejected"), 2);
        graph = ProjectLoader::load(dir.path());
        QVERIFY(!findRelation(*graph, RelationKind::Addresses, cardKiosks, kiosk));

        // Removing the entries restores what the book says.
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/storyloom.yml")));
        graph = ProjectLoader::load(dir.path());
        QVERIFY(findRelation(*graph, RelationKind::Addresses, quickRenewals, kiosk));
        QCOMPARE(filesUnder(dir.path()), pages);
    }

    /**
     * storyloom-cli relation reject: a derived relation already in an mdBook's graph is taken out through
     * storyloom.yml (no page changes), accept brings one in; bad verdicts and kinds are usage errors.
     */
    void relationCommand()
    {
        QTemporaryDir dir;
        QVERIFY(storyloom::test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/library-book"), dir.path()));
        const QHash<QString, QByteArray> pages = filesUnder(dir.path());
        Snapshot graph = ProjectLoader::load(dir.path());
        const QString kiosk = painPointAt(*graph, QStringLiteral("src/status_quo/lena_loses_the_queue.md"), 10);
        const QString renewals = graph->entityForPath(QStringLiteral("src/roadmap/quick_renewals.md"))->id;
        const QString kiosks = graph->entityForPath(QStringLiteral("src/roadmap/card_kiosks.md"))->id;
        QVERIFY(findRelation(*graph, RelationKind::Addresses, renewals, kiosk));

        const storyloom::test::ProcessResult rejected = storyloom::test::runCli({ QStringLiteral("relation"),
            QStringLiteral("reject"), QStringLiteral("addresses"), renewals, kiosk, dir.path() });
        QCOMPARE(rejected.exitCode, 0);
        QVERIFY2(rejected.outText().contains(QStringLiteral("storyloom.yml")), rejected.out.constData());
        const storyloom::test::ProcessResult accepted
            = storyloom::test::runCli({ QStringLiteral("relation"), QStringLiteral("accept"),
                QStringLiteral("addresses"), QStringLiteral("Kiosks that read every card"), kiosk, dir.path() });
        QCOMPARE(accepted.exitCode, 0);
        QHash<QString, QByteArray> after = filesUnder(dir.path());
        after.remove(QStringLiteral("storyloom.yml"));
        QCOMPARE(after, pages);
        graph = ProjectLoader::load(dir.path());
        QVERIFY(!findRelation(*graph, RelationKind::Addresses, renewals, kiosk));
        const Relation *kept = findRelation(*graph, RelationKind::Addresses, kiosks, kiosk);
        QVERIFY(kept);
        QVERIFY(kept->provenance == Provenance::Declared);

        const auto exitOf = [&](const QString &verdict, const QString &kind, const QString &from) {
            return storyloom::test::runCli({ QStringLiteral("relation"), verdict, kind, from, kiosk, dir.path() })
                .exitCode;
        };
        QCOMPARE(exitOf(QStringLiteral("ignore"), QStringLiteral("addresses"), renewals), 2);
        QCOMPARE(exitOf(QStringLiteral("reject"), QStringLiteral("befriends"), renewals), 2);
        QCOMPARE(exitOf(QStringLiteral("reject"), QStringLiteral("addresses"), QStringLiteral("no-such-goal")), 1);
    }

    /** storyloom-cli suggest: JSON with the relation to add, options checked, the usual exit codes. */
    void commandLine()
    {
        const QString book = QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/library-book");
        const storyloom::test::ProcessResult json
            = storyloom::test::runCli({ QStringLiteral("suggest"), QStringLiteral("--json"), book });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out).array();
        QVERIFY2(!list.isEmpty(), json.out.constData());
        const QJsonObject first = list.first().toObject();
        QCOMPARE(
            first.value(QStringLiteral("candidateTitle")).toString(), QStringLiteral("Kiosks that read every card"));
        QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
        const QJsonObject relation = first.value(QStringLiteral("relation")).toObject();
        QCOMPARE(relation.value(QStringLiteral("kind")).toString(), QStringLiteral("addresses"));
        QCOMPARE(
            relation.value(QStringLiteral("from")).toString(), first.value(QStringLiteral("candidate")).toString());
        QVERIFY(!first.value(QStringLiteral("terms")).toArray().isEmpty());

        const storyloom::test::ProcessResult text = storyloom::test::runCli(
            { QStringLiteral("suggest"), QStringLiteral("--min-score"), QStringLiteral("0.5"), book });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(QStringLiteral("Kiosks that read every card")), text.out.constData());
        QCOMPARE(
            storyloom::test::runCli({ QStringLiteral("suggest"), QStringLiteral("--limit"), QStringLiteral("0"), book })
                .exitCode,
            2);
        QCOMPARE(storyloom::test::runCli(
                     { QStringLiteral("suggest"), QStringLiteral("--min-score"), QStringLiteral("2"), book })
                     .exitCode,
            2);
        QCOMPARE(storyloom::test::runCli({ QStringLiteral("suggest"), book + QStringLiteral("/nowhere") }).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "test_suggestions.moc"
