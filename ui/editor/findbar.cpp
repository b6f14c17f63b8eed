// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/findbar.h"

#include "ui/editor/markdowneditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolButton>

namespace storyloom {

namespace {
constexpr int maxHighlighted = 2000;
}

FindBar::FindBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_regex(new QCheckBox(tr("Regular expression"), this))
    , m_wholeWords(new QCheckBox(tr("Whole words"), this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    m_find->setObjectName(QStringLiteral("findField"));
    m_replaceRow->setObjectName(QStringLiteral("replaceRow"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_find->setAccessibleName(tr("Find"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_status->setAccessibleName(tr("Find result"));
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace All"), m_replaceRow);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 3, 6, 3);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(previous, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_regex, 0, 3);
    grid->addWidget(m_wholeWords, 0, 4);
    grid->addWidget(m_case, 0, 5);
    grid->addWidget(m_status, 0, 6);
    grid->addWidget(close, 0, 7);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    replaceLayout->addStretch();
    grid->addWidget(m_replaceRow, 1, 0, 1, 8);
    grid->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::textChanged, this, &FindBar::refresh);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    for (QCheckBox *box : { m_regex, m_wholeWords, m_case })
        connect(box, &QCheckBox::toggled, this, &FindBar::refresh);
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(FindDirection::Backward); });
    connect(replaceOne, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(replaceEvery, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setSearchSelections({});
        m_editor->setFocus();
    });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    hide();
}

void FindBar::activate(FindMode mode)
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(mode == FindMode::FindAndReplace);
    show();
    m_find->setFocus();
    m_find->selectAll();
    refresh();
}

void FindBar::setSearchText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setOptions(const FindOptions &options)
{
    m_regex->setChecked(options.regex);
    m_wholeWords->setChecked(options.wholeWords);
    m_case->setChecked(options.caseSensitive);
    refresh();
}

std::optional<QRegularExpression> FindBar::pattern() const
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return std::nullopt;
    QString source = m_regex->isChecked() ? text : QRegularExpression::escape(text);
    if (m_wholeWords->isChecked())
        source = QStringLiteral("\\b(?:%1)\\b").arg(source);
    QRegularExpression expression(source,
        (m_case->isChecked() ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption)
            | QRegularExpression::UseUnicodePropertiesOption);
    if (!expression.isValid())
        return std::nullopt;
    return expression;
}

void FindBar::refresh()
{
    m_count = 0;
    const std::optional<QRegularExpression> expression = pattern();
    if (!expression) {
        m_status->setText(m_find->text().isEmpty() ? QString() : tr("Invalid pattern"));
        m_editor->setSearchSelections({});
        return;
    }
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    // A marker-pen yellow with dark text: readable on the light and the dark editor theme alike.
    format.setBackground(QColor(255, 213, 79));
    format.setForeground(QColor(0x1f, 0x23, 0x28));
    const QString text = m_editor->toPlainText();
    auto it = expression->globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        ++m_count;
        if (selections.size() < maxHighlighted) {
            QTextEdit::ExtraSelection selection;
            selection.format = format;
            selection.cursor = QTextCursor(m_editor->document());
            selection.cursor.setPosition(int(match.capturedStart()));
            selection.cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
            selections.append(selection);
        }
    }
    m_editor->setSearchSelections(selections);
    m_status->setText(tr("%n match(es)", nullptr, m_count));
}

bool FindBar::findNext(FindDirection direction)
{
    const bool backward = direction == FindDirection::Backward;
    const std::optional<QRegularExpression> expression = pattern();
    if (!expression)
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = m_editor->document()->find(*expression, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(m_editor->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_editor->document()->find(*expression, start, flags);
    }
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    return true;
}

bool FindBar::replaceCurrent()
{
    const std::optional<QRegularExpression> expression = pattern();
    if (!expression)
        return false;
    QTextCursor cursor = m_editor->textCursor();
    const QRegularExpressionMatch match = expression->match(cursor.selectedText());
    if (cursor.hasSelection() && match.hasMatch() && match.capturedLength() == cursor.selectedText().size()) {
        const QString replacement = m_regex->isChecked()
            ? QString(cursor.selectedText()).replace(*expression, m_replace->text())
            : m_replace->text();
        cursor.insertText(replacement);
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const std::optional<QRegularExpression> expression = pattern();
    if (!expression)
        return 0;
    const QString text = m_editor->toPlainText();
    QList<QRegularExpressionMatch> matches;
    auto it = expression->globalMatch(text);
    while (it.hasNext()) {
        QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            matches.append(match);
    }
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    // From the end, so earlier positions stay valid.
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        cursor.setPosition(int(m->capturedStart()));
        cursor.setPosition(int(m->capturedEnd()), QTextCursor::KeepAnchor);
        QString replacement = m_replace->text();
        if (m_regex->isChecked())
            replacement = m->captured(0).replace(*expression, m_replace->text());
        cursor.insertText(replacement);
    }
    cursor.endEditBlock();
    refresh();
    return int(matches.size());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setSearchSelections({});
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace storyloom
