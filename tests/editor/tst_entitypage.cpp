// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor tab end to end (offscreen): preview follows typing, links open entities, saving is
// atomic, a kill -9 loses nothing, and changes on disk are never silently overwritten.
#include "editortestutil.h"

#include "core/journal/recoveryjournal.h"
#include "ui/editor/bufferkeeper.h"
#include "ui/editor/findbar.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/notificationbar.h"
#include "ui/editor/propertiespanel.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/wordcountlabel.h"
#include "ui/preview/previewbrowser.h"
#include "ui/preview/previewexport.h"
#include "ui/settings/editorsettings.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <sys/stat.h>

using namespace storyloom;
using namespace storyloom::test;

namespace {
ino_t inodeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

void useSettings(bool autosave, int delayMs)
{
    EditorSettings settings;
    settings.theme = EditorSettings::Theme::Light;
    settings.autosave = autosave;
    settings.autosaveDelayMs = delayMs;
    settings.save();
}

QPushButton *barButton(EntityPage &page, const char *name)
{
    return notificationBarOf(&page)->findChild<QPushButton *>(QLatin1StringView(name));
}
} // namespace

class TestEntityPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_journalDir.isValid());
        isolateGuiTest(QStringLiteral("tst_entitypage"), m_journalDir.path());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        QDir(m_journalDir.path()).removeRecursively();
        QVERIFY(writeFile(path(QStringLiteral("alan.md")), "# Alan\n\nAlan meets [Barbara](barbara.md#background).\n"));
        QVERIFY(writeFile(path(QStringLiteral("barbara.md")), "# Barbara\n\nIntro.\n\n## Background\n\nText.\n"));
        useSettings(false, 600000);
    }

    void typingUpdatesThePreview()
    {
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.show();
        QTRY_VERIFY(previewOf(&page)->toPlainText().contains(QStringLiteral("Alan meets Barbara")));
        editorOf(&page)->setFocus();
        editorOf(&page)->moveCursor(QTextCursor::End);
        typeText(editorOf(&page), QStringLiteral("\n## Grüße from *Ferris* 🦀\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            previewOf(&page)->toPlainText().contains(QStringLiteral("Grüße from Ferris 🦀")), 2000);
        QVERIFY(!previewOf(&page)->toPlainText().contains(u'*'));
        QVERIFY(page.isModified());
        // Nothing reached the disk: autosave is off in this test.
        QCOMPARE(readFile(path(QStringLiteral("alan.md"))),
            QByteArray("# Alan\n\nAlan meets [Barbara](barbara.md#background).\n"));
    }

    void clickingAnEntityLinkOpensIt()
    {
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(previewOf(&page)->toPlainText().contains(QStringLiteral("Barbara")));
        QSignalSpy opened(&page, &EntityPage::openEntityRequested);
        QSignalSpy status(&page, &EntityPage::statusMessage);

        // Click in the middle of the link text, as a person would.
        QTextDocument *document = previewOf(&page)->document();
        const QTextCursor found = document->find(QStringLiteral("Barbara"));
        QVERIFY(!found.isNull());
        QTextCursor middle(document);
        middle.setPosition(found.selectionStart() + 3);
        const QRect rect = previewOf(&page)->cursorRect(middle);
        QTest::mouseMove(previewOf(&page)->viewport(), rect.center());
        QTest::mouseClick(previewOf(&page)->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), QStringLiteral("barbara"));
        QCOMPARE(opened.first().at(1).toInt(), 5); // the "## Background" line

        // Refused schemes are not followed.
        opened.clear();
        page.followLink(QUrl(QStringLiteral("javascript:alert(1)")));
        page.followLink(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(opened.size(), 0);
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("/etc/passwd")));
    }

    void autosaveWritesAtomically()
    {
        useSettings(true, 200);
        const QString file = path(QStringLiteral("alan.md"));
        const ino_t before = inodeOf(file);
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.show();
        editorOf(&page)->setFocus();
        editorOf(&page)->moveCursor(QTextCursor::End);
        typeText(editorOf(&page), QStringLiteral("More.\n"));
        const QByteArray expected = "# Alan\n\nAlan meets [Barbara](barbara.md#background).\nMore.\n";
        QTRY_COMPARE(readFile(file), expected);
        QVERIFY(!page.isModified());
        // A new inode: the old file was replaced by rename, never truncated and rewritten.
        QVERIFY(inodeOf(file) != before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QVERIFY(RecoveryJournal().entries().isEmpty());
    }

    void explicitSaveKeepsLineEndingsAndBom()
    {
        const QString file = path(QStringLiteral("alan.md"));
        QVERIFY(writeFile(file, "\xEF\xBB\xBF# Alan\r\n\r\nText.\r\n"));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        QVERIFY(!editorOf(&page)->toPlainText().contains(u'\r'));
        editorOf(&page)->moveCursor(QTextCursor::End);
        editorOf(&page)->insertPlainText(QStringLiteral("More.\n"));
        QVERIFY(page.save());
        QCOMPARE(readFile(file), QByteArray("\xEF\xBB\xBF# Alan\r\n\r\nText.\r\nMore.\r\n"));
    }

    void journalSurvivesKillNine()
    {
        const QString file = path(QStringLiteral("alan.md"));
        const QByteArray original = readFile(file);
        const QString typed = QStringLiteral("Grüße, Ferris 🦀 — unsaved!\n");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(JOURNAL_CHILD), { m_dir.path(), QStringLiteral("alan.md"), typed });
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || (child.waitForReadyRead(100) && child.canReadLine()), 30000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("journaled"));
        child.kill(); // SIGKILL: no destructor, no flush, no autosave
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readFile(file), original); // the file itself was never touched

        const QList<JournalEntry> entries = RecoveryJournal().entries(m_dir.path());
        QCOMPARE(entries.size(), 1);
        const QByteArray expected = original + typed.toUtf8();
        QCOMPARE(entries.first().contents, expected);

        // A new instance restores it, byte for byte.
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.keeper()->restore(entries.first().contents);
        QVERIFY(page.isModified());
        QVERIFY(page.save());
        QCOMPARE(readFile(file), expected);
        QVERIFY(RecoveryJournal().entries(m_dir.path()).isEmpty());
    }

    void externalChangeNeverOverwritesAModifiedBuffer()
    {
        const QString file = path(QStringLiteral("alan.md"));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.show();
        editorOf(&page)->moveCursor(QTextCursor::End);
        typeText(editorOf(&page), QStringLiteral("Mine.\n"));
        const QString mine = editorOf(&page)->toPlainText();

        QVERIFY(writeFile(file, "# Alan\n\nTheirs.\n"));
        QTRY_COMPARE(notificationBarOf(&page)->topic(), QStringLiteral("conflict"));
        QCOMPARE(editorOf(&page)->toPlainText(), mine); // the buffer is not replaced
        QVERIFY(!page.save()); // and does not replace the file
        QCOMPARE(readFile(file), QByteArray("# Alan\n\nTheirs.\n"));
        page.keeper()->flush();
        QCOMPARE(readFile(file), QByteArray("# Alan\n\nTheirs.\n"));

        // Keep mine: now (and only now) the buffer goes to disk.
        QPushButton *keepMine = barButton(page, "keepMine");
        QVERIFY(keepMine);
        keepMine->click();
        QCOMPARE(readFile(file), mine.toUtf8());
        QVERIFY(notificationBarOf(&page)->topic().isEmpty());
    }

    void externalChangeReloadsAnUnmodifiedBufferAndTakeTheirs()
    {
        const QString file = path(QStringLiteral("alan.md"));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.show();
        QVERIFY(writeFile(file, "# Alan\n\nChanged by git.\n"));
        QTRY_COMPARE(editorOf(&page)->toPlainText(), QStringLiteral("# Alan\n\nChanged by git.\n"));
        QVERIFY(notificationBarOf(&page)->topic().isEmpty());
        QVERIFY(!page.isModified());

        editorOf(&page)->moveCursor(QTextCursor::End);
        typeText(editorOf(&page), QStringLiteral("Mine.\n"));
        QVERIFY(writeFile(file, "# Alan\n\nTheirs again.\n"));
        QTRY_COMPARE(notificationBarOf(&page)->topic(), QStringLiteral("conflict"));
        barButton(page, "takeTheirs")->click();
        QCOMPARE(editorOf(&page)->toPlainText(), QStringLiteral("# Alan\n\nTheirs again.\n"));
        QVERIFY(!page.isModified());
    }

    void deletedFileKeepsTheBuffer()
    {
        useSettings(true, 200);
        const QString file = path(QStringLiteral("alan.md"));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.show();
        const QString text = editorOf(&page)->toPlainText();
        QVERIFY(QFile::remove(file));
        QTRY_COMPARE(notificationBarOf(&page)->topic(), QStringLiteral("deleted"));
        QCOMPARE(editorOf(&page)->toPlainText(), text);
        QTest::qWait(400); // autosave must not quietly recreate it
        QVERIFY(!QFileInfo::exists(file));
        barButton(page, "saveAgain")->click();
        QCOMPARE(readFile(file), text.toUtf8());
    }

    void awkwardFilesOpenWithoutAlteringThem()
    {
        // Invalid UTF-8: read-only, untouched.
        const QByteArray invalid = "# Bad \xff\xfe bytes\n";
        QVERIFY(writeFile(path(QStringLiteral("bad.md")), invalid));
        // A 1 MB line.
        const QByteArray longLine = "# Long\n\n" + QByteArray(1024 * 1024, 'x') + "\n";
        QVERIFY(writeFile(path(QStringLiteral("long.md")), longLine));
        // 20 MB: refused with a message.
        const QByteArray huge(20 * 1024 * 1024, 'y');
        QVERIFY(writeFile(path(QStringLiteral("huge.md")), huge));
        const Snapshot snapshot = snapshotOf(m_dir.path());
        {
            useSettings(true, 200);
            EntityPage bad(snapshot, QStringLiteral("bad"));
            QVERIFY(editorOf(&bad)->isReadOnly());
            QCOMPARE(notificationBarOf(&bad)->topic(), QStringLiteral("readOnly"));
            QVERIFY(!bad.save());

            EntityPage longPage(snapshot, QStringLiteral("long"));
            QVERIFY(!editorOf(&longPage)->highlightingEnabled());
            QCOMPARE(editorOf(&longPage)->lineWrapMode(), QPlainTextEdit::NoWrap);
            QCOMPARE(editorOf(&longPage)->document()->blockCount(), 4);

            EntityPage hugePage(snapshot, QStringLiteral("huge"));
            QCOMPARE(notificationBarOf(&hugePage)->topic(), QStringLiteral("error"));
            QVERIFY(notificationBarOf(&hugePage)->text().contains(QStringLiteral("MB")));
            QVERIFY(editorOf(&hugePage)->toPlainText().isEmpty());
        }
        QCOMPARE(readFile(path(QStringLiteral("bad.md"))), invalid);
        QCOMPARE(readFile(path(QStringLiteral("long.md"))), longLine);
        QCOMPARE(QFileInfo(path(QStringLiteral("huge.md"))).size(), huge.size());
    }

    void emojiAtTheStartOfAHeadingSurvivesTheAnchors()
    {
        QVERIFY(
            writeFile(path(QStringLiteral("alan.md")), "# \xF0\x9F\x98\xB1 Status quo\n\n\xF0\x9F\xA6\x80 first\n"));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        QTRY_VERIFY(previewOf(&page)->toPlainText().contains(QStringLiteral("😱 Status quo")));
        QVERIFY(previewOf(&page)->toPlainText().contains(QStringLiteral("🦀 first")));
        QVERIFY(!previewOf(&page)->toPlainText().contains(QChar(QChar::ReplacementCharacter)));
    }

    void exportsStandaloneHtmlAndPdf()
    {
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        QTRY_VERIFY(!page.lastRender().html.isEmpty());
        const QString html = path(QStringLiteral("alan.html"));
        const QString pdf = path(QStringLiteral("alan.pdf"));
        QVERIFY(!PreviewExport::writeHtml(html, page.lastRender(), QStringLiteral("Alan"), PreviewTheme::Light));
        QVERIFY(!PreviewExport::writePdf(pdf, page.lastRender(), QStringLiteral("Alan"), m_dir.path()));
        const QByteArray page1 = readFile(html);
        QVERIFY(page1.startsWith("<!DOCTYPE html>"));
        QVERIFY(page1.contains("Alan meets <a href=\"barbara.md#background\">Barbara</a>"));
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
        QVERIFY(readFile(pdf).size() > 1000);
    }

    void propertiesFormAndTextStayInSync()
    {
        const QByteArray original
            = "---\ntype: goal\ntitle: Async traits   # keep this comment\nowners: [ana]\n---\n# Async traits\n";
        QVERIFY(writeFile(path(QStringLiteral("alan.md")), original));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        PropertiesPanel *panel = page.findChild<PropertiesPanel *>(QStringLiteral("propertiesPanel"));
        auto *owners = panel->findChild<QLineEdit *>(QStringLiteral("owners"));
        QVERIFY(owners);
        QCOMPARE(owners->text(), QStringLiteral("ana"));

        // Form -> text: one key changes, every other byte stays.
        panel->setValue(QStringLiteral("state"), QStringLiteral("in-progress"));
        panel->setValue(QStringLiteral("owners"), QStringList { QStringLiteral("ana"), QStringLiteral("tomas") });
        const QString text = editorOf(&page)->toPlainText();
        QVERIFY(text.contains(QStringLiteral("state: in-progress\n")));
        QVERIFY(text.contains(QStringLiteral("owners: [ana, tomas]\n")));
        QVERIFY(text.contains(QStringLiteral("title: Async traits   # keep this comment\n")));
        QVERIFY(text.endsWith(QStringLiteral("---\n# Async traits\n")));
        editorOf(&page)->undo();
        QVERIFY(editorOf(&page)->toPlainText().contains(QStringLiteral("owners: [ana]\n")));

        // Text -> form.
        QTextCursor cursor = editorOf(&page)->document()->find(QStringLiteral("owners: [ana]"));
        QVERIFY(!cursor.isNull());
        cursor.insertText(QStringLiteral("owners: [grace]"));
        QTRY_COMPARE(owners->text(), QStringLiteral("grace"));
    }

    void linkCompletionInsertsARelativeLink()
    {
        QVERIFY(writeFile(path(QStringLiteral("notes/idea.md")), "# Idea\n"));
        QVERIFY(writeFile(path(QStringLiteral("alan.md")), "See \n"));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        editorOf(&page)->setFocus();
        QTextCursor cursor = editorOf(&page)->textCursor();
        cursor.setPosition(4);
        editorOf(&page)->setTextCursor(cursor);
        typeText(editorOf(&page), QStringLiteral("[barb"));
        auto *completer = editorOf(&page)->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("BARBARA"));
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editorOf(&page)->toPlainText(), QStringLiteral("See [BARBARA](barbara.md)\n"));
    }

    void findAndReplaceCountsAndReplacesInOneUndoStep()
    {
        QVERIFY(writeFile(path(QStringLiteral("alan.md")), "cat Cat concat cat\n"));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        page.show();
        FindBar *bar = page.findChild<FindBar *>(QStringLiteral("findBar"));
        bar->activate(FindMode::FindAndReplace);
        bar->setSearchText(QStringLiteral("cat"));
        bar->setOptions({});
        QCOMPARE(bar->matchCount(), 4);
        bar->setOptions({ .wholeWords = true });
        QCOMPARE(bar->matchCount(), 3);
        bar->setOptions({ .wholeWords = true, .caseSensitive = true });
        QCOMPARE(bar->matchCount(), 2);
        bar->setOptions({ .regex = true, .caseSensitive = true });
        bar->setSearchText(QStringLiteral("c(a)t"));
        bar->setReplaceText(QStringLiteral("d\\1g"));
        QCOMPARE(bar->replaceAll(), 3);
        QCOMPARE(editorOf(&page)->toPlainText(), QStringLiteral("dag Cat condag dag\n"));
        editorOf(&page)->undo();
        QCOMPARE(editorOf(&page)->toPlainText(), QStringLiteral("cat Cat concat cat\n"));
    }

    void scrollSyncFollowsBothWaysWithoutFeedback()
    {
        // Paragraph i sits on file line 2i + 1, a heading every 20 paragraphs.
        QByteArray text = "# Long\n\n";
        for (int i = 1; i <= 300; ++i)
            text += (i % 20 == 1 ? "## Section " : "Paragraph ") + QByteArray::number(i) + "\n\n";
        QVERIFY(writeFile(path(QStringLiteral("long.md")), text));
        EntityPage page(snapshotOf(m_dir.path()), QStringLiteral("long"));
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(previewOf(&page)->toPlainText().contains(QStringLiteral("Paragraph 300")));
        QScrollBar *editorBar = editorOf(&page)->verticalScrollBar();
        QScrollBar *previewBar = previewOf(&page)->verticalScrollBar();
        QVERIFY(previewBar->maximum() > 0);

        // Editor -> preview: the preview shows the editor's top line, and does not push the editor back.
        editorOf(&page)->scrollToLine(301);
        QCOMPARE(editorOf(&page)->firstVisibleLine(), 301);
        QVERIFY(previewBar->value() > 0);
        QVERIFY2(qAbs(*previewOf(&page)->sourceLineAtTop() - 301) <= 2,
            qPrintable(QString::number(*previewOf(&page)->sourceLineAtTop())));
        const int editorValue = editorBar->value();
        QTest::qWait(50);
        QCOMPARE(editorBar->value(), editorValue);

        // Preview -> editor: scrolling the preview brings its top line to the top of the editor.
        previewOf(&page)->scrollToSourceLine(121);
        const int previewValue = previewBar->value();
        QVERIFY2(qAbs(editorOf(&page)->topLine() - 121) <= 2, qPrintable(QString::number(editorOf(&page)->topLine())));
        QTest::qWait(50);
        QCOMPARE(previewBar->value(), previewValue); // the editor following did not move the preview again

        // A re-render while scrolled (an edit far away) keeps both where they are.
        const int updates = previewOf(&page)->updateCount();
        const int editorBefore = editorBar->value();
        QTextCursor far(editorOf(&page)->document());
        far.movePosition(QTextCursor::End);
        far.insertText(QStringLiteral("One more paragraph.\n"));
        QTRY_VERIFY(previewOf(&page)->updateCount() > updates);
        QCOMPARE(editorBar->value(), editorBefore);
        QVERIFY(qAbs(*previewOf(&page)->sourceLineAtTop() - editorOf(&page)->topLine()) <= 2);

        // The ends meet the ends.
        previewBar->setValue(previewBar->maximum());
        QCOMPARE(editorBar->value(), editorBar->maximum());
        editorBar->setValue(0);
        QCOMPARE(previewBar->value(), 0);
    }

    void statusBarShowsTheWordCountOfTheCurrentTab()
    {
        DocumentTabs tabs;
        tabs.addView(new QWidget, QStringLiteral("Graph"));
        WordCountLabel label(&tabs);
        QVERIFY(label.text().isEmpty());
        EntityPage *alan = tabs.open(snapshotOf(m_dir.path()), QStringLiteral("alan"));
        EntityPage *barbara = tabs.open(snapshotOf(m_dir.path()), QStringLiteral("barbara"));
        QVERIFY(alan && barbara);
        tabs.show();

        tabs.setCurrentWidget(alan);
        QVERIFY(label.text().startsWith(QStringLiteral("7 word")));
        QCOMPARE(label.text(), alan->statistics());
        tabs.setCurrentWidget(barbara);
        QVERIFY(label.text().startsWith(QStringLiteral("4 word")));

        // Typing in the current tab updates the count after the pause.
        editorOf(barbara)->moveCursor(QTextCursor::End);
        typeText(editorOf(barbara), QStringLiteral("Three more words\n"));
        QTRY_VERIFY(label.text().startsWith(QStringLiteral("7 word")));
        // Edits in a tab that is not current do not show.
        tabs.setCurrentIndex(0);
        QVERIFY(label.text().isEmpty());
        editorOf(alan)->moveCursor(QTextCursor::End);
        typeText(editorOf(alan), QStringLiteral("and more\n"));
        QTest::qWait(400);
        QVERIFY(label.text().isEmpty());
        tabs.setCurrentWidget(alan);
        QVERIFY(label.text().startsWith(QStringLiteral("9 word")));
    }

private:
    [[nodiscard]] QString path(const QString &name) const { return m_dir.path() + u'/' + name; }

    QTemporaryDir m_dir;
    QTemporaryDir m_journalDir;
};

QTEST_MAIN(TestEntityPage)
#include "tst_entitypage.moc"
