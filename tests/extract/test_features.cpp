// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A story features the characters it is told about; its FAQ only mentions the others.
#include "core/extract/projectloader.h"

#include <QTest>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {

/** The titles of the characters a story relates to by `kind`, sorted. */
QStringList charactersOf(const StoryGraph &graph, const QString &path, RelationKind kind)
{
    QStringList titles;
    const Entity *story = graph.entityForPath(path);
    if (!story)
        return titles;
    for (const Relation *r : graph.outgoing(story->id)) {
        const Entity *to = graph.entity(r->to);
        if (r->kind == kind && to && to->type == EntityType::Character)
            titles << to->title;
    }
    titles.sort();
    return titles;
}

} // namespace

class TestFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrativeFeaturesFaqMentions()
    {
        const Snapshot graph = ProjectLoader::load(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/morals-book"));
        QVERIFY(graph);
        const QString lena = QStringLiteral("src/status_quo/lena_loses_the_queue.md");
        // Lena by the title, Omar by a link in the narrative.
        QCOMPARE(charactersOf(*graph, lena, RelationKind::Features), (QStringList { u"Lena"_s, u"Omar"_s }));
        // Priya only by the FAQ's comparison; Lena's link there adds nothing to featuring her.
        QCOMPARE(charactersOf(*graph, lena, RelationKind::Mentions), QStringList { u"Priya"_s });
        QCOMPARE(charactersOf(*graph, QStringLiteral("src/status_quo/omar_renews_a_loan.md"), RelationKind::Features),
            QStringList { u"Omar"_s });
        QCOMPARE(graph->count(RelationKind::Mentions), 1);
    }
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "test_features.moc"
