// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/conflicttext.h"

#include "core/parse/conflictmarkers.h"

namespace storyloom {

namespace {
/** The label after a marker line's seven characters, without the line end. */
QString labelOf(const QString &line)
{
    return line.mid(7).trimmed();
}

ConflictChunk commonChunk(const QString &text)
{
    ConflictChunk chunk;
    chunk.common = text;
    return chunk;
}
} // namespace

ConflictText::ConflictText(const QString &text)
{
    const QList<ConflictRegion> regions = ConflictMarkers::find(text);
    // Lines with their ends, so that joining them gives back the text byte for byte.
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(u'\n', start);
        const qsizetype stop = end < 0 ? text.size() : end + 1;
        lines.append(text.mid(start, stop - start));
        start = stop;
    }
    const auto join = [&lines](int from, int to) { // 1-based lines [from, to)
        QString joined;
        for (int line = from; line < to && line - 1 < lines.size(); ++line)
            joined += lines[line - 1];
        return joined;
    };
    int next = 1;
    for (const ConflictRegion &region : regions) {
        if (region.begin > next)
            m_chunks.append(commonChunk(join(next, region.begin)));
        ConflictChunk chunk;
        chunk.conflict = true;
        chunk.line = region.begin;
        const int oursEnd = region.base != 0 ? region.base : region.separator;
        chunk.ours = join(region.begin + 1, oursEnd);
        if (region.base != 0)
            chunk.base = join(region.base + 1, region.separator);
        chunk.theirs = join(region.separator + 1, region.end);
        chunk.oursLabel = labelOf(lines[region.begin - 1]);
        chunk.theirsLabel = labelOf(lines[region.end - 1]);
        chunk.original = join(region.begin, region.end + 1);
        m_chunks.append(chunk);
        ++m_conflicts;
        next = region.end + 1;
    }
    if (next <= lines.size())
        m_chunks.append(commonChunk(join(next, int(lines.size()) + 1)));
}

QString ConflictText::resolved(const QList<ConflictChoice> &choices) const
{
    QString text;
    int index = 0;
    for (const ConflictChunk &chunk : m_chunks) {
        if (!chunk.conflict) {
            text += chunk.common;
            continue;
        }
        const ConflictChoice choice = index < choices.size() ? choices[index] : ConflictChoice::Undecided;
        ++index;
        switch (choice) {
        case ConflictChoice::Undecided:
            text += chunk.original;
            break;
        case ConflictChoice::Mine:
            text += chunk.ours;
            break;
        case ConflictChoice::Theirs:
            text += chunk.theirs;
            break;
        case ConflictChoice::Both:
            text += chunk.ours + chunk.theirs;
            break;
        }
    }
    return text;
}

} // namespace storyloom
