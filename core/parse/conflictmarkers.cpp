// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/conflictmarkers.h"

#include <type_traits>

namespace storyloom {

namespace {

constexpr qsizetype markerSize = 7;

enum class Marker { None, Begin, Base, Separator, End };

/** Code unit `i` of a line as a Latin-1 character (anything else as 0): markers and fences are ASCII. */
template<typename Line> char at(Line line, qsizetype i)
{
    if (i >= line.size())
        return 0;
    const auto c = line[i];
    if constexpr (std::is_same_v<Line, QStringView>)
        return c.unicode() < 128 ? char(c.unicode()) : 0;
    else
        return c;
}

template<typename Line> Marker markerOf(Line line)
{
    const char first = at(line, 0);
    if (first != '<' && first != '|' && first != '=' && first != '>')
        return Marker::None;
    for (qsizetype i = 1; i < markerSize; ++i) {
        if (at(line, i) != first)
            return Marker::None;
    }
    const char next = at(line, markerSize);
    if (first == '=') {
        // Git writes the separator alone on its line.
        for (qsizetype i = markerSize; i < line.size(); ++i) {
            const char c = at(line, i);
            if (c != ' ' && c != '\t' && c != '\r')
                return Marker::None;
        }
        return Marker::Separator;
    }
    // The others carry a label after a space (or nothing): a longer run of the same character is not a marker.
    if (next != 0 && next != ' ' && next != '\t' && next != '\r')
        return Marker::None;
    if (line.size() > markerSize && next == 0)
        return Marker::None; // a non-ASCII character right after the run
    return first == '<' ? Marker::Begin : first == '|' ? Marker::Base : first == '=' ? Marker::Separator : Marker::End;
}

/** CommonMark fences: up to three spaces, then three or more backticks or tildes. */
struct Fence
{
    char character = 0;
    qsizetype length = 0;
};

template<typename Line> Fence fenceOf(Line line)
{
    qsizetype i = 0;
    while (i < 3 && at(line, i) == ' ')
        ++i;
    const char c = at(line, i);
    if (c != '`' && c != '~')
        return {};
    qsizetype length = 0;
    while (at(line, i + length) == c)
        ++length;
    return length >= 3 ? Fence { c, length } : Fence {};
}

template<typename Line> bool closes(Line line, const Fence &open)
{
    const Fence fence = fenceOf(line);
    if (fence.character != open.character || fence.length < open.length)
        return false;
    // Only blanks may follow a closing fence.
    qsizetype i = 0;
    while (at(line, i) == ' ')
        ++i;
    for (i += fence.length; i < line.size(); ++i) {
        const char c = at(line, i);
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

template<typename View> QList<ConflictRegion> findIn(View text)
{
    QList<ConflictRegion> regions;
    Fence fence;
    // Each side of a conflict may open or close a fence of its own: after the region the fence is as before it.
    Fence fenceBefore;
    ConflictRegion open;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype stop = -1;
        if constexpr (std::is_same_v<View, QStringView>)
            stop = text.indexOf(QLatin1Char('\n'), start);
        else
            stop = text.indexOf('\n', start);
        if (stop < 0)
            stop = text.size();
        const View line = text.sliced(start, stop - start);
        ++lineNumber;
        start = stop + 1;

        const Marker marker = markerOf(line);
        if (open.begin == 0) {
            if (fence.character != 0) {
                if (closes(line, fence))
                    fence = {};
            } else if (marker == Marker::Begin) {
                open.begin = lineNumber;
                fenceBefore = fence;
            } else if (const Fence opening = fenceOf(line); opening.character != 0) {
                fence = opening;
            }
            continue;
        }
        switch (marker) {
        case Marker::Begin:
            // A second opening marker before the first closed: only the later one can still be whole.
            open = {};
            open.begin = lineNumber;
            break;
        case Marker::Base:
            if (open.separator == 0 && open.base == 0)
                open.base = lineNumber;
            break;
        case Marker::Separator:
            if (open.separator == 0)
                open.separator = lineNumber;
            break;
        case Marker::End:
            if (open.separator != 0) {
                open.end = lineNumber;
                regions.append(open);
            }
            open = {};
            fence = fenceBefore;
            break;
        case Marker::None:
            break;
        }
    }
    return regions;
}

} // namespace

QList<ConflictRegion> ConflictMarkers::find(QStringView text)
{
    if (!text.contains(QLatin1StringView("<<<<<<<")))
        return {};
    return findIn(text);
}

QList<ConflictRegion> ConflictMarkers::find(QByteArrayView text)
{
    if (!text.contains(QByteArrayView("<<<<<<<")))
        return {};
    return findIn(text);
}

} // namespace storyloom
