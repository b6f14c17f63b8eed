// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRegularExpression;

namespace storyloom {

class MarkdownEditor;

/**
 * Find and replace under the editor (Ctrl+F / Ctrl+H): plain text or regular
 * expression, whole words, case; the number of matches; every match
 * highlighted; replace one or all (as one undo step).
 */
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(MarkdownEditor *editor, QWidget *parent = nullptr);

    /** Shows the bar, replace row too when `replace`, with the editor's selection as the search text. */
    void activate(bool replace);
    void setSearchText(const QString &text);
    void setReplaceText(const QString &text);
    void setOptions(bool regex, bool wholeWords, bool caseSensitive);
    /** Matches of the current search in the whole document. */
    [[nodiscard]] int matchCount() const { return m_count; }
    bool findNext(bool backward = false);
    bool replaceCurrent();
    /** Replaces every match in one undo step; returns how many. */
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] std::optional<QRegularExpression> pattern() const;
    void refresh();

    MarkdownEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_regex;
    QCheckBox *m_wholeWords;
    QCheckBox *m_case;
    QLabel *m_status;
    int m_count = 0;
};

} // namespace storyloom
