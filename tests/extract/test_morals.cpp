// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pain points from morals sections: what counts as one, and one entity for those several stories share.
#include "core/extract/projectloader.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

namespace {

const QString lena = QStringLiteral("src/status_quo/lena_loses_the_queue.md");
const QString omar = QStringLiteral("src/status_quo/omar_renews_a_loan.md");

/** The pain points a story exposes, by title. */
QHash<QString, const Entity *> painPointsOf(const StoryGraph &graph, const QString &path)
{
    QHash<QString, const Entity *> result;
    const Entity *story = graph.entityForPath(path);
    if (!story)
        return result;
    for (const Relation *r : graph.outgoing(story->id)) {
        if (r->kind == RelationKind::Exposes) {
            if (const Entity *pain = graph.entity(r->to))
                result.insert(pain->title, pain);
        }
    }
    return result;
}

int exposingStories(const StoryGraph &graph, const QString &id)
{
    const auto incoming = graph.incoming(id);
    return int(std::count_if(
        incoming.cbegin(), incoming.cend(), [](const Relation *r) { return r->kind == RelationKind::Exposes; }));
}

bool replaceIn(const QString &file, const QByteArray &before, const QByteArray &after)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = in.readAll();
    in.close();
    if (!text.contains(before))
        return false;
    text.replace(before, after);
    QFile out(file);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(text) == text.size();
}

const QString kiosk = QStringLiteral("The self-service kiosk cannot read the older library cards.");
const QString hours = QStringLiteral("Opening hours on the website are out of date.");

} // namespace

class TestMorals : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    [[nodiscard]] QString path(const QString &relative) const { return m_dir->path() + u'/' + relative; }
    [[nodiscard]] Snapshot load() const { return ProjectLoader::load(m_dir->path()); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/morals-book"), m_dir->path()));
    }

    void itemsAndParagraphsArePainPoints()
    {
        const Snapshot graph = load();
        QVERIFY(graph);
        const auto pains = painPointsOf(*graph, lena);
        QStringList titles = pains.keys();
        titles.sort();
        // Not: the template's prompt, the paragraph introducing the list, the bullet that is a
        // sub-heading, the question to the reader, the remark about the story.
        QCOMPARE(titles,
            (QStringList { hours,
                QStringLiteral("Renewing a loan takes four screens, and each one times out after a "
                               "minute."),
                QStringLiteral("Staff have to re-enter every reservation by hand when the kiosk fails."),
                QStringLiteral("The holds shelf is sorted by surname, so families with several names search it twice."),
                kiosk }));
        // A nested item belongs to its parent: no pain point of its own, part of the parent's text.
        const Entity *shelf = pains.value(
            QStringLiteral("The holds shelf is sorted by surname, so families with several names search it twice."));
        QVERIFY(shelf);
        QVERIFY(shelf->body.contains("Holds for children end up on another shelf."));
        QCOMPARE(shelf->source.line, 20);
    }

    void sharedPainPointsAreOneEntity()
    {
        const Snapshot graph = load();
        QVERIFY(graph);
        const auto lenas = painPointsOf(*graph, lena);
        const auto omars = painPointsOf(*graph, omar);
        QCOMPARE(omars.size(), 3);
        // Equal once punctuation is normalised, and near-identical (Jaccard of the words 0.8).
        QCOMPARE(omars.value(hours), lenas.value(hours));
        QCOMPARE(omars.value(kiosk), lenas.value(kiosk));
        QVERIFY(lenas.value(hours) && lenas.value(kiosk));
        QCOMPARE(exposingStories(*graph, lenas.value(hours)->id), 2);
        QCOMPARE(exposingStories(*graph, lenas.value(kiosk)->id), 2);
        QCOMPARE(graph->count(EntityType::PainPoint), 6);
        // Each story's relation points at its own line.
        for (const Relation *r : graph->incoming(lenas.value(kiosk)->id))
            QCOMPARE(r->source.line, r->from == graph->entityForPath(omar)->id ? 9 : 18);
    }

    void mergedIdsSurviveEditsOfOneStory()
    {
        const Snapshot before = load();
        QVERIFY(before);
        QVERIFY(painPointsOf(*before, omar).value(kiosk));
        const QString kioskId = painPointsOf(*before, lena).value(kiosk)->id;
        const QString hoursId = painPointsOf(*before, lena).value(hours)->id;

        // The later story reworded, still near-identical.
        QVERIFY(replaceIn(path(omar), "cannot read the old library cards.", "cannot read the old library-cards!"));
        QVERIFY(replaceIn(path(omar), "Omar is travelling", "Omar is abroad and travelling"));
        Snapshot after = load();
        QCOMPARE(painPointsOf(*after, omar).value(kiosk)->id, kioskId);
        QCOMPARE(exposingStories(*after, kioskId), 2);

        // The first story told with a new paragraph and a new moral before the shared ones.
        QVERIFY(replaceIn(path(lena), "* First visit", "* Nobody answers the phone at lunchtime.\n* First visit"));
        QVERIFY(replaceIn(path(lena), "She arrives", "It rains.\n\nShe arrives"));
        after = load();
        QCOMPARE(painPointsOf(*after, lena).value(kiosk)->id, kioskId);
        QCOMPARE(painPointsOf(*after, omar).value(hours)->id, hoursId);
        QCOMPARE(exposingStories(*after, hoursId), 2);

        // One of the stories gone: the other keeps the id.
        QVERIFY(QFile::remove(path(omar)));
        after = load();
        QCOMPARE(painPointsOf(*after, lena).value(kiosk)->id, kioskId);
        QCOMPARE(exposingStories(*after, kioskId), 1);
    }
};

QTEST_GUILESS_MAIN(TestMorals)
#include "test_morals.moc"
