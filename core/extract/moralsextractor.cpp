// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/moralsextractor.h"

#include "core/util/text.h"

#include <algorithm>

namespace storyloom {

namespace {

/** A short line without sentence punctuation ("First attempt"): a heading, however it is written. */
bool isLabel(const QString &text)
{
    static const QString punctuation = QStringLiteral(".,;:!?");
    const QString simplified = text.simplified();
    return !simplified.isEmpty() && simplified.count(u' ') < 4
        && std::none_of(simplified.cbegin(), simplified.cend(), [](QChar c) { return punctuation.contains(c); });
}

QString normalisedWords(const QString &text)
{
    return foldedWordList(text).join(u' ');
}

} // namespace

MoralsExtractor::MoralsExtractor(const QString &marker, const QStringList &remarks)
    : m_marker(marker)
    , m_markerMatcher(marker, Qt::CaseInsensitive)
{
    for (const QString &pattern : remarks) {
        QRegularExpression remark(pattern, QRegularExpression::CaseInsensitiveOption);
        if (remark.isValid())
            m_remarks.append(remark);
    }
}

int MoralsExtractor::headingIndex(const ParsedDocument &document, const QString &marker)
{
    if (marker.isEmpty())
        return -1;
    for (int i = 0; i < document.headings.size(); ++i) {
        if (document.headings.at(i).text.contains(marker, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

QList<MoralsExtractor::Unit> MoralsExtractor::units(const ParsedDocument &document) const
{
    QList<Unit> found;
    if (m_marker.isEmpty())
        return found;
    const QList<ListItem> &items = document.listItems;
    const int heading = headingIndex(document, m_marker);
    if (heading >= 0) {
        // The section runs to the next heading of its level or above; deeper headings inside it are its parts.
        int end = int(document.headings.size());
        for (int h = heading + 1; h < document.headings.size(); ++h) {
            if (document.headings.at(h).level <= document.headings.at(heading).level) {
                end = h;
                break;
            }
        }
        const auto inSection = [&](int h) { return h >= heading && h < end; };
        for (int i = 0; i < items.size(); ++i) {
            const ListItem &item = items.at(i);
            if (inSection(item.heading) && (item.parent < 0 || !inSection(items.at(item.parent).heading)))
                found.append({ item.line, i, -1 });
        }
        // Only the morals heading's own paragraphs survive a trimmed parse (GraphBuilder::trim()).
        for (int p = 0; p < document.paragraphs.size(); ++p) {
            if (document.paragraphs.at(p).heading == heading)
                found.append({ document.paragraphs.at(p).line, -1, p });
        }
    } else {
        // Some stories write the FAQ as a list: "* **What are the morals of the story?**" with the morals nested below.
        for (int i = 0; i < items.size(); ++i) {
            if (m_markerMatcher.indexIn(items.at(i).text) < 0)
                continue;
            for (int j = i + 1; j < items.size(); ++j) {
                if (items.at(j).parent == i)
                    found.append({ items.at(j).line, j, -1 });
            }
            break;
        }
    }
    // A bullet that only names a part ("First attempt") stands for its nested items.
    for (int u = 0; u < found.size(); ++u) {
        const int item = found.at(u).item;
        if (item < 0 || !isLabel(items.at(item).text))
            continue;
        QList<Unit> children;
        for (int j = item + 1; j < items.size(); ++j) {
            if (items.at(j).parent == item)
                children.append({ items.at(j).line, j, -1 });
        }
        if (children.isEmpty())
            continue;
        found.remove(u);
        for (qsizetype c = 0; c < children.size(); ++c)
            found.insert(u + c, children.at(c));
        --u; // a child may itself be a label
    }
    std::stable_sort(found.begin(), found.end(), [](const Unit &a, const Unit &b) { return a.line < b.line; });
    return found;
}

bool MoralsExtractor::isRemark(const QString &text) const
{
    return std::any_of(m_remarks.cbegin(), m_remarks.cend(),
        [&](const QRegularExpression &remark) { return remark.match(text).hasMatch(); });
}

QList<Moral> MoralsExtractor::extract(const ParsedDocument &document) const
{
    QList<Moral> morals;
    for (const Unit &unit : units(document)) {
        Moral moral;
        moral.line = unit.line;
        if (unit.item >= 0) {
            const ListItem &item = document.listItems.at(unit.item);
            moral.text = item.text.simplified();
            moral.markdown = item.markdown;
        } else {
            const Paragraph &paragraph = document.paragraphs.at(unit.paragraph);
            moral.text = QString::fromUtf8(paragraph.text).simplified();
            moral.markdown = paragraph.text;
            // A paragraph that is a heading in bold, or that introduces the list below it.
            if (isLabel(moral.text) || moral.text.endsWith(u':'))
                continue;
        }
        if (moral.text.isEmpty() || isRemark(moral.text) || m_prompts.contains(normalisedWords(moral.text)))
            continue;
        morals.append(moral);
    }
    return morals;
}

void MoralsExtractor::addTemplate(const ParsedDocument &document)
{
    for (const Unit &unit : units(document)) {
        const QString text = unit.item >= 0 ? document.listItems.at(unit.item).text
                                            : QString::fromUtf8(document.paragraphs.at(unit.paragraph).text);
        const QString words = normalisedWords(text);
        if (!words.isEmpty())
            m_prompts.insert(words);
    }
}

} // namespace storyloom
