// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/painpointmerger.h"

#include "core/util/text.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace storyloom {

PainPointMerger::PainPointMerger(double threshold)
    : m_threshold(threshold)
{ }

double PainPointMerger::similarity(const QStringList &a, const QStringList &b)
{
    const QSet<QString> x(a.cbegin(), a.cend());
    const QSet<QString> y(b.cbegin(), b.cend());
    if (x.isEmpty() && y.isEmpty())
        return 1;
    qsizetype common = 0;
    for (const QString &word : x)
        common += y.contains(word) ? 1 : 0;
    return double(common) / double(x.size() + y.size() - common);
}

QList<int> PainPointMerger::leaders(const QStringList &texts) const
{
    QList<int> leader(texts.size());
    std::vector<QStringList> words(size_t(texts.size()));
    QHash<QString, int> frequency;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QStringList list = foldedWordList(texts.at(i));
        list.removeDuplicates();
        for (const QString &word : std::as_const(list))
            ++frequency[word];
        words[size_t(i)] = std::move(list);
    }
    // Prefix filtering: with the words of each text sorted rarest first, two texts whose
    // Jaccard similarity reaches the threshold share a word among the first
    // n - ceil(threshold * n) + 1 of each. Only texts sharing such a word are compared.
    const auto rarestFirst = [&](const QString &a, const QString &b) {
        const int fa = frequency.value(a), fb = frequency.value(b);
        return fa != fb ? fa < fb : a < b;
    };
    QHash<QString, QList<int>> byPrefixWord;
    QHash<QString, int> byNormalised;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        leader[i] = int(i);
        const QString normalised = foldedWordList(texts.at(i)).join(u' ');
        if (auto it = byNormalised.constFind(normalised); it != byNormalised.cend()) {
            leader[i] = leader.at(*it);
            continue;
        }
        byNormalised.insert(normalised, int(i));
        QStringList &list = words[size_t(i)];
        if (list.isEmpty())
            continue;
        std::sort(list.begin(), list.end(), rarestFirst);
        const qsizetype prefix = list.size() - qsizetype(std::ceil(m_threshold * double(list.size()))) + 1;
        QSet<int> candidates;
        for (qsizetype w = 0; w < std::min(prefix, list.size()); ++w) {
            for (int j : byPrefixWord.value(list.at(w)))
                candidates.insert(j);
        }
        int best = -1;
        for (int j : std::as_const(candidates)) {
            if ((best < 0 || j < best) && similarity(list, words[size_t(j)]) >= m_threshold)
                best = j;
        }
        if (best >= 0)
            leader[i] = leader.at(best);
        for (qsizetype w = 0; w < std::min(prefix, list.size()); ++w)
            byPrefixWord[list.at(w)].append(int(i));
    }
    return leader;
}

} // namespace storyloom
