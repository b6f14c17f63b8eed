// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/markdownhighlighter.h"

#include "ui/editor/spellchecker.h"
#include "ui/settings/apptheme.h"

#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace storyloom {

namespace {
/** Set on the character format of text that is not prose (code, link targets, markup). */
constexpr int notProseProperty = QTextFormat::UserProperty + 71;
/** The block state bit of a line inside a fenced code block. */
constexpr int inFenceState = 1;

/**
 * The formats of the Markdown definition (and of HTML inside it) that are no prose
 * although the definition lets Kate check them: code, comments, front-matter keys,
 * link and image targets, tags.
 */
bool isProse(const KSyntaxHighlighting::Format &format)
{
    if (!format.spellCheck())
        return false;
    static const QSet<QString> markup = { QStringLiteral("Code"), QStringLiteral("Fenced Code"),
        QStringLiteral("Comment"), QStringLiteral("Metadata Title"), QStringLiteral("Inline Image"),
        QStringLiteral("Inline Image: Link"), QStringLiteral("Reference Image"), QStringLiteral("Reference-Link"),
        QStringLiteral("Reference-Link ID"), QStringLiteral("Reference-Link Target"), QStringLiteral("Element"),
        QStringLiteral("Element Symbols"), QStringLiteral("Attribute"), QStringLiteral("Value"),
        QStringLiteral("Doctype"), QStringLiteral("Processing Instruction"), QStringLiteral("CDATA") };
    return !markup.contains(format.name());
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

/**
 * Calls `word(start, length)` for each word of `text` worth a dictionary: runs of
 * letters with apostrophes inside, where `prose(i)` holds for every character. Words
 * glued to digits, paths, addresses or identifiers, acronyms, inner capitals
 * ("mdBook") and single letters are left alone.
 */
template<typename Prose, typename Word> void forEachWord(const QString &text, Prose prose, Word word)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && (isWordChar(text[i]) || (isApostrophe(text[i]) && i + 1 < size && isWordChar(text[i + 1]))))
            ++i;
        const qsizetype end = i;
        const auto glued = [&text, size](qsizetype at, qsizetype next) {
            if (at < 0 || at >= size)
                return false;
            const QChar c = text[at];
            if (c.isDigit() || c == u'_' || c == u'/' || c == u'\\' || c == u'@' || c == u'#' || c == u'$' || c == u'=')
                return true;
            // "file.md", "example.com": a dot between letters.
            return c == u'.' && next >= 0 && next < size && text[next].isLetterOrNumber();
        };
        if (glued(start - 1, start - 2) || glued(end, end + 1))
            continue;
        const qsizetype length = end - start;
        if (length < 2)
            continue;
        bool upperInside = false;
        for (qsizetype k = start + 1; k < end && !upperInside; ++k)
            upperInside = text[k].isUpper();
        if (upperInside)
            continue;
        bool allProse = true;
        for (qsizetype k = start; k < end && allProse; ++k)
            allProse = prose(int(k));
        if (allProse)
            word(int(start), int(length));
    }
}

/** Whether each character of a laid-out block is prose, from the formats its highlighting left. */
QList<bool> proseMask(const QTextBlock &block)
{
    QList<bool> mask(block.length(), true);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (!range.format.boolProperty(notProseProperty))
            continue;
        for (int k = std::max(0, range.start); k < std::min(int(mask.size()), range.start + range.length); ++k)
            mask[k] = false;
    }
    return mask;
}
} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{ }

MarkdownHighlighter::~MarkdownHighlighter() = default;

void MarkdownHighlighter::setSpellChecker(std::shared_ptr<SpellChecker> checker)
{
    if (checker == m_checker)
        return;
    if (m_checker)
        disconnect(m_checker.get(), nullptr, this, nullptr);
    m_checker = std::move(checker);
    if (m_checker)
        connect(m_checker.get(), &SpellChecker::changed, this, [this] {
            if (document())
                rehighlight();
        });
    if (document() && !document()->isEmpty())
        rehighlight();
}

void MarkdownHighlighter::setMinimumContrast(const MinimumContrast &contrast)
{
    m_contrast = contrast;
}

void MarkdownHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
    if (length == 0)
        return;
    if (m_contrast.ratio > 0) {
        QTextCharFormat readable = QSyntaxHighlighter::format(offset);
        readable.clearBackground();
        if (readable.hasProperty(QTextFormat::ForegroundBrush))
            readable.setForeground(
                AppTheme::withContrast(readable.foreground().color(), m_contrast.background, m_contrast.ratio));
        setFormat(offset, length, readable);
    }
    if (format.name() == QLatin1String("Fenced Code"))
        m_fenceLine = true;
    bool prose = !m_inFence && isProse(format);
    // Front matter is keys, ids and comments; only a title is prose.
    if (prose && format.name() == QLatin1String("Metadata"))
        prose = currentBlock().text().startsWith(QLatin1String("title:"));
    if (prose)
        return;
    QTextCharFormat marked = QSyntaxHighlighter::format(offset);
    marked.setProperty(notProseProperty, true);
    setFormat(offset, length, marked);
}

void MarkdownHighlighter::applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region)
{
    KSyntaxHighlighting::SyntaxHighlighter::applyFolding(offset, length, region);
    if (region.type() == KSyntaxHighlighting::FoldingRegion::Begin)
        m_regionBegins = true;
    else if (region.type() == KSyntaxHighlighting::FoldingRegion::End)
        m_regionEnds = true;
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    // A fenced block's lines wear the formats of the language it names: only the fences
    // say where it starts and ends, so the block state carries "inside" from line to line.
    const int previous = previousBlockState();
    m_inFence = previous > 0 && (previous & inFenceState);
    m_fenceLine = m_regionBegins = m_regionEnds = false;
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    bool inFence = m_inFence;
    if (m_fenceLine)
        inFence = m_regionBegins && !m_regionEnds ? true : m_regionEnds && !m_regionBegins ? false : !m_inFence;
    setCurrentBlockState(inFence ? inFenceState : 0);
    m_inFence = false;
    underlineMisspellings(text);
}

void MarkdownHighlighter::underlineMisspellings(const QString &text)
{
    if (!m_checker || !m_checker->isActive())
        return;
    bool unchecked = false;
    forEachWord(
        text, [this](int i) { return !QSyntaxHighlighter::format(i).boolProperty(notProseProperty); },
        [this, &text, &unchecked](int start, int length) {
            const QString word = text.mid(start, length);
            SpellChecker::Verdict verdict = m_checker->cachedVerdict(word);
            if (verdict == SpellChecker::Verdict::Unchecked && m_checkNow)
                verdict
                    = m_checker->isCorrect(word) ? SpellChecker::Verdict::Correct : SpellChecker::Verdict::Misspelled;
            if (verdict == SpellChecker::Verdict::Unchecked)
                unchecked = true;
            if (verdict != SpellChecker::Verdict::Misspelled)
                return;
            for (int k = start; k < start + length; ++k) {
                QTextCharFormat underlined = QSyntaxHighlighter::format(k);
                underlined.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                underlined.setUnderlineColor(QColor(0xd0, 0x20, 0x20));
                setFormat(k, 1, underlined);
            }
        });
    if (unchecked)
        Q_EMIT uncheckedWords();
}

void MarkdownHighlighter::checkBlocks(const QTextBlock &first, const QTextBlock &last)
{
    if (!m_checker || !m_checker->isActive() || !document())
        return;
    // Only blocks with words the dictionary has not seen: the others are underlined already. All are
    // chosen before any is checked, as checking one fills the cache for the words of the next.
    QList<QTextBlock> unchecked;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QList<bool> mask = proseMask(block);
        bool found = false;
        const QString text = block.text();
        forEachWord(
            text, [&mask](int i) { return mask.value(i, true); },
            [this, &text, &found](int start, int length) {
                if (!found && m_checker->cachedVerdict(text.mid(start, length)) == SpellChecker::Verdict::Unchecked)
                    found = true;
            });
        if (found)
            unchecked.append(block);
        if (block == last)
            break;
    }
    m_checkNow = true;
    for (const QTextBlock &block : std::as_const(unchecked))
        rehighlightBlock(block);
    m_checkNow = false;
}

Misspelling MarkdownHighlighter::misspellingAt(int position) const
{
    if (!m_checker || !m_checker->isActive() || !document())
        return {};
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    const int inBlock = position - block.position();
    const QList<bool> mask = proseMask(block);
    const QString text = block.text();
    Misspelling found;
    forEachWord(
        text, [&mask](int i) { return mask.value(i, true); },
        [&](int start, int length) {
            if (inBlock < start || inBlock > start + length)
                return;
            const QString word = text.mid(start, length);
            if (m_checker->cachedVerdict(word) == SpellChecker::Verdict::Misspelled)
                found = { block.position() + start, length, word };
        });
    return found;
}

} // namespace storyloom
