// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/frontmattermerge.h"

#include <QList>
#include <algorithm>
#include <vector>

namespace storyloom {

namespace {

/** One top-level key with all of its lines (the preamble before the first key has an empty name). */
struct KeyBlock
{
    QByteArray key;
    QByteArray text;
};

QList<QByteArray> linesWithEndings(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

bool isDelimiter(const QByteArray &line, const char *marker)
{
    return line.trimmed() == marker && line.startsWith(marker);
}

/** A line that starts a top-level key: text in column 0 that is not a comment, a list item or a document marker. */
std::optional<QByteArray> keyOf(const QByteArray &line)
{
    if (line.isEmpty())
        return std::nullopt;
    const char first = line[0];
    if (first == ' ' || first == '\t' || first == '#' || first == '-' || first == '\r' || first == '\n')
        return std::nullopt;
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    QByteArray key = line.left(colon).trimmed();
    if (key.size() >= 2 && (key.startsWith('"') || key.startsWith('\'')) && key.back() == key.front())
        key = key.mid(1, key.size() - 2);
    return key;
}

std::vector<KeyBlock> blocks(const QByteArray &yaml)
{
    std::vector<KeyBlock> result;
    for (const QByteArray &line : linesWithEndings(yaml)) {
        if (auto key = keyOf(line))
            result.push_back({ *key, line });
        else if (result.empty())
            result.push_back({ QByteArray(), line });
        else
            result.back().text += line;
    }
    return result;
}

const KeyBlock *find(const std::vector<KeyBlock> &list, const QByteArray &key)
{
    for (const KeyBlock &block : list) {
        if (block.key == key)
            return &block;
    }
    return nullptr;
}

QByteArray withEnding(QByteArray text)
{
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    return text;
}

} // namespace

std::optional<FrontMatterSplit> FrontMatterMerge::split(const QByteArray &text)
{
    const QList<QByteArray> lines = linesWithEndings(text);
    if (lines.isEmpty() || !isDelimiter(lines.first(), "---"))
        return std::nullopt;
    FrontMatterSplit result;
    result.opening = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (isDelimiter(lines[i], "---") || isDelimiter(lines[i], "...")) {
            result.closing = lines[i];
            for (qsizetype j = i + 1; j < lines.size(); ++j)
                result.body += lines[j];
            return result;
        }
        result.yaml += lines[i];
    }
    return std::nullopt;
}

TextMerge FrontMatterMerge::mergeYaml(const QByteArray &base, const QByteArray &ours, const QByteArray &theirs,
    const QByteArray &oursLabel, const QByteArray &theirsLabel)
{
    const std::vector<KeyBlock> baseBlocks = blocks(base);
    const std::vector<KeyBlock> ourBlocks = blocks(ours);
    const std::vector<KeyBlock> theirBlocks = blocks(theirs);

    // The merged value of one key; nothing when it is deleted.
    TextMerge result;
    auto merged = [&](const QByteArray &key) -> std::optional<QByteArray> {
        const KeyBlock *b = find(baseBlocks, key);
        const KeyBlock *o = find(ourBlocks, key);
        const KeyBlock *t = find(theirBlocks, key);
        auto text = [](const KeyBlock *block) { return block ? std::optional<QByteArray>(block->text) : std::nullopt; };
        const auto bt = text(b), ot = text(o), tt = text(t);
        if (ot == tt)
            return ot;
        if (ot == bt)
            return tt;
        if (tt == bt)
            return ot;
        result.conflictingKeys.append(QString::fromUtf8(key));
        return "<<<<<<< " + oursLabel + '\n' + withEnding(ot.value_or(QByteArray())) + "=======\n"
            + withEnding(tt.value_or(QByteArray())) + ">>>>>>> " + theirsLabel + '\n';
    };

    // Keys in our order, each followed by the keys that are new on their side right after it there.
    std::vector<QByteArray> order;
    auto contains
        = [&order](const QByteArray &key) { return std::find(order.begin(), order.end(), key) != order.end(); };
    for (const KeyBlock &block : ourBlocks)
        order.push_back(block.key);
    for (std::size_t i = 0; i < theirBlocks.size(); ++i) {
        const QByteArray &key = theirBlocks[i].key;
        if (contains(key))
            continue;
        auto at = order.begin();
        for (std::size_t j = i; j-- > 0;) {
            auto previous = std::find(order.begin(), order.end(), theirBlocks[j].key);
            if (previous != order.end()) {
                at = previous + 1;
                break;
            }
        }
        order.insert(at, key);
    }
    // A key deleted on both sides but still in the base stays deleted; nothing to add.

    QByteArray text;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (auto block = merged(order[i])) {
            // A block that was last in its file may lack a newline; it may not be last any more.
            text += withEnding(*block);
        }
    }
    result.text = text;
    return result;
}

} // namespace storyloom
