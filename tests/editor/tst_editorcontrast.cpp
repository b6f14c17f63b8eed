// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// High contrast in the editor: every text style the highlighter applies to a page
// using every Markdown construct reads at 7:1 or more against the editor's background.
#include "ui/editor/markdowneditor.h"
#include "ui/settings/apptheme.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace storyloom;

namespace {

struct StyleContrast
{
    double lowest = 21.0;
    QString lowestText;
    QSet<QRgb> colours;
    int ranges = 0;
};

/** The contrast of every highlighted range of the editor's document, against its own background or the editor's. */
StyleContrast measure(const MarkdownEditor &editor)
{
    StyleContrast result;
    const QColor base = editor.palette().color(QPalette::Base);
    const QColor text = editor.palette().color(QPalette::Text);
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const QColor fg
                = range.format.hasProperty(QTextFormat::ForegroundBrush) ? range.format.foreground().color() : text;
            const QColor bg
                = range.format.background().style() != Qt::NoBrush ? range.format.background().color() : base;
            const double ratio = AppTheme::contrastRatio(fg, bg);
            ++result.ranges;
            result.colours.insert(fg.rgb());
            if (ratio < result.lowest) {
                result.lowest = ratio;
                result.lowestText = block.text().mid(range.start, range.length);
            }
        }
    }
    return result;
}

} // namespace

class TestEditorContrast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStyleReadsAtSevenToOne()
    {
        QFile fixture(QStringLiteral(STORYLOOM_SOURCE_DIR "/tests/editor/data/contrast/styles.md"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        MarkdownEditor editor;
        editor.resize(900, 900);
        editor.setPlainText(QString::fromUtf8(fixture.readAll()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // The dark theme as it comes has styles below 7:1: the case high contrast is for.
        editor.setLook(MarkdownEditor::Look::Dark);
        const StyleContrast dark = measure(editor);
        QVERIFY2(dark.lowest < 7.0, qPrintable(QString::number(dark.lowest)));

        editor.setLook(MarkdownEditor::Look::HighContrast);
        QCOMPARE(editor.palette().color(QPalette::Base), AppTheme::highContrastPalette().color(QPalette::Base));
        const StyleContrast contrast = measure(editor);
        // Highlighted, in several colours: the styles are kept, only made readable.
        QVERIFY2(contrast.ranges > 20, qPrintable(QString::number(contrast.ranges)));
        QVERIFY2(contrast.colours.size() >= 5, qPrintable(QString::number(contrast.colours.size())));
        QVERIFY2(contrast.lowest >= 7.0,
            qPrintable(QStringLiteral("%1:1 for \"%2\"").arg(contrast.lowest).arg(contrast.lowestText)));
    }
};

QTEST_MAIN(TestEditorContrast)
#include "tst_editorcontrast.moc"
