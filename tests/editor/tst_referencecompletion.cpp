// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reference completion in the properties pane, typed as a person would on a copy of the sample
// project: only entities of the key's type, by id or title, the best one selected so Return and Tab
// take it, and what lands in the front matter is what `check` resolves to that entity.
#include "editortestutil.h"
#include "testsupport.h"

#include "core/extract/projectloader.h"
#include "ui/editor/markdowneditor.h"
#include "ui/editor/propertiespanel.h"
#include "ui/mainwindow/entitypage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace storyloom;
using namespace storyloom::test;

namespace {
const QString storyPath = QStringLiteral("stories/status-quo/zoe-needs-a-room.md");

/** The completion popup of a field, once shown. */
QAbstractItemView *popupOf(const QLineEdit *line)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == line->objectName() + QStringLiteral("Completions") && widget->isVisible())
            return qobject_cast<QAbstractItemView *>(widget);
    }
    return nullptr;
}
} // namespace

class TestReferenceCompletion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_journalDir;
    QTemporaryDir m_dir;

    QString project() const { return m_dir.filePath(QStringLiteral("sample")); }

private Q_SLOTS:
    void initTestCase()
    {
        isolateGuiTest(QStringLiteral("tst_referencecompletion"), m_journalDir.path());
        QVERIFY(copyTree(QStringLiteral(STORYLOOM_SOURCE_DIR "/resources/sample"), project()));
    }

    void completesEntitiesOfTheKeysTypeAndInsertsWhatCheckAccepts()
    {
        const Snapshot snapshot = ProjectLoader::load(project());
        QVERIFY(snapshot);
        const Entity *story = snapshot->entityForPath(storyPath);
        QVERIFY(story);
        EntityPage page(snapshot, story->id);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *characters = page.findChild<PropertiesPanel *>(QStringLiteral("propertiesPanel"))
                               ->findChild<QLineEdit *>(QStringLiteral("characters"));
        auto *painPoints = page.findChild<PropertiesPanel *>(QStringLiteral("propertiesPanel"))
                               ->findChild<QLineEdit *>(QStringLiteral("pain_points"));
        QVERIFY(characters && painPoints);
        QCOMPARE(characters->text(), QStringLiteral("zoe, amara"));

        // The pane opens from its toolbar button.
        QToolButton *toggle = nullptr;
        for (QToolButton *button : page.findChildren<QToolButton *>()) {
            if (button->defaultAction() && button->defaultAction()->text().remove(u'&') == QStringLiteral("Properties"))
                toggle = button;
        }
        QVERIFY(toggle);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(characters->isVisible() && characters->isEnabled() && characters->width() > 50);
        QVERIFY(QTest::qWaitForWindowActive(&page));

        // By id: "s" is in many stories and pain points, but only characters are offered.
        QTest::mouseClick(characters, Qt::LeftButton);
        QTRY_VERIFY(QApplication::focusWidget() == characters);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        typeText(QApplication::focusWidget(), QStringLiteral(", s"));
        QAbstractItemView *popup = nullptr;
        QTRY_VERIFY((popup = popupOf(characters)) != nullptr);
        const int rows = popup->model()->rowCount();
        QVERIFY(rows >= 1);
        for (int row = 0; row < rows; ++row) {
            const Entity *offered = snapshot->entity(popup->model()->index(row, 0).data(Qt::ToolTipRole).toString());
            QVERIFY(offered);
            QVERIFY(offered->type == EntityType::Character);
        }
        QCOMPARE(popup->currentIndex().row(), 0);
        // Wide enough to read every item whole.
        for (int row = 0; row < rows; ++row) {
            const QString text = popup->model()->index(row, 0).data().toString();
            QVERIFY2(popup->viewport()->width() >= popup->fontMetrics().horizontalAdvance(text), qPrintable(text));
        }
        QVERIFY(popup->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Søren")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(characters->text(), QStringLiteral("zoe, amara, soren"));
        QVERIFY(!popup->isVisible());
        QVERIFY(page.findChild<MarkdownEditor *>(QStringLiteral("markdownEditor"))
                ->toPlainText()
                .contains(QStringLiteral("characters: [zoe, amara, soren]\n")));

        // By title: no letter of "nobody" is in order in the id "holds-queue-is-opaque"; Tab takes it.
        QTest::mouseClick(painPoints, Qt::LeftButton);
        QTRY_VERIFY(QApplication::focusWidget() == painPoints);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        typeText(QApplication::focusWidget(), QStringLiteral(", nobody"));
        QTRY_VERIFY((popup = popupOf(painPoints)) != nullptr);
        QCOMPARE(popup->currentIndex().row(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(painPoints->text(),
            QStringLiteral("rooms-booked-by-phone, catalogue-down-on-saturdays, holds-queue-is-opaque"));
        QVERIFY(page.findChild<MarkdownEditor *>(QStringLiteral("markdownEditor"))
                ->toPlainText()
                .contains(QStringLiteral(
                    "pain_points: [rooms-booked-by-phone, catalogue-down-on-saturdays, holds-queue-is-opaque]\n")));
        QVERIFY(page.save());

        // `check` takes both references, and they name the entities that were picked.
        const Snapshot after = ProjectLoader::load(project());
        for (const Diagnostic &diagnostic : after->diagnostics())
            QVERIFY2(!diagnostic.message.contains(QStringLiteral("no entity")), qPrintable(diagnostic.message));
        QStringList targets;
        for (const Relation *relation : after->outgoing(story->id))
            targets.append(after->entity(relation->to) ? after->entity(relation->to)->title : QString());
        QVERIFY(targets.contains(QStringLiteral("Søren")));
        QVERIFY(targets.contains(QStringLiteral("Nobody knows where they are in the holds queue")));
    }
};

QTEST_MAIN(TestReferenceCompletion)
#include "tst_referencecompletion.moc"
