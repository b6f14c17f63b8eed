// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Entities named the short way — the id's last part or the title, case ignored — on the command line
// (`export --character grace`, `--local niklaus`) and in front matter: the one resolver the CLI and
// the editor's completion share, on the sample project and on a copy of wg-async.
#include "testsupport.h"

#include "model/entityresolver.h"
#include "parse/frontmatter.h"
#include "project/projectloader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestCliResolve : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Result cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(STORYLOOM_BIN_DIR "/storyloom-cli"), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    /** The graph export as DOT, filtered by one entity option. */
    static Result exportDot(const QString &project, const QString &option, const QString &name)
    {
        return cli({ QStringLiteral("export"), QStringLiteral("--graph"), QStringLiteral("--format"),
            QStringLiteral("dot"), QStringLiteral("-o"), QStringLiteral("-"), option, name, project });
    }

    /** Every short form of `id` gives the same export as the id itself. */
    static void checkShortForms(
        const QString &project, const QString &option, const QString &id, const QStringList &shortForms)
    {
        const Result full = exportDot(project, option, id);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        QVERIFY(!full.out.isEmpty());
        for (const QString &name : shortForms) {
            const Result result = exportDot(project, option, name);
            QVERIFY2(result.exitCode == 0, qPrintable(name + QStringLiteral(": ") + result.err));
            QCOMPARE(result.out, full.out);
        }
    }

    QTemporaryDir m_dir;

public:
    /** Runs before the application exists: the whole program is skipped without the corpus. */
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void shortFormsOnTheSample()
    {
        const QString sample = m_dir.filePath(QStringLiteral("sample"));
        QVERIFY(copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), sample));
        checkShortForms(sample, QStringLiteral("--character"), QStringLiteral("characters/soren"),
            { QStringLiteral("soren"), QStringLiteral("Søren"), QStringLiteral("SOREN") });
        checkShortForms(sample, QStringLiteral("--local"), QStringLiteral("pain-points/holds-queue-is-opaque"),
            { QStringLiteral("holds-queue-is-opaque"),
                QStringLiteral("nobody knows where they are in the holds queue") });

        // A character option names characters only; a name nothing has says so.
        Result result = exportDot(sample, QStringLiteral("--character"), QStringLiteral("privacy"));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("no character named 'privacy'")), qPrintable(result.err));
        result = exportDot(sample, QStringLiteral("--local"), QStringLiteral("nothing-like-this"));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("no entity named 'nothing-like-this'")), qPrintable(result.err));

        // Two entities answering to one name: the error lists both; the character option still finds its one.
        QVERIFY(writeFile(sample, QStringLiteral("values/amara.md"),
            "---\ntype: value\ntitle: Amara\n---\n# Amara\n\nA value that shares a character's name.\n"));
        result = exportDot(sample, QStringLiteral("--local"), QStringLiteral("amara"));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("'amara' names 2 entities")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("  characters/amara (Amara Ọkafor, ")));
        QVERIFY(result.err.contains(QStringLiteral("  values/amara (Amara, ")));
        checkShortForms(
            sample, QStringLiteral("--character"), QStringLiteral("characters/amara"), { QStringLiteral("amara") });
    }

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

QTEST_GUILESS_MAIN(TestCliResolve)
#include "test_cli_resolve.moc"
