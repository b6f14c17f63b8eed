// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialogs as a user drives them on a shown window: the file name's
// suffix and the format follow each other, the first folder is outside the
// project, the last format and folder are remembered, and the main window says
// "Exported to …" with a link that opens the folder.
#include "core/extract/projectloader.h"
#include "ui/export/exportrunner.h"
#include "ui/graph/graphexportdialog.h"
#include "ui/graph/graphwidget.h"
#include "ui/roadmap/roadmapexportdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUrl>

using namespace storyloom;

namespace {
const QString sampleRoot = QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample");

QByteArray head(const QString &path, int bytes = 8)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

/** Clicks a line edit, selects what it holds and types `text`, as a user replaces a file name. */
void retype(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), text);
}

/** Opens the combo's list with a click and moves `steps` down (negative: up), then Return. */
void choose(QComboBox *combo, int steps)
{
    QTest::mouseClick(combo, Qt::LeftButton);
    QTRY_VERIFY(QApplication::activePopupWidget());
    for (int i = 0; i < std::abs(steps); ++i)
        QTest::keyClick(QApplication::focusWidget(), steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}
} // namespace

/** Receives the URLs the notice's links open (instead of a file manager). */
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestExportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    UrlCatcher m_catcher;

private Q_SLOTS:
    void initTestCase()
    {
        // A home of our own: Pictures there, settings there, nothing of the user's touched.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral(".config")).toLocal8Bit());
        qunsetenv("XDG_PICTURES_DIR");
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Pictures")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral(".config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral(".config")));
        QSettings().clear();
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_catcher, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void roadmapNameAndFormatAgree()
    {
        const Snapshot graph = ProjectLoader::load(sampleRoot);
        QVERIFY(graph);
        QMainWindow window;
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTemporaryDir out;
        {
            RoadmapExportDialog dialog(graph, &window);
            // As the main window does: the dialog says what it wrote, the window's status bar shows it.
            connect(&dialog, &RoadmapExportDialog::exported, &window,
                [&window](const QString &path) { ExportRunner::announce(window.statusBar(), path); });
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("file"));
            auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
            auto *pngSize = dialog.findChild<QSpinBox *>(QStringLiteral("pngSize"));
            QVERIFY(file && format && pngSize);
            // First time: SVG into the Pictures folder, not into the project's repository.
            QCOMPARE(file->text(), QDir(m_home.path()).filePath(QStringLiteral("Pictures/sample-roadmap.svg")));
            QVERIFY(!pngSize->isEnabled());

            // The name leads: typing a.png chooses PNG.
            retype(file, out.filePath(QStringLiteral("a.png")));
            QCOMPARE(format->currentText(), QStringLiteral("PNG picture"));
            QVERIFY(pngSize->isEnabled());
            // The format leads: choosing PDF renames the file, and back.
            choose(format, 1);
            QCOMPARE(format->currentText(), QStringLiteral("PDF document"));
            QCOMPARE(file->text(), out.filePath(QStringLiteral("a.pdf")));
            choose(format, -1);
            QCOMPARE(file->text(), out.filePath(QStringLiteral("a.png")));

            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(head(out.filePath(QStringLiteral("a.png"))), QByteArray("\x89PNG\r\n\x1a\n"));
        const QImage picture(out.filePath(QStringLiteral("a.png")));
        QCOMPARE(std::max(picture.width(), picture.height()), 3000);
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("a.svg"))));

        // "Exported to …" in the status bar; its folder link opens the folder.
        auto *notice = window.statusBar()->findChild<QLabel *>(QStringLiteral("exportNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("Exported to")));
        QVERIFY(notice->text().contains(out.filePath(QStringLiteral("a.png"))));
        const QFontMetrics metrics(notice->font());
        const QPoint openFolder(
            metrics.horizontalAdvance(
                notice->text().section(QStringLiteral("·"), 0, 0).remove(QRegularExpression(QStringLiteral("<[^>]*>"))))
                + metrics.horizontalAdvance(QStringLiteral("· Open")),
            notice->height() / 2);
        m_catcher.opened.clear();
        QTest::mouseClick(notice, Qt::LeftButton, {}, openFolder);
        QTRY_COMPARE(m_catcher.opened.size(), 1);
        QCOMPARE(m_catcher.opened.first(), QUrl::fromLocalFile(out.path()));

        // The next export starts with the last format and folder.
        RoadmapExportDialog again(graph, &window);
        again.show();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("format"))->currentText(), QStringLiteral("PNG picture"));
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("file"))->text(),
            out.filePath(QStringLiteral("sample-roadmap.png")));
    }

    void graphExportFromTheToolbar()
    {
        QMainWindow window;
        auto *graph = new GraphWidget(&window);
        window.setCentralWidget(graph);
        window.resize(1000, 700);
        graph->setSnapshot(ProjectLoader::load(sampleRoot));
        graph->waitForLayout();
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTemporaryDir out;

        auto *action = graph->findChild<QAction *>(QStringLiteral("exportGraph"));
        QVERIFY(action);
        auto *toolBar = graph->findChild<QToolBar *>();
        QTest::mouseClick(toolBar->widgetForAction(action), Qt::LeftButton);
        GraphExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = graph->findChild<GraphExportDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("file"));
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("format"));
        // A name without a suffix takes the format's.
        retype(file, out.filePath(QStringLiteral("whole-graph")));
        QCOMPARE(format->currentText(), QStringLiteral("SVG picture (links to pages)"));
        choose(format, 1);
        QCOMPARE(file->text(), out.filePath(QStringLiteral("whole-graph.png")));
        const QSignalSpy exported(graph, &GraphWidget::exported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_VERIFY(!graph->findChild<GraphExportDialog *>());

        const QImage picture(out.filePath(QStringLiteral("whole-graph.png")));
        QVERIFY(!picture.isNull());
        const int longSide = std::max(picture.width(), picture.height());
        QVERIFY2(longSide >= 2000 && longSide <= 4000, qPrintable(QString::number(longSide)));
        // The graph says what it wrote, for the window's "Exported to …" notice.
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().first().toString(), out.filePath(QStringLiteral("whole-graph.png")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
