// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Describe this project": a folder of Markdown with few typed pages is offered the
// assistant; the user changes a folder's guess with the keyboard, sees the counts the
// rules would give, writes them, and the project comes back typed. Driven as a user.

#include "core/project/project.h"
#include "ui/mainwindow/describeprojectdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include "desktoptestutil.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyloom;
using storyloom::test::answerDialog;

class TestDescribeProject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-describeproject"_s);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
        QSettings().clear();
    }

    void describeAFolderOfMarkdown()
    {
        const QString root = m_home.filePath(u"untyped"_s);
        QVERIFY(test::copyTree(QStringLiteral(STORYLOOM_TEST_DATA_DIR "/../model/data/untyped"), root));
        MainWindow window;
        window.resize(1200, 800);
        window.openProject(root);
        window.project()->waitForLoaded();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.project()->snapshot()->count(EntityType::Goal), 0);

        // One page of six is typed: the assistant is offered.
        auto *offer = window.findChild<QPushButton *>(u"describeProjectOffer"_s);
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());

        QString before;
        QString after;
        auto answered = answerDialog<DescribeProjectDialog>([&](DescribeProjectDialog *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *preview = dialog->findChild<QLabel *>(u"describePreview"_s);
            before = preview->text();
            // misc has no guess: the user says its pages are pages (the last choice).
            auto *misc = dialog->findChild<QComboBox *>(u"type:misc"_s);
            QVERIFY(misc);
            QCOMPARE(misc->currentIndex(), 0);
            QTest::mouseClick(misc, Qt::LeftButton);
            QTRY_VERIFY(misc->view()->isVisible());
            QTest::keyClick(misc->view(), Qt::Key_End);
            QTest::keyClick(misc->view(), Qt::Key_Return);
            QTRY_VERIFY(!misc->view()->isVisible());
            QCOMPARE(misc->currentText(), displayName(EntityType::Page));
            after = preview->text();
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeRules"_s), Qt::LeftButton);
        });
        QTest::mouseClick(offer, Qt::LeftButton);
        QTRY_VERIFY(*answered);
        // The counts were shown before anything was written: 2027's two pages as goals.
        QVERIFY2(before.contains(u"2 "_s + pluralDisplayName(EntityType::Goal)), qPrintable(before));
        QVERIFY2(before.contains(u"2 "_s + pluralDisplayName(EntityType::Character)), qPrintable(before));
        QVERIFY2(after.contains(u"1 "_s + displayName(EntityType::Page)), qPrintable(after));

        QVERIFY(QFile::exists(root + u"/storyloom.yml"_s));
        QTRY_COMPARE(window.project()->snapshot()->count(EntityType::Goal), 2);
        QCOMPARE(window.project()->snapshot()->count(EntityType::Character), 2);
        QVERIFY(!offer->isVisible());
    }
};

QTEST_MAIN(TestDescribeProject)
#include "test_describeproject.moc"
