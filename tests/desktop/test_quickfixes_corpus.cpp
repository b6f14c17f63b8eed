// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A quick fix on a copy of the wg-async vision doc (an mdBook): a link to a
// character mistyped in a submitted story is mended with Ctrl+. and Enter,
// which gives back the book's own bytes; Ctrl+Z gives back the mistyped ones.
// The Problems panel lists the same problems as `storyloom-cli check`.

#include "core/i18n/translations.h"
#include "core/project/project.h"
#include "ui/mainwindow/mainwindow.h"

#include "desktoptestutil.h"
#include "quickfixdriver.h"
#include "testsupport.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;
using namespace storyloom;

class TestQuickFixesCorpus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    [[nodiscard]] static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

public:
    static void initMain() { storyloom::test::requireCorpus(); }

private Q_SLOTS:
    void mistypedCharacterLinkIsMended()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-quickfixes-corpus"_s);
        QSettings().clear();
        Translations::install(qApp, u"en"_s);
        const QString root = m_dir.path() + u"/wg-async"_s;
        QVERIFY(test::copyCorpus(root));
        const QString page = u"src/vision/submitted_stories/status_quo/alan_tries_a_socket_sink.md"_s;
        const QString file = root + u'/' + page;
        const QByteArray original = read(file);
        const QByteArray link = "[Alan](../../characters/alan.md) to tell";
        QCOMPARE(original.count(link), 1);
        QByteArray mistyped = original;
        mistyped.replace(link, "[Alan](../../characters/alna.md) to tell");
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(out.write(mistyped), mistyped.size());
        }
        const int line = int(original.left(original.indexOf(link)).count('\n')) + 1;

        auto window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->openProject(root);
        window->project()->waitForLoaded();
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *problems = window->findChild<QDockWidget *>(u"problemsDock"_s)->findChild<QTreeView *>(u"problemsView"_s);
        QCOMPARE(problems->model()->rowCount(), int(window->project()->snapshot()->diagnostics().size()));

        test::openPageAt(window.get(), page, line);
        test::chooseQuickFix();
        test::saveCurrentPage(window.get());
        QCOMPARE(read(file), original);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        test::saveCurrentPage(window.get());
        QCOMPARE(read(file), mistyped);
    }
};

QTEST_MAIN(TestQuickFixesCorpus)
#include "test_quickfixes_corpus.moc"
