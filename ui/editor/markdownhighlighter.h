// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QColor>

#include <memory>

namespace storyloom {

class SpellChecker;

/** A misspelled word in the editor's document: where it starts, its length, the word. */
struct Misspelling
{
    int position = 0;
    int length = 0;
    QString word;

    [[nodiscard]] bool isValid() const { return length > 0; }
};

/**
 * The editor's highlighter: KSyntaxHighlighting's Markdown definition, which also
 * says where prose is. Spans it reads as code (code spans, fenced and indented code,
 * whatever language a fence names), link targets and URLs, HTML and its comments,
 * front-matter keys and emoji shortcodes are marked as not prose; the words of the
 * rest are looked up in the spell checker's cache and misspellings get the red
 * underline. Words not looked up yet are left for checkBlocks(), which the editor
 * runs on the visible blocks after a pause: typing never waits for the dictionary.
 */
class MarkdownHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument *document);
    ~MarkdownHighlighter() override;

    /** A floor for the text styles' contrast against the editor's background (high contrast). */
    struct MinimumContrast
    {
        QColor background;
        /** WCAG contrast ratio; 0: the theme's colours as they are. */
        double ratio = 0.0;
    };
    /** Every style's text colour is lightened or darkened to the ratio, and drawn on the background. */
    void setMinimumContrast(const MinimumContrast &contrast);

    void setSpellChecker(std::shared_ptr<SpellChecker> checker);
    [[nodiscard]] SpellChecker *spellChecker() const { return m_checker.get(); }
    /** The underlined word at `position` of the document, if any. */
    [[nodiscard]] Misspelling misspellingAt(int position) const;
    /** Looks up the words of the blocks `first` to `last` not looked up yet, and underlines them. */
    void checkBlocks(const QTextBlock &first, const QTextBlock &last);

Q_SIGNALS:
    /** A block was highlighted with words the dictionary has not seen yet. */
    void uncheckedWords();

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;

private:
    void underlineMisspellings(const QString &text);

    std::shared_ptr<SpellChecker> m_checker;
    MinimumContrast m_contrast;
    /** Set by checkBlocks(): words not looked up yet are looked up now. */
    bool m_checkNow = false;
    /** The block being highlighted starts inside a fenced code block. */
    bool m_inFence = false;
    bool m_fenceLine = false;
    bool m_regionBegins = false;
    bool m_regionEnds = false;
};

} // namespace storyloom
