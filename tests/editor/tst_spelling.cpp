// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking as a writer meets it: words typed into a page's editor on a copy of a small
// project get the red underline after a pause, never inside code, fenced code, link targets,
// comments, shortcodes or front-matter keys; the project's names are known words; "Add to
// Dictionary" in the context menu writes storyloom-words.txt sorted, and a new checker reads it
// back; an mdBook's language comes from book.toml. Without the Hunspell dictionaries the tests
// say so in one line and skip.
#include "editortestutil.h"
#include "testsupport.h"

#include "core/extract/projectloader.h"
#include "core/project/wordlist.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/spellchecker.h"
#include "ui/mainwindow/entitypage.h"

#include <QApplication>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <memory>

using namespace storyloom;
using namespace storyloom::test;

namespace {
/** Whether the `nth` whole-word occurrence of `word` in the editor (the first: 0) wears the spelling underline. */
bool underlined(const MarkdownEditor *editor, const QString &word, int nth = 0)
{
    QTextCursor found;
    for (int i = 0; i <= nth; ++i) {
        found = editor->document()->find(word, found.isNull() ? 0 : found.selectionEnd(),
            QTextDocument::FindWholeWords | QTextDocument::FindCaseSensitively);
        if (found.isNull())
            return false;
    }
    const QTextBlock block = found.block();
    const int start = found.selectionStart() - block.position();
    const int end = found.selectionEnd() - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && range.start <= start
            && range.start + range.length >= end)
            return true;
    }
    return false;
}

/** Moves to the end of the editor's text and types `text` key by key. */
void typeAtEnd(MarkdownEditor *editor, const QString &text)
{
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    typeText(editor, text);
}

/** Right-clicks `word` in the editor and clicks the context menu's action named `actionName`. */
bool chooseFromContextMenu(MarkdownEditor *editor, const QString &word, const QString &actionName)
{
    const QTextCursor found
        = editor->document()->find(word, 0, QTextDocument::FindWholeWords | QTextDocument::FindCaseSensitively);
    if (found.isNull())
        return false;
    QTextCursor middle = found;
    middle.setPosition(found.selectionStart() + 1);
    const QPoint at = editor->cursorRect(middle).center();
    auto clicked = std::make_shared<bool>(false);
    auto *timer = new QTimer(editor);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clicked, actionName] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        auto *action = menu->findChild<QAction *>(actionName);
        if (!action) {
            menu->close();
            return;
        }
        *clicked = true;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    });
    timer->start();
    // Through the window, as the windowing system delivers a click: that is where the context menu
    // comes from. The menu runs its own event loop: the click returns once the timer has chosen from it.
    QWidget *window = editor->window();
    QTest::mouseClick(window->windowHandle(), Qt::RightButton, {}, editor->viewport()->mapTo(window, at));
    if (!*clicked)
        timer->deleteLater();
    return *clicked;
}
} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_journalDir;
    QTemporaryDir m_dir;
    int m_copies = 0;

    /** A fresh copy of a fixture project under tests/editor/data. */
    QString copyOf(const QString &fixture)
    {
        const QString root = m_dir.filePath(QStringLiteral("%1-%2").arg(fixture).arg(++m_copies));
        if (!copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/") + fixture, root))
            return {};
        return root;
    }

    /** Opens the page of the file at `path` of the project at `root`, shown and active, the focus in its editor. */
    std::unique_ptr<EntityPage> openPage(const QString &root, const QString &path)
    {
        const Snapshot snapshot = ProjectLoader::load(root);
        const Entity *entity = snapshot ? snapshot->entityForPath(path) : nullptr;
        if (!entity)
            return nullptr;
        auto page = std::make_unique<EntityPage>(snapshot, entity->id);
        page->resize(1200, 800);
        page->show();
        if (!QTest::qWaitForWindowActive(page.get()))
            return nullptr;
        editorOf(page.get())->setFocus();
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateGuiTest(QStringLiteral("tst_spelling"), m_journalDir.path());
        if (!SpellChecker::availableDictionaries().contains(QStringLiteral("en_US")))
            QSKIP("no en_US Hunspell dictionary (hunspell-en-us and sonnet6-plugins): spelling tests skipped");
    }

    void resolvesLanguagesToInstalledDictionaries()
    {
        const QStringList available
            = { QStringLiteral("de_DE"), QStringLiteral("en_GB"), QStringLiteral("en_US"), QStringLiteral("fr") };
        QCOMPARE(SpellChecker::resolveLanguage(QStringLiteral("de"), available), QStringLiteral("de_DE"));
        QCOMPARE(SpellChecker::resolveLanguage(QStringLiteral("en-GB"), available), QStringLiteral("en_GB"));
        QCOMPARE(SpellChecker::resolveLanguage(QStringLiteral("en"), available), QStringLiteral("en_US"));
        QCOMPARE(SpellChecker::resolveLanguage(QStringLiteral("fr_CA"), available), QStringLiteral("fr"));
        QCOMPARE(SpellChecker::resolveLanguage(QStringLiteral("de_AT.UTF-8"), available), QStringLiteral("de_DE"));
        QCOMPARE(SpellChecker::resolveLanguage(QStringLiteral("nl"), available), QString());
    }

    void underlinesAMisspellingTypedButNotTheProjectsNames()
    {
        const QString root = copyOf(QStringLiteral("spelling-native"));
        auto page = openPage(root, QStringLiteral("stories/ferry.md"));
        QVERIFY(page);
        MarkdownEditor *editor = editorOf(page.get());
        typeAtEnd(editor,
            QStringLiteral("\nOkonkwo Adebayo sells tickest at the windoww of Okonkwo's office.\n\nThe windoww.\n"));
        QTRY_VERIFY(underlined(editor, QStringLiteral("tickest")));
        // Both paragraphs: a word looked up for one block is underlined in the next, whose words were all
        // looked up by then.
        QVERIFY(underlined(editor, QStringLiteral("windoww")));
        QVERIFY(underlined(editor, QStringLiteral("windoww"), 1));
        QVERIFY(!underlined(editor, QStringLiteral("Okonkwo's")));
        QVERIFY(!underlined(editor, QStringLiteral("sells")));
        // A character's name is a known word; so are the project's list and the application's name.
        QVERIFY(!underlined(editor, QStringLiteral("Okonkwo")));
        QVERIFY(!underlined(editor, QStringLiteral("Adebayo")));
        QVERIFY(!underlined(editor, QStringLiteral("Storyloom")));
        // Fixing the word takes the underline away.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        typeText(editor, QStringLiteral(".\n"));
        QTRY_VERIFY(!underlined(editor, QStringLiteral("window")));
    }

    void neverInsideCodeLinksOrMarkup()
    {
        const QString root = copyOf(QStringLiteral("spelling-native"));
        auto page = openPage(root, QStringLiteral("stories/ferry.md"));
        QVERIFY(page);
        MarkdownEditor *editor = editorOf(page.get());
        typeAtEnd(editor,
            QStringLiteral("\nRun `recieve --quikly` and read [the guide](teh-gide/instalation.md) or "
                           "<https://exampel.org/wierd> :smilee: <!-- commnet --> definately.\n\n"
                           "```\nwrongg codde here\n```\n\n"
                           "```rust\nlet mispeled = vaule;\n```\n\nAfter the fence, a misstake.\n"));
        QTRY_VERIFY(underlined(editor, QStringLiteral("definately")));
        QTRY_VERIFY(underlined(editor, QStringLiteral("misstake")));
        for (const QString &word :
            { QStringLiteral("recieve"), QStringLiteral("quikly"), QStringLiteral("teh"), QStringLiteral("gide"),
                QStringLiteral("instalation"), QStringLiteral("exampel"), QStringLiteral("wierd"),
                QStringLiteral("smilee"), QStringLiteral("commnet"), QStringLiteral("wrongg"), QStringLiteral("codde"),
                QStringLiteral("mispeled"), QStringLiteral("vaule"), QStringLiteral("moodd") })
            QVERIFY2(!underlined(editor, word), qPrintable(word));
    }

    void addToDictionaryWritesTheSortedListThatIsReadBack()
    {
        const QString root = copyOf(QStringLiteral("spelling-native"));
        const QString list = root + QStringLiteral("/storyloom-words.txt");
        {
            auto page = openPage(root, QStringLiteral("stories/ferry.md"));
            QVERIFY(page);
            MarkdownEditor *editor = editorOf(page.get());
            typeAtEnd(editor, QStringLiteral("\nThe frobnicate lever and the Zorblax crane by the grumbleweed.\n"));
            QTRY_VERIFY(underlined(editor, QStringLiteral("Zorblax")));
            QVERIFY(underlined(editor, QStringLiteral("grumbleweed")));
            QVERIFY(!underlined(editor, QStringLiteral("frobnicate"))); // in the list already
            QVERIFY(chooseFromContextMenu(editor, QStringLiteral("Zorblax"), QStringLiteral("addToDictionaryAction")));
            QTRY_VERIFY(!underlined(editor, QStringLiteral("Zorblax")));
            QVERIFY(
                chooseFromContextMenu(editor, QStringLiteral("grumbleweed"), QStringLiteral("addToDictionaryAction")));
            QTRY_VERIFY(!underlined(editor, QStringLiteral("grumbleweed")));
            QCOMPARE(readFile(list), QByteArray("blorptastic\nfrobnicate\ngrumbleweed\nZorblax\n"));
            QVERIFY(page->save());
        }
        // The checker went with the page; the next one reads the list from the file.
        QCOMPARE(WordList::read(list),
            QStringList({ QStringLiteral("blorptastic"), QStringLiteral("frobnicate"), QStringLiteral("grumbleweed"),
                QStringLiteral("Zorblax") }));
        auto page = openPage(root, QStringLiteral("stories/ferry.md"));
        QVERIFY(page);
        MarkdownEditor *editor = editorOf(page.get());
        typeAtEnd(editor, QStringLiteral("\nA mispelt word beside Zorblax.\n"));
        QTRY_VERIFY(underlined(editor, QStringLiteral("mispelt")));
        QVERIFY(!underlined(editor, QStringLiteral("Zorblax")));
        QVERIFY(!underlined(editor, QStringLiteral("grumbleweed")));
    }

    void languageComesFromBookToml()
    {
        if (!SpellChecker::availableDictionaries().contains(QStringLiteral("de_DE")))
            QSKIP("no de_DE Hunspell dictionary (hunspell-de-de): skipped");
        const QString root = copyOf(QStringLiteral("spelling-book"));
        auto page = openPage(root, QStringLiteral("src/hafen.md"));
        QVERIFY(page);
        MarkdownEditor *editor = editorOf(page.get());
        typeAtEnd(editor, QStringLiteral("\nDie Straße am Hafen ist lang, die Strasze nicht.\n"));
        QTRY_VERIFY(underlined(editor, QStringLiteral("Strasze")));
        QVERIFY(!underlined(editor, QStringLiteral("Straße")));
        QVERIFY(!underlined(editor, QStringLiteral("Hafen")));
        QVERIFY(!underlined(editor, QStringLiteral("wartet")));
    }

    void configEditsKeepEveryOtherByte()
    {
        const QByteArray config = "# comment\ntitle: Harbour\nlanguage: en # the content\r\nviews: []\n";
        QCOMPARE(WordList::withTopLevelScalar(config, "language", "de_DE"),
            QByteArray("# comment\ntitle: Harbour\nlanguage: de_DE # the content\r\nviews: []\n"));
        QCOMPARE(WordList::withTopLevelScalar("title: Harbour", "language", "fr"),
            QByteArray("title: Harbour\nlanguage: fr\n"));
        QCOMPARE(WordList::toBytes({ QStringLiteral("zeta"), QStringLiteral(" Alpha "), QStringLiteral("alpha"),
                     QStringLiteral("Zeta"), QStringLiteral("zeta"), QString() }),
            QByteArray("Alpha\nalpha\nZeta\nzeta\n"));
    }
};

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
