// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's non-visual parts: recovery journal, line diff, outline, file reading.
#include "core/journal/linediff.h"
#include "core/journal/recoveryjournal.h"
#include "ui/editor/documentfile.h"
#include "ui/editor/notificationbar.h"
#include "ui/editor/outlineview.h"
#include "ui/settings/apptheme.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace storyloom;

class TestEditorParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notificationsAreReadableOnBothPalettes()
    {
        const QPalette before = QApplication::palette();
        for (const QPalette &palette : { AppTheme::lightPalette(), AppTheme::darkPalette() }) {
            QApplication::setPalette(palette);
            NotificationBar bar;
            for (auto level :
                { NotificationBar::Level::Error, NotificationBar::Level::Warning, NotificationBar::Level::Info }) {
                bar.present(level, QStringLiteral("The file changed on disk."), {});
                const QColor background = bar.palette().color(QPalette::Window);
                const QColor text = bar.palette().color(QPalette::WindowText);
                // Far enough apart to read, and no bright bar on a dark window.
                QVERIFY2(std::abs(background.lightness() - text.lightness()) > 100,
                    qPrintable(background.name() + u' ' + text.name()));
                QCOMPARE(background.lightness() >= 128, palette.color(QPalette::Window).lightness() >= 128);
                if (qEnvironmentVariableIsSet("STORYLOOM_NOTIFICATION_SHOT")) {
                    bar.resize(600, 40);
                    bar.grab().save(qEnvironmentVariable("STORYLOOM_NOTIFICATION_SHOT")
                        + QStringLiteral("-%1-%2.png")
                            .arg(palette.color(QPalette::Window).lightness())
                            .arg(int(level)));
                }
            }
        }
        QApplication::setPalette(before);
    }

    void journalRoundTripsBytesExactly()
    {
        QTemporaryDir dir;
        RecoveryJournal journal(dir.path() + QStringLiteral("/recovery"));
        const QByteArray bytes = QByteArray("---\ntitle: x\n---\n\xF0\x9F\xA6\x80 \r\n\0 binary\n", 30);
        QVERIFY(
            journal.write({ QStringLiteral("/p/a.md"), QStringLiteral("/p"), bytes, QDateTime::currentDateTimeUtc() }));
        QVERIFY(journal.write(
            { QStringLiteral("/q/b.md"), QStringLiteral("/q"), "other", QDateTime::currentDateTimeUtc() }));
        QCOMPARE(journal.entry(QStringLiteral("/p/a.md"))->contents, bytes);
        QCOMPARE(journal.entries().size(), 2);
        QCOMPARE(journal.entries(QStringLiteral("/p")).size(), 1);
        QCOMPARE(journal.entries(QStringLiteral("/p")).first().filePath, QStringLiteral("/p/a.md"));
        // Rewriting replaces; discarding removes.
        QVERIFY(journal.write({ QStringLiteral("/p/a.md"), QStringLiteral("/p"), "new", {} }));
        QCOMPARE(journal.entry(QStringLiteral("/p/a.md"))->contents, QByteArray("new"));
        journal.discard(QStringLiteral("/p/a.md"));
        QVERIFY(!journal.entry(QStringLiteral("/p/a.md")));
        // A torn or foreign file in the folder is ignored.
        QFile junk(dir.path() + QStringLiteral("/recovery/junk.journal"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"file\":\"/x\",\"size\":100}\nshort");
        junk.close();
        QCOMPARE(journal.entries().size(), 1);
    }

    void lineDiffShowsChangesWithContext()
    {
        QCOMPARE(LineDiff::unified(QStringLiteral("a\nb"), QStringLiteral("a\nb")), QString());
        const QString diff = LineDiff::unified(
            QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10"), QStringLiteral("1\n2\n3\n4\n5\nsix\n7\n8\n9\n10"), 1);
        QCOMPARE(diff, QStringLiteral("…\n  5\n- 6\n+ six\n  7\n…\n"));
        QVERIFY(LineDiff::unified(QString(), QStringLiteral("new")).contains(QStringLiteral("+ new")));
    }

    void outlineSkipsFrontMatterAndCode()
    {
        const QList<Heading> headings
            = OutlineView::headings(QStringLiteral("---\ntitle: x\n# not a heading\n---\n# Title\n\n```rust\n# not "
                                                   "either\n```\n## Part ##\nSetext\n======\n"));
        QCOMPARE(headings.size(), 3);
        QCOMPARE(headings[0].text, QStringLiteral("Title"));
        QCOMPARE(headings[0].line, 5);
        QCOMPARE(headings[1].text, QStringLiteral("Part"));
        QCOMPARE(headings[1].level, 2);
        QCOMPARE(headings[2].text, QStringLiteral("Setext"));
        QCOMPARE(headings[2].line, 11);
    }

    void openingNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/a.md");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\r\ny\r\n");
        file.close();
        const QDateTime modified = QFileInfo(path).lastModified();
        DocumentFile document(path);
        const OpenedText opened = document.open();
        QCOMPARE(opened.text, QStringLiteral("x\ny\n"));
        QVERIFY(!opened.invalidUtf8);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(document.encode(opened.text), QByteArray("x\r\ny\r\n"));
    }

    void savesGoThroughTheWriter()
    {
        // The core Writer's rules hold for the editor: atomic, and never through a link out of the project.
        QTemporaryDir project, outside;
        const QString target = outside.path() + QStringLiteral("/secret.md");
        QFile secret(target);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("outside\n");
        secret.close();
        const QString link = project.path() + QStringLiteral("/link.md");
        QVERIFY(QFile::link(target, link));
        DocumentFile linked(link);
        linked.setProjectRoot(project.path());
        QCOMPARE(linked.open().text, QStringLiteral("outside\n"));
        const std::optional<QString> refused = linked.save(QStringLiteral("overwritten\n"));
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(QStringLiteral("link")), qPrintable(*refused));
        QVERIFY(secret.open(QIODevice::ReadOnly));
        QCOMPARE(secret.readAll(), QByteArray("outside\n"));
        secret.close();

        // A file inside: written whole, with a new inode (rename over the old file), BOM kept.
        const QString path = project.path() + QStringLiteral("/stories/a.md");
        QVERIFY(QDir().mkpath(project.path() + QStringLiteral("/stories")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFold\n");
        file.close();
        DocumentFile document(path);
        document.setProjectRoot(project.path());
        QCOMPARE(document.open().text, QStringLiteral("old\n"));
        QVERIFY(!document.save(QStringLiteral("new\n")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFnew\n"));
        QCOMPARE(QDir(project.path() + QStringLiteral("/stories")).entryList(QDir::Files),
            QStringList { QStringLiteral("a.md") });
    }
};

QTEST_MAIN(TestEditorParts)
#include "tst_editorparts.moc"
