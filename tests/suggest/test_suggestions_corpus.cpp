// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Suggested goals for the wg-async pain points against the hand-labelled pairs
// (tests/extract/data/wg-async-goalpairs.tsv, see the README beside it).
#include "core/analysis/relationsuggester.h"
#include "core/extract/projectloader.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {

struct Pair
{
    QString path;
    int line = 0;
    QString goal;
};

QList<Pair> readPairs()
{
    QFile in(QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/extract/data/wg-async-goalpairs.tsv"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QList<Pair> pairs;
    for (const QByteArray &raw : in.readAll().split('\n')) {
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QStringList columns = QString::fromUtf8(raw).split(u'\t');
        if (columns.size() >= 4)
            pairs.append({ columns.at(0), columns.at(1).toInt(), columns.at(3) });
    }
    return pairs;
}

} // namespace

class TestSuggestionsCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Snapshot m_graph;

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
    }

    /** recall@3 over the labelled pairs, and how often the first candidate is a labelled goal. */
    void labelledPairs()
    {
        const QList<Pair> pairs = readPairs();
        QVERIFY(pairs.size() >= 30);
        // The pain point a labelled morals item became, by the file and line of its `exposes`.
        QHash<QString, QString> painPointAt;
        for (const Relation &r : m_graph->relations()) {
            if (r.kind == RelationKind::Exposes)
                painPointAt.insert(QStringLiteral("%1:%2").arg(r.source.path).arg(r.source.line), r.to);
        }
        // The whole ranking: a goal already linked counts as found, as a reader would see it.
        SuggestOptions options;
        options.limit = 1000;
        options.related = RelatedPairs::Keep;
        const std::vector<Suggestion> ranking = RelationSuggester::suggest(*m_graph, options);
        QHash<QString, QStringList> ranked; // pain point -> goals, best first
        for (const Suggestion &s : ranking) {
            if (s.kind == RelationKind::Addresses)
                ranked[s.subject].append(s.candidate);
        }
        int found = 0;
        QHash<QString, QSet<QString>> labelled; // pain point -> its labelled goals
        QStringList missed;
        for (const Pair &pair : pairs) {
            const QString painPoint = painPointAt.value(QStringLiteral("%1:%2").arg(pair.path).arg(pair.line));
            QVERIFY2(!painPoint.isEmpty(), qPrintable(QStringLiteral("%1:%2").arg(pair.path).arg(pair.line)));
            const Entity *goal = m_graph->entityForPath(pair.goal);
            QVERIFY2(goal && goal->type == EntityType::Goal, qPrintable(pair.goal));
            labelled[painPoint].insert(goal->id);
            const qsizetype rank = ranked.value(painPoint).indexOf(goal->id);
            if (rank >= 0 && rank < 3)
                ++found;
            else
                missed << QStringLiteral("%1:%2 -> %3 (rank %4)")
                              .arg(pair.path)
                              .arg(pair.line)
                              .arg(goal->id)
                              .arg(rank + 1);
        }
        int firstRight = 0;
        for (auto it = labelled.cbegin(); it != labelled.cend(); ++it)
            firstRight += !ranked.value(it.key()).isEmpty() && it->contains(ranked.value(it.key()).constFirst());
        const double recall = double(found) / double(pairs.size());
        const double precision = double(firstRight) / double(labelled.size());
        qInfo("wg-async goal pairs: recall@3 %.3f (%d of %d pairs), precision@1 %.3f (%d of %d pain points)", recall,
            found, int(pairs.size()), precision, firstRight, int(labelled.size()));
        if (!missed.isEmpty())
            qInfo("not in the top 3: %s", qPrintable(missed.join(QStringLiteral("; "))));
        QVERIFY2(recall >= 0.6, qPrintable(QString::number(recall)));
    }
};

QTEST_GUILESS_MAIN(TestSuggestionsCorpus)
#include "test_suggestions_corpus.moc"
