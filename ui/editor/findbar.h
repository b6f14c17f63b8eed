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

/** What the find bar matches: the search text as a pattern, whole words only, case. */
struct FindOptions
{
    bool regex = false;
    bool wholeWords = false;
    bool caseSensitive = false;
};

/** Whether the find bar opens with its replace row. */
enum class FindMode { Find, FindAndReplace };
/** Which way the next match is looked for. */
enum class FindDirection { Forward, Backward };

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

    /** Shows the bar (with the replace row for FindAndReplace), with the editor's selection as the search text. */
    void activate(FindMode mode);
    void setSearchText(const QString &text);
    void setReplaceText(const QString &text);
    void setOptions(const FindOptions &options);
    /** Matches of the current search in the whole document. */
    [[nodiscard]] int matchCount() const { return m_count; }
    bool findNext(FindDirection direction = FindDirection::Forward);
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
