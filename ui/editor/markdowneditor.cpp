// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/markdowneditor.h"

#include "ui/editor/markdownhighlighter.h"
#include "ui/editor/spellchecker.h"
#include "ui/settings/apptheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemView>
#include <QActionGroup>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDir>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace storyloom {

namespace {
/** The GUI thread's repository (the preview's worker threads keep their own). */
KSyntaxHighlighting::Repository &editorRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

constexpr int pathRole = Qt::UserRole + 1;
/** Characters in a line of focus mode's column: a comfortable measure for reading. */
constexpr int focusColumnCharacters = 80;
/** The suggestions the context menu offers at most. */
constexpr int maxSuggestions = 6;

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
    , m_highlighter(new MarkdownHighlighter(document()))
    , m_spellTimer(new QTimer(this))
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

    connect(this, &QPlainTextEdit::blockCountChanged, this, &MarkdownEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::updateSelections);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_focus.on && m_focus.typewriter)
            centerCursor();
    });
    // The dictionary is asked after a pause, for the blocks on screen only: never per key, never the whole file.
    m_spellTimer->setSingleShot(true);
    m_spellTimer->setInterval(350);
    connect(m_spellTimer, &QTimer::timeout, this, &MarkdownEditor::checkVisibleBlocks);
    connect(m_highlighter, &MarkdownHighlighter::uncheckedWords, m_spellTimer, qOverload<>(&QTimer::start));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_spellChecker && m_spellChecker->isActive())
            m_spellTimer->start();
    });
    updateMargins();
    applyTheme();
}

MarkdownEditor::~MarkdownEditor() = default;

void MarkdownEditor::setLook(Look look)
{
    if (m_look == look)
        return;
    m_look = look;
    applyTheme();
}

void MarkdownEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme
        = editorRepository().defaultTheme(m_look == Look::Light ? KSyntaxHighlighting::Repository::LightTheme
                                                                : KSyntaxHighlighting::Repository::DarkTheme);
    if (m_highlighter->definition().isValid())
        m_highlighter->setTheme(theme);
    QPalette pal = palette();
    if (m_look == Look::HighContrast) {
        // The dark theme's styles on the high-contrast palette's black, each lightened to 7:1 (WCAG AAA).
        const QPalette contrast = AppTheme::highContrastPalette();
        for (const QPalette::ColorRole role :
            { QPalette::Base, QPalette::Text, QPalette::Highlight, QPalette::HighlightedText })
            pal.setColor(role, contrast.color(role));
        m_highlighter->setMinimumContrast({ contrast.color(QPalette::Base), 7.0 });
    } else {
        pal.setColor(QPalette::Base, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        pal.setColor(QPalette::Text, QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
        pal.setColor(
            QPalette::Highlight, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
        m_highlighter->setMinimumContrast({});
    }
    setPalette(pal);
    if (m_highlighter->document())
        m_highlighter->rehighlight();
    updateSelections();
    m_gutter->update();
}

void MarkdownEditor::setLineNumbersVisible(bool visible)
{
    m_lineNumbers = visible;
    m_gutter->setVisible(visible && !m_focus.on);
    updateMargins();
}

void MarkdownEditor::setSpellChecker(std::shared_ptr<SpellChecker> checker)
{
    m_spellChecker = std::move(checker);
    m_highlighter->setSpellChecker(m_spellChecker);
}

void MarkdownEditor::setFocusLook(const FocusLook &look)
{
    m_focus = look;
    m_gutter->setVisible(m_lineNumbers && !look.on);
    // Typewriter scrolling needs room below the last line to bring it to the middle.
    setCenterOnScroll(look.on && look.typewriter);
    updateMargins();
    updateSelections();
    if (look.on && look.typewriter)
        centerCursor();
    else
        ensureCursorVisible();
}

void MarkdownEditor::updateMargins()
{
    int side = 0;
    if (m_focus.on) {
        // The characters, the document's own margin either side and the cursor: a line of that many fits.
        const int column = fontMetrics().horizontalAdvance(u'n') * focusColumnCharacters
            + int(2 * document()->documentMargin()) + cursorWidth() + 2;
        const int room = contentsRect().width() - verticalScrollBar()->sizeHint().width();
        side = std::max(0, (room - column) / 2);
    }
    setViewportMargins(lineNumberWidth() + side, 0, side, 0);
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
    if (!m_lineNumbers || m_focus.on)
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
    if (m_focus.on)
        updateMargins();
    if (m_spellChecker && m_spellChecker->isActive())
        m_spellTimer->start();
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberWidth(), area.height()));
}

void MarkdownEditor::paintLineNumbers(QPaintEvent *event)
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    QPainter painter(m_gutter);
    const bool contrast = m_look == Look::HighContrast;
    const QColor base = palette().color(QPalette::Base);
    painter.fillRect(
        event->rect(), contrast ? base : QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const QColor number = QColor::fromRgb(
                theme.editorColor(block.blockNumber() == current ? KSyntaxHighlighting::Theme::CurrentLineNumber
                                                                 : KSyntaxHighlighting::Theme::LineNumbers));
            painter.setPen(contrast ? AppTheme::withContrast(number, base, 7.0) : number);
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
    if (!m_focus.on) {
        QTextEdit::ExtraSelection line;
        // High contrast keeps the text on black: the current line is outlined by the cursor alone.
        line.format.setBackground(m_look == Look::HighContrast
                ? palette().color(QPalette::Base)
                : QColor::fromRgb(m_highlighter->theme().editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    if (m_focus.on && m_focus.dimming) {
        // The paragraph being written: the lines around the cursor up to a blank line either way.
        const auto blank = [](const QTextBlock &block) { return block.text().trimmed().isEmpty(); };
        QTextBlock first = textCursor().block();
        QTextBlock last = first;
        while (!blank(first) && first.previous().isValid() && !blank(first.previous()))
            first = first.previous();
        while (!blank(last) && last.next().isValid() && !blank(last.next()))
            last = last.next();
        const QColor text = palette().color(QPalette::Text);
        const QColor base = palette().color(QPalette::Base);
        QColor dim;
        dim.setRgbF(base.redF() + (text.redF() - base.redF()) * 0.35f,
            base.greenF() + (text.greenF() - base.greenF()) * 0.35f,
            base.blueF() + (text.blueF() - base.blueF()) * 0.35f);
        const auto dimmed = [this, &dim](int from, int to) {
            QTextEdit::ExtraSelection selection;
            selection.format.setForeground(dim);
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(from);
            selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
            return selection;
        };
        if (first.position() > 0)
            selections.append(dimmed(0, first.position()));
        const int end = last.position() + last.length() - 1;
        if (end < document()->characterCount() - 1)
            selections.append(dimmed(end, document()->characterCount() - 1));
    }
    selections += m_searchSelections;
    for (const EditorProblem &problem : std::as_const(m_problems)) {
        const QTextBlock block = document()->findBlockByNumber(problem.line - 1);
        if (!block.isValid() || block.length() <= 1)
            continue;
        QTextEdit::ExtraSelection underline;
        // Dotted, in the theme's error or warning colour: apart from spelling's red wave.
        underline.format.setUnderlineStyle(QTextCharFormat::DotLine);
        underline.format.setUnderlineColor(QColor::fromRgb(m_highlighter->theme().textColor(
            problem.error ? KSyntaxHighlighting::Theme::Error : KSyntaxHighlighting::Theme::Warning)));
        underline.format.setToolTip(problem.message);
        underline.cursor = QTextCursor(block);
        underline.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections.append(underline);
    }
    setExtraSelections(selections);
    m_gutter->update();
}

void MarkdownEditor::setProblems(const QList<EditorProblem> &problems)
{
    m_problems = problems;
    updateSelections();
}

QList<EditorProblem> MarkdownEditor::problemsAt(int line) const
{
    QList<EditorProblem> found;
    for (const EditorProblem &problem : m_problems) {
        if (problem.line == line)
            found.append(problem);
    }
    return found;
}

bool MarkdownEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        QStringList messages;
        for (const EditorProblem &problem : problemsAt(cursor.blockNumber() + 1))
            messages.append(problem.message);
        if (!messages.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::event(event);
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

void MarkdownEditor::checkVisibleBlocks()
{
    if (!m_spellChecker || !m_spellChecker->isActive())
        return;
    const QTextBlock first = firstVisibleBlock();
    QTextBlock last = first;
    const QPointF offset = contentOffset();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (blockBoundingGeometry(block).translated(offset).top() > viewport()->height())
            break;
        last = block;
    }
    m_highlighter->checkBlocks(first, last);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu());
    if (m_spellChecker) {
        // The word clicked, or with the menu key the word at the cursor.
        const int position = event->reason() == QContextMenuEvent::Keyboard
            ? textCursor().position()
            : cursorForPosition(event->pos()).position();
        addSpellingActions(menu.get(), m_highlighter->misspellingAt(position));
    }
    // The page's own actions on the text (Quick Fix, Ctrl+.), where the mouse looks for them.
    if (!actions().isEmpty()) {
        menu->addSeparator();
        menu->addActions(actions());
    }
    menu->exec(event->globalPos());
}

void MarkdownEditor::addSpellingActions(QMenu *menu, const Misspelling &misspelling)
{
    SpellChecker *checker = m_spellChecker.get();
    QAction *first = menu->actions().value(0);
    if (misspelling.isValid()) {
        const QStringList suggestions = checker->suggestions(misspelling.word).mid(0, maxSuggestions);
        for (const QString &suggestion : suggestions) {
            auto *replace = new QAction(suggestion, menu);
            QFont bold = replace->font();
            bold.setBold(true);
            replace->setFont(bold);
            connect(replace, &QAction::triggered, this,
                [this, misspelling, suggestion] { replaceWord(misspelling, suggestion); });
            menu->insertAction(first, replace);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        menu->insertSeparator(first);
        const QString word = misspelling.word;
        auto *project = new QAction(tr("Add to Dictionary"), menu);
        project->setObjectName(QStringLiteral("addToDictionaryAction"));
        project->setToolTip(tr("Adds the word to the project's word list, storyloom-words.txt"));
        connect(project, &QAction::triggered, this, [checker, word] { checker->addToProject(word); });
        auto *personal = new QAction(tr("Add to Personal Dictionary"), menu);
        connect(personal, &QAction::triggered, this, [checker, word] { checker->addToPersonal(word); });
        auto *ignore = new QAction(tr("Ignore"), menu);
        connect(ignore, &QAction::triggered, this, [checker, word] { checker->ignore(word); });
        menu->insertActions(first, { project, personal, ignore });
        menu->insertSeparator(first);
    }
    menu->addSeparator();
    QAction *toggle = menu->addAction(tr("Check Spelling"));
    toggle->setCheckable(true);
    toggle->setChecked(checker->isSwitchedOn());
    connect(toggle, &QAction::toggled, this, [checker](bool on) { checker->setSwitchedOn(on); });
    QMenu *languages = menu->addMenu(tr("Spelling Language"));
    const QMap<QString, QString> dictionaries = SpellChecker::availableDictionaries();
    auto *group = new QActionGroup(languages);
    for (auto it = dictionaries.cbegin(); it != dictionaries.cend(); ++it) {
        QAction *language = languages->addAction(QStringLiteral("%1 (%2)").arg(it.value(), it.key()));
        language->setCheckable(true);
        language->setChecked(it.key() == checker->language());
        group->addAction(language);
        const QString code = it.key();
        connect(language, &QAction::triggered, this, [checker, code] { checker->chooseLanguage(code); });
    }
    if (dictionaries.isEmpty()) {
        QAction *none = languages->addAction(tr("No dictionaries installed"));
        none->setEnabled(false);
    }
}

void MarkdownEditor::replaceWord(const Misspelling &misspelling, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(misspelling.position);
    cursor.setPosition(misspelling.position + misspelling.length, QTextCursor::KeepAnchor);
    if (cursor.selectedText() != misspelling.word)
        return;
    cursor.insertText(replacement);
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
