// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What assistive technology gets from the main window (offscreen, through Qt's accessibility
// interfaces): a name and a role for every control that takes the focus, the roadmap's state
// and progress cells in words, and nothing clipped at scale 2 with the normal and a doubled font.
#include "core/i18n/translations.h"
#include "core/project/project.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roadmap/roadmapmodel.h"

#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;
using namespace storyloom;

namespace {

/** A widget as a test report names it. */
QString describe(const QWidget *w)
{
    QString path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const QString part
            = p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName();
        path = path.isEmpty() ? part : part + u'/' + path;
        if (p->isWindow())
            break;
    }
    return path;
}

/** True when the user sees `w` (it and every parent shown, with room). */
bool shownOnScreen(const QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty() && w->width() > 0 && w->height() > 0;
}

/** What the window announced to assistive technology while a test ran. */
QStringList &announced()
{
    static QStringList messages;
    return messages;
}

bool hasEmoji(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x2190)
            return true;
    }
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->openProject(m_root);
        m_window->project()->waitForLoaded();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    /**
     * Each view the window has: the editor with a page, the graph in each of its modes
     * (story map, free graph, matrix, chosen with their toolbar buttons), the roadmap;
     * the Suggestions dock is shown beside them.
     */
    void showEachView(const std::function<void(const QString &view)> &check)
    {
        if (auto *dock = m_window->findChild<QDockWidget *>(u"suggestionsDock"_s); dock && dock->isHidden())
            dock->toggleViewAction()->trigger();
        for (const auto &[view, name] :
            { std::pair { MainWindow::View::Editor, u"editor"_s }, std::pair { MainWindow::View::Graph, u"graph"_s },
                std::pair { MainWindow::View::Roadmap, u"roadmap"_s } }) {
            m_window->showView(view);
            QTest::qWait(50);
            if (view != MainWindow::View::Graph) {
                check(name);
                continue;
            }
            for (const QString &mode : { u"storyMapMode"_s, u"freeGraphMode"_s, u"matrixMode"_s }) {
                auto *action = m_window->findChild<QAction *>(mode);
                QVERIFY2(action, qPrintable(mode));
                for (QObject *object : action->associatedObjects()) {
                    if (auto *button = qobject_cast<QToolButton *>(object); button && button->isVisible())
                        QTest::mouseClick(button, Qt::LeftButton);
                }
                QTest::qWait(50);
                check(name + u' ' + mode);
            }
        }
    }

    /** Focusable controls, shown under `root`, without a name or a role. */
    static QStringList unnamedControls(QAccessibleInterface *root, const QString &view)
    {
        // The tree a screen reader walks: from the window down, through what is shown.
        QStringList missing;
        const std::function<void(QAccessibleInterface *, const QString &, int)> walk
            = [&](QAccessibleInterface *iface, const QString &path, int depth) {
                  const QAccessible::State state = iface->state();
                  if (state.invisible || state.offscreen || depth > 40)
                      return;
                  const QAccessible::Role role = iface->role();
                  const QString name = iface->text(QAccessible::Name);
                  const QString here = path + u'/' + (name.isEmpty() ? u"?"_s : name);
                  // Rows, cells and items are content (an empty table cell has no name), not controls.
                  const bool content = role == QAccessible::Cell || role == QAccessible::ListItem
                      || role == QAccessible::TreeItem || role == QAccessible::Row || role == QAccessible::ColumnHeader
                      || role == QAccessible::RowHeader;
                  if (state.focusable && !state.disabled && !content
                      && (name.trimmed().isEmpty() || role == QAccessible::NoRole)) {
                      const QWidget *widget = qobject_cast<QWidget *>(iface->object());
                      missing << u"%1: %2 (role %3, %4)"_s.arg(view, here)
                                     .arg(int(role))
                                     .arg(widget ? describe(widget) : u"no widget"_s);
                  }
                  if (content)
                      return;
                  for (int i = 0; i < iface->childCount(); ++i) {
                      if (QAccessibleInterface *child = iface->child(i))
                          walk(child, here, depth + 1);
                  }
              };
        walk(root, QString(), 0);
        return missing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(u"storyloom-test-accessibility"_s);
        QSettings().clear();
        Translations::install(qApp, u"en"_s); // English plurals come from a translation too
        const QString root = m_dir.path() + u"/library"_s;
        QVERIFY(test::copyTree(ensureSampleProject(), root));
        m_root = root;
        openWindow();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void everyFocusableControlHasANameAndARole()
    {
        QStringList missing;
        showEachView([&](const QString &view) {
            missing << unnamedControls(QAccessible::queryAccessibleInterface(m_window.get()), view);
        });
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(u"\n"_s + missing.join(u'\n')));
    }

    /** Describe This Project: its folder table and each folder's type box are named. */
    void describeDialogControlsAreNamed()
    {
        auto *action = m_window->findChild<QAction *>(u"describeProject"_s);
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        QStringList missing;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            missing = unnamedControls(QAccessible::queryAccessibleInterface(dialog), u"describe"_s);
            for (const QComboBox *type : dialog->findChildren<QComboBox *>()) {
                if (!type->accessibleName().contains(type->objectName().section(u':', 1)))
                    missing << u"describe: %1 does not name its folder"_s.arg(describe(type));
            }
            dialog->reject();
        });
        action->trigger();
        QVERIFY(seen);
        QVERIFY2(missing.isEmpty(), qPrintable(u"\n"_s + missing.join(u'\n')));
    }

    void roadmapCellsReadInWords()
    {
        m_window->showView(MainWindow::View::Roadmap);
        auto *tree = m_window->findChild<QTreeView *>(u"roadmapTree"_s);
        QVERIFY(tree);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tree);
        QVERIFY(iface && iface->tableInterface());
        QAccessibleTableInterface *table = iface->tableInterface();
        int states = 0;
        int percentages = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            QAccessibleInterface *state = table->cellAt(row, RoadmapModel::State);
            QAccessibleInterface *progress = table->cellAt(row, RoadmapModel::Progress);
            QVERIFY(state && progress);
            const QString stateName = state->text(QAccessible::Name);
            QVERIFY2(!stateName.isEmpty() && !hasEmoji(stateName), qPrintable(stateName));
            if (stateName != u"No state"_s)
                ++states;
            const QString progressName = progress->text(QAccessible::Name);
            if (progressName.endsWith(u" percent"_s))
                ++percentages;
            else
                QCOMPARE(progressName, u"No progress"_s);
        }
        QVERIFY2(states > 0, "no roadmap row has a state");
        QVERIFY2(percentages > 0, "no roadmap row has a progress");
    }

    void newErrorsInTheOpenPageAreAnnounced()
    {
        m_window->showView(MainWindow::View::Editor);
        auto *page = qobject_cast<EntityPage *>(m_window->findChild<QTabWidget *>(u"documentTabs"_s)->currentWidget());
        QVERIFY(page);
        QFile file(page->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QVERIFY(original.contains("type: story\n"));
        announced().clear();
        QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
            if (event->type() == QAccessible::Announcement)
                announced() << static_cast<QAccessibleAnnouncementEvent *>(event)->message();
        });
        // Another program breaks the page: its type is misspelt.
        QByteArray broken = original;
        broken.replace("type: story\n", "type: stroy\n");
        QVERIFY(test::writeFile(
            QFileInfo(page->filePath()).absolutePath(), QFileInfo(page->filePath()).fileName(), broken));
        QTRY_VERIFY2_WITH_TIMEOUT(announced().contains(u"1 new error in this page"_s),
            qPrintable(announced().join(u" | "_s) + u" / "_s + m_window->findChild<QLabel *>(u"problems"_s)->text()),
            20000);
        QAccessible::installUpdateHandler(nullptr);
        QVERIFY(test::writeFile(
            QFileInfo(page->filePath()).absolutePath(), QFileInfo(page->filePath()).fileName(), original));
        m_window->project()->reload();
        m_window->project()->waitForLoaded();
    }

    void nothingClippedAtScaleTwo_data()
    {
        QTest::addColumn<double>("fontScale");
        QTest::newRow("scale 2") << 1.0;
        QTest::newRow("scale 2, font twice its size") << 2.0;
    }

    void nothingClippedAtScaleTwo()
    {
        QFETCH(double, fontScale);
        QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("2"));
        const QFont normal = QApplication::font();
        QFont font = normal;
        font.setPointSizeF(normal.pointSizeF() * fontScale);
        // Before the window exists: a user with a large font starts with it.
        QApplication::setFont(font);
        m_window.reset();
        openWindow();
        QStringList clipped;
        showEachView([&](const QString &view) {
            for (QWidget *w : m_window->findChildren<QWidget *>()) {
                if (!shownOnScreen(w))
                    continue;
                // The parts of a spin box or combo box follow their owner, whose hint counts.
                if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                    continue;
                // Controls and text; containers scroll or share their room by design.
                const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                    || qobject_cast<QLineEdit *>(w) || qobject_cast<QTabBar *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                    || (qobject_cast<QLabel *>(w) && !static_cast<QLabel *>(w)->wordWrap());
                if (!control)
                    continue;
                const QSize hint = w->sizeHint();
                // A tab bar scrolls, fields and combo boxes scroll their text: only their height counts.
                const bool heightOnly = qobject_cast<QTabBar *>(w) || qobject_cast<QLineEdit *>(w)
                    || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                    || qobject_cast<QToolBar *>(w->parentWidget());
                if (hint.height() > w->height() || (!heightOnly && hint.width() > w->width()))
                    clipped << u"%1: %2 hint %3x%4, has %5x%6"_s.arg(view, describe(w))
                                   .arg(hint.width())
                                   .arg(hint.height())
                                   .arg(w->width())
                                   .arg(w->height());
            }
        });
        QApplication::setFont(normal);
        clipped.removeDuplicates();
        QVERIFY2(clipped.isEmpty(), qPrintable(u"\n"_s + clipped.join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    // Scale 2 before the application exists: what a HiDPI screen gives.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_accessibility.moc"
