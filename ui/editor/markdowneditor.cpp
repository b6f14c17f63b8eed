// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/markdowneditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QFontDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace storyloom {

namespace {
/** The GUI thread's repository (the preview's worker threads keep their own). */
KSyntaxHighlighting::Repository &editorRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

constexpr int pathRole = Qt::UserRole + 1;

class Gutter : public QWidget
{
public:
    explicit Gutter(MarkdownEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return { m_editor->lineNumberWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    MarkdownEditor *m_editor;
};
} // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_gutter(new Gutter(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStandardItemModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    m_highlighter->setDefinition(editorRepository().definitionForName(QStringLiteral("Markdown")));

    m_completer->setModel(m_completionModel);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &MarkdownEditor::insertCompletion);

    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::updateSelections);
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
    applyTheme();
}

MarkdownEditor::~MarkdownEditor() = default;

void MarkdownEditor::setDarkTheme(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    applyTheme();
}

void MarkdownEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = editorRepository().defaultTheme(
        m_dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    if (m_highlighter->definition().isValid())
        m_highlighter->setTheme(theme);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    setPalette(pal);
    if (m_highlighter->document())
        m_highlighter->rehighlight();
    updateSelections();
    m_gutter->update();
}

void MarkdownEditor::setLineNumbersVisible(bool visible)
{
    m_lineNumbers = visible;
    m_gutter->setVisible(visible);
    setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

void MarkdownEditor::setHighlightingEnabled(bool enabled)
{
    if (enabled == highlightingEnabled())
        return;
    m_highlighter->setDocument(enabled ? document() : nullptr);
    if (enabled)
        applyTheme();
}

bool MarkdownEditor::highlightingEnabled() const
{
    return m_highlighter->document() != nullptr;
}

int MarkdownEditor::lineNumberWidth() const
{
    if (!m_lineNumbers)
        return 0;
    const int digits = std::max(3, int(QString::number(std::max(1, blockCount())).size()));
    return 10 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void MarkdownEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberWidth(), area.height()));
}

void MarkdownEditor::paintLineNumbers(QPaintEvent *event)
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(QColor::fromRgb(
                theme.editorColor(block.blockNumber() == current ? KSyntaxHighlighting::Theme::CurrentLineNumber
                                                                 : KSyntaxHighlighting::Theme::LineNumbers)));
            painter.drawText(0, top, m_gutter->width() - 5, fontMetrics().height(), Qt::AlignRight,
                QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
    }
}

void MarkdownEditor::setSearchSelections(const QList<QTextEdit::ExtraSelection> &selections)
{
    m_searchSelections = selections;
    updateSelections();
}

void MarkdownEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(
        QColor::fromRgb(m_highlighter->theme().editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    selections += m_searchSelections;
    setExtraSelections(selections);
    m_gutter->update();
}

void MarkdownEditor::goToLine(int line)
{
    if (line <= 0)
        return;
    QTextCursor cursor(document()->findBlockByNumber(std::min(line, blockCount()) - 1));
    setTextCursor(cursor);
    centerCursor();
}

int MarkdownEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

double MarkdownEditor::topLine() const
{
    // The scroll bar counts visual lines; a wrapped block spans several of them.
    const QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return 1;
    const int lines = std::max(1, block.lineCount());
    const int into = std::clamp(verticalScrollBar()->value() - block.firstLineNumber(), 0, lines - 1);
    return block.blockNumber() + 1 + double(into) / lines;
}

void MarkdownEditor::scrollToLine(double line)
{
    const int number = std::clamp(int(line), 1, blockCount());
    const QTextBlock block = document()->findBlockByNumber(number - 1);
    const int lines = std::max(1, block.lineCount());
    const double fraction = std::clamp(line - number, 0.0, 1.0);
    verticalScrollBar()->setValue(block.firstLineNumber() + std::min(lines - 1, int(fraction * lines)));
}

void MarkdownEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        Q_EMIT focusLost();
}

void MarkdownEditor::setLinkTargets(const QList<LinkTarget> &targets, const QString &fileDir)
{
    m_fileDir = fileDir;
    m_completionModel->clear();
    for (const LinkTarget &target : targets) {
        auto *item = new QStandardItem(target.title);
        item->setData(target.filePath, pathRole);
        item->setToolTip(QDir(fileDir).relativeFilePath(target.filePath));
        m_completionModel->appendRow(item);
    }
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion();
}

void MarkdownEditor::updateCompletion()
{
    if (m_completionModel->rowCount() == 0)
        return;
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    static const QRegularExpression open(QStringLiteral("\\[([^\\[\\]()]{2,40})$"));
    const QRegularExpressionMatch match = open.match(before);
    if (!match.hasMatch()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(match.captured(1));
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(std::max(320, m_completer->popup()->sizeHintForColumn(0) + 30));
    m_completer->complete(rect);
}

void MarkdownEditor::insertCompletion(const QModelIndex &index)
{
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString path = index.data(pathRole).toString();
    QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(u'[');
    if (open < 0)
        return;
    cursor.setPosition(cursor.block().position() + int(open), QTextCursor::KeepAnchor);
    QString relative = QDir(m_fileDir).relativeFilePath(path);
    relative.replace(u' ', QStringLiteral("%20"));
    cursor.insertText(QStringLiteral("[%1](%2)").arg(title, relative));
    setTextCursor(cursor);
}

} // namespace storyloom
