// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Short entity names on a copy of wg-async: on the command line, and what the editor's completion
// inserts resolving back to the very entity it named.
#include "resolvesupport.h"

#include "core/extract/projectloader.h"
#include "core/model/entityresolver.h"
#include "core/parse/frontmatter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestCliResolveCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void shortFormsOnWgAsync()
    {
        const QString corpus = m_dir.filePath(QStringLiteral("wg-async"));
        QVERIFY(copyCorpus(corpus));
        checkShortForms(corpus, QStringLiteral("--character"), QStringLiteral("vision/characters/grace"),
            { QStringLiteral("grace"), QStringLiteral("Grace") });
        checkShortForms(corpus, QStringLiteral("--local"), QStringLiteral("vision/characters/niklaus"),
            { QStringLiteral("niklaus"), QStringLiteral("Niklaus") });
    }

    /** What completion inserts for any entity of wg-async, `check` resolves to that very entity. */
    void referencesResolveBackOnWgAsync()
    {
        const QString corpus = m_dir.filePath(QStringLiteral("wg-async-refs"));
        QVERIFY(copyCorpus(corpus));
        const Snapshot before = ProjectLoader::load(corpus);
        QVERIFY(before);
        const EntityResolver resolver(*before);
        QStringList references;
        QStringList expected;
        for (const Entity *painPoint : before->entitiesOfType(EntityType::PainPoint)) {
            const QString reference = resolver.referenceFor(*painPoint);
            QCOMPARE(resolver.resolve(reference).entity, painPoint);
            references.append(reference);
            expected.append(painPoint->id);
        }
        QVERIFY(references.size() >= 5);
        // A story naming every pain point in its front matter, as the properties pane writes them.
        const QString story = QStringLiteral("src/vision/submitted_stories/status_quo/zz_every_pain_point.md");
        const QByteArray text = setFrontMatterValue(
            "---\ntype: story\nkind: status-quo\ntitle: Every pain point\n---\n# Every pain point\n",
            QStringLiteral("pain_points"), references);
        QVERIFY(writeFile(corpus, story, text));
        const Snapshot after = ProjectLoader::load(corpus);
        for (const Diagnostic &diagnostic : after->diagnostics()) {
            if (diagnostic.location.path == story)
                QVERIFY2(!diagnostic.message.contains(QStringLiteral("no entity")), qPrintable(diagnostic.message));
        }
        const Entity *page = after->entityForPath(story);
        QVERIFY(page);
        QStringList named;
        for (const Relation *relation : after->outgoing(page->id))
            named.append(relation->to);
        for (const QString &id : expected)
            QVERIFY2(named.contains(id), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestCliResolveCorpus)
#include "test_cli_resolve_corpus.moc"
