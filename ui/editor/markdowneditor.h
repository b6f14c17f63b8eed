// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

#include <memory>

class QCompleter;
class QStandardItemModel;
class QMenu;
class QTimer;

namespace storyloom {

class MarkdownHighlighter;
class SpellChecker;
struct Misspelling;

/** How the editor looks in focus mode: a centred column, and what helps the writer keep their place. */
struct FocusLook
{
    bool on = false;
    /** The line being written stays in the middle of the height. */
    bool typewriter = false;
    /** Every paragraph but the one being written is dimmed. */
    bool dimming = false;
};

/** A problem of the project's check on one line of the page, underlined in the editor. */
struct EditorProblem
{
    /** 1-based. */
    int line = 0;
    QString message;
    bool error = false;
};

/** An entity a Markdown link can point to, for link completion. */
struct LinkTarget
{
    QString title;
    /** Absolute path of the entity's file. */
    QString filePath;
};

/**
 * The Markdown source editor: KSyntaxHighlighting's Markdown definition
 * (fenced code in its own language) in a theme that follows light/dark,
 * soft wrap, current-line highlight, optional line numbers, and link
 * completion (`[` then a few letters offers entities by title and inserts a
 * relative link to the file). With a spell checker, misspelled prose is
 * underlined (MarkdownHighlighter) and the context menu offers suggestions,
 * the word lists, the switch and the language.
 */
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    /** The colours: a light or dark theme, or the dark one with every text style at 7:1 or more. */
    enum class Look { Light, Dark, HighContrast };
    void setLook(Look look);
    [[nodiscard]] Look look() const { return m_look; }
    void setLineNumbersVisible(bool visible);
    [[nodiscard]] bool lineNumbersVisible() const { return m_lineNumbers; }
    /** Off for huge files or 1 MB lines, where highlighting would freeze the UI. */
    void setHighlightingEnabled(bool enabled);
    [[nodiscard]] bool highlightingEnabled() const;

    /** The project's spell checker (null: no checking). */
    void setSpellChecker(std::shared_ptr<SpellChecker> checker);
    /** Focus mode's column, typewriter scrolling and dimming. */
    void setFocusLook(const FocusLook &look);
    [[nodiscard]] FocusLook focusLook() const { return m_focus; }

    /** Entities offered by link completion, and the folder links are made relative to. */
    void setLinkTargets(const QList<LinkTarget> &targets, const QString &fileDir);

    /** Moves the cursor to a 1-based line and shows it. */
    void goToLine(int line);
    /** The 1-based line at the top of the viewport (for scroll sync). */
    [[nodiscard]] int firstVisibleLine() const;
    /** The same with the fraction of a wrapped line scrolled past (12.5: half of line 12 is above the top). */
    [[nodiscard]] double topLine() const;
    /** Scrolls so that `line` (1-based, fractions inside wrapped lines) is at the top; the cursor stays. */
    void scrollToLine(double line);
    /** Extra highlights (find matches) drawn below the current-line highlight. */
    void setSearchSelections(const QList<QTextEdit::ExtraSelection> &selections);

    /**
     * The check's problems on this page: their lines get a dotted underline (not spelling's
     * wave) and the message as tooltip.
     */
    void setProblems(const QList<EditorProblem> &problems);
    /** The problems on a 1-based line. */
    [[nodiscard]] QList<EditorProblem> problemsAt(int line) const;

    /** The gutter painting, called by the gutter widget. */
    void paintLineNumbers(QPaintEvent *event);
    [[nodiscard]] int lineNumberWidth() const;

Q_SIGNALS:
    void focusLost();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateGutter(const QRect &rect, int dy);
    void updateMargins();
    /** Looks up the unchecked words of the blocks on screen (after a pause in typing or scrolling). */
    void checkVisibleBlocks();
    void addSpellingActions(QMenu *menu, const Misspelling &misspelling);
    void replaceWord(const Misspelling &misspelling, const QString &replacement);
    void updateSelections();
    void applyTheme();
    void updateCompletion();
    void insertCompletion(const QModelIndex &index);

    MarkdownHighlighter *m_highlighter;
    std::shared_ptr<SpellChecker> m_spellChecker;
    QTimer *m_spellTimer;
    FocusLook m_focus;
    QWidget *m_gutter;
    QCompleter *m_completer;
    QStandardItemModel *m_completionModel;
    QString m_fileDir;
    QList<QTextEdit::ExtraSelection> m_searchSelections;
    Look m_look = Look::Light;
    QList<EditorProblem> m_problems;
    bool m_lineNumbers = true;
};

} // namespace storyloom
