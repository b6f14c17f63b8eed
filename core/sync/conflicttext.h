// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace storyloom {

/** A piece of a file with conflict markers: text both sides agree on, or one conflict with its versions. */
struct ConflictChunk
{
    bool conflict = false;
    /** The agreed text (when not a conflict), line ends included. */
    QString common;
    /** This computer's version, the other side's, and (diff3 style) the common ancestor's, line ends included. */
    QString ours;
    QString theirs;
    QString base;
    /** The labels Git wrote after the markers (`HEAD`, `origin/main`...). */
    QString oursLabel;
    QString theirsLabel;
    /** 1-based line of the `<<<<<<<` marker. */
    int line = 0;
    /** The marker lines and both versions exactly as in the file. */
    QString original;
};

/** What the author chose for one conflict. */
enum class ConflictChoice { Undecided, Mine, Theirs, Both };

/**
 * A file's text cut at its conflict markers (ConflictMarkers decides what
 * counts), and the text that results from a choice per conflict: every
 * other byte stays as it was, line ends included.
 */
class ConflictText
{
public:
    explicit ConflictText(const QString &text);

    [[nodiscard]] const QList<ConflictChunk> &chunks() const { return m_chunks; }
    [[nodiscard]] int conflictCount() const { return m_conflicts; }
    /** The text with one choice per conflict (in order; missing or Undecided ones keep their markers). */
    [[nodiscard]] QString resolved(const QList<ConflictChoice> &choices) const;

private:
    QList<ConflictChunk> m_chunks;
    int m_conflicts = 0;
};

} // namespace storyloom
