// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL the main window (storyloom-crash-child) while it autosaves, at
// several moments; then check that no file is truncated or half-written and
// the journal holds at least what was saved. The kills during indexing, a
// roadmap edit and a sync need the corpus: tst_crashrecovery.
#include "crashkill.h"

#include "core/journal/recoveryjournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;
using crashtest::filesUnder;
using crashtest::runAndKill;
using crashtest::typedLines;

class TestCrashAutosave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The children and this test share journal, index and settings folders, away from the user's own.
        for (const char *name : { "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME" })
            qputenv(name, m_home.filePath(QString::fromLatin1(name)).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("storyloom"));
        QCoreApplication::setApplicationName(QStringLiteral("storyloom"));
    }

    void killWhileAutosaving()
    {
        const QByteArray original = "# Alan\n\nAlan writes a story.\n";
        int savedRuns = 0;
        for (const int delay : { 200, 450, 800, 1300, 2100 }) {
            const QString root = m_home.filePath(QStringLiteral("autosave-%1").arg(delay));
            QVERIFY(test::writeFile(root + QStringLiteral("/stories/alan.md"), original));
            QVERIFY(test::writeFile(root + QStringLiteral("/values.md"), "# Values\n\n## Speed\n"));
            const QStringList before = filesUnder(root);
            QVERIFY(
                !runAndKill({ QStringLiteral("autosave"), root, QStringLiteral("stories/alan.md") }, "typing", delay)
                    .isEmpty());

            // The file holds the original and whole lines, never a torn write; nothing else appeared.
            const QByteArray onDisk = test::readFile(root + QStringLiteral("/stories/alan.md"));
            const int saved = typedLines(onDisk, original);
            QVERIFY2(saved >= 0, onDisk.constData());
            QCOMPARE(filesUnder(root), before);
            savedRuns += saved > 0 ? 1 : 0;

            // The journal, when it has an entry, holds at least what was saved: restoring never goes back.
            const QList<JournalEntry> entries = RecoveryJournal().entries(root);
            QVERIFY(entries.size() <= 1);
            if (!entries.isEmpty()) {
                const int journaled = typedLines(entries.first().contents, original);
                QVERIFY2(journaled >= saved, entries.first().contents.constData());
            }
        }
        QVERIFY(savedRuns > 0); // autosave did run before some of the kills
    }
};

QTEST_GUILESS_MAIN(TestCrashAutosave)
#include "tst_crashautosave.moc"
