// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace storyloom {

/**
 * Finds pain points that say the same thing: equal once case, punctuation and
 * whitespace are normalised, or sharing at least a share `threshold` of their
 * words (Jaccard similarity of the word sets).
 */
class PainPointMerger
{
public:
    explicit PainPointMerger(double threshold = 0.8);

    /**
     * For each text, the index of the earliest text it is near (itself when
     * none before it is): texts that point at the same index say the same
     * thing. Earlier texts lead, so a group keeps its leader while any later
     * member changes. Only pairs that share one of their rarest words are
     * compared, so near-linear in the number of texts.
     */
    [[nodiscard]] QList<int> leaders(const QStringList &texts) const;

    /** The Jaccard similarity of two word lists' sets. */
    [[nodiscard]] static double similarity(const QStringList &a, const QStringList &b);

private:
    double m_threshold;
};

} // namespace storyloom
