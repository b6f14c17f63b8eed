// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Suggestions panel of the main window, driven by the keyboard as a user does.
#include "core/i18n/translations.h"
#include "core/project/project.h"
#include "ui/mainwindow/mainwindow.h"

#include "testsupport.h"

#include <QApplication>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace storyloom;
using namespace Qt::StringLiterals;

namespace {
QHash<QString, QByteArray> filesUnder(const QString &root)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(file.fileName()), file.readAll());
    }
    return files;
}
} // namespace

class TestSuggestionsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-suggestionspanel"_s);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
        QSettings().clear();
        Translations::install(qApp, u"en"_s);
    }

    void cleanupTestCase() { QSettings().clear(); }

    /** A accepts, S skips, R rejects; each verdict lands in storyloom.yml and no page of the book changes. */
    void keyboardVerdicts()
    {
        const QString book = m_home.filePath(u"book"_s);
        QVERIFY(storyloom::test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/data/library-book"), book));
        const QHash<QString, QByteArray> pages = filesUnder(book);

        MainWindow window;
        window.resize(1400, 900);
        window.openProject(book);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *dock = window.findChild<QDockWidget *>(u"suggestionsDock"_s);
        QVERIFY(dock);
        dock->show();
        dock->raise();
        auto *list = window.findChild<QListWidget *>(u"suggestionList"_s);
        auto *subject = window.findChild<QTextBrowser *>(u"suggestionSubject"_s);
        auto *candidate = window.findChild<QTextBrowser *>(u"suggestionCandidate"_s);
        QVERIFY(list && subject && candidate);
        QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 2, 20000);
        const int before = list->count();
        list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), list);

        // The first suggestion: the kiosk pain point beside the kiosk goal.
        QCOMPARE(list->currentRow(), 0);
        QVERIFY2(subject->toPlainText().contains(u"kiosk"_s), qPrintable(subject->toPlainText()));
        QVERIFY2(
            candidate->toPlainText().contains(u"Kiosks that read every card"_s), qPrintable(candidate->toPlainText()));

        // S or Down skips to the next one; Up goes back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(list->currentRow(), 0);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        const QString config = book + u"/storyloom.yml"_s;
        QVERIFY(QFileInfo::exists(config));
        auto configText = [&] {
            QFile file(config);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QVERIFY2(configText().contains(u"card_kiosks"_s) && configText().contains(u"state: accepted"_s),
            qPrintable(configText()));
        QTRY_COMPARE(list->count(), before - 1);
        // The project reloads and the list is worked out again without the accepted pair.
        auto *status = window.findChild<QLabel *>(u"suggestionsStatus"_s);
        QVERIFY(status);
        window.project()->waitForLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"A accepts"_s), 20000);
        QCOMPARE(list->count(), before - 1);

        // R rejects: written down, and gone from the list.
        QVERIFY(list->currentItem());
        const QString shown = list->currentItem()->text();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R);
        QVERIFY2(configText().contains(u"state: rejected"_s), qPrintable(configText()));
        QTRY_VERIFY(list->findItems(shown, Qt::MatchExactly).isEmpty());

        QHash<QString, QByteArray> after = filesUnder(book);
        after.remove(u"storyloom.yml"_s);
        QCOMPARE(after, pages);
    }
};

QTEST_MAIN(TestSuggestionsPanel)
#include "test_suggestionspanel.moc"
