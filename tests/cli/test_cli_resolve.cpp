// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Entities named the short way — the id's last part or the title, case ignored — on the command line
// (`export --character soren`, `--local holds-queue-is-opaque`), on the sample project. The same on
// wg-async: test_cli_resolve_corpus.
#include "resolvesupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using namespace storyloom::test;

class TestCliResolve : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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
        ProcessResult result = exportDot(sample, QStringLiteral("--character"), QStringLiteral("privacy"));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("no character named 'privacy'"), result.err.constData());
        result = exportDot(sample, QStringLiteral("--local"), QStringLiteral("nothing-like-this"));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("no entity named 'nothing-like-this'"), result.err.constData());

        // Two entities answering to one name: the error lists both; the character option still finds its one.
        QVERIFY(writeFile(sample, QStringLiteral("values/amara.md"),
            "---\ntype: value\ntitle: Amara\n---\n# Amara\n\nA value that shares a character's name.\n"));
        result = exportDot(sample, QStringLiteral("--local"), QStringLiteral("amara"));
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains("'amara' names 2 entities"), result.err.constData());
        QVERIFY(result.err.contains("  characters/amara (Amara Ọkafor, "));
        QVERIFY(result.err.contains("  values/amara (Amara, "));
        checkShortForms(
            sample, QStringLiteral("--character"), QStringLiteral("characters/amara"), { QStringLiteral("amara") });
    }
};

QTEST_GUILESS_MAIN(TestCliResolve)
#include "test_cli_resolve.moc"
