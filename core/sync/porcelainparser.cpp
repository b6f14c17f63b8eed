// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/porcelainparser.h"

#include <QList>

namespace storyloom {

bool RepositoryStatus::isClean() const
{
    for (const StatusEntry &e : entries) {
        if (e.kind != StatusEntry::Kind::Ignored)
            return false;
    }
    return true;
}

std::vector<const StatusEntry *> RepositoryStatus::conflicts() const
{
    std::vector<const StatusEntry *> result;
    for (const StatusEntry &e : entries) {
        if (e.isConflicted())
            result.push_back(&e);
    }
    return result;
}

const StatusEntry *RepositoryStatus::entry(const QString &path) const
{
    for (const StatusEntry &e : entries) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

namespace {

/** Splits off `count` space-separated fields; the rest of the record (a path may hold spaces) is the last element. */
std::optional<QList<QByteArray>> fields(const QByteArray &record, int count)
{
    QList<QByteArray> result;
    qsizetype start = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype space = record.indexOf(' ', start);
        if (space < 0)
            return std::nullopt;
        result.append(record.mid(start, space - start));
        start = space + 1;
    }
    result.append(record.mid(start));
    return result;
}

bool parseHeader(const QByteArray &record, RepositoryStatus &status)
{
    const QByteArray line = record.mid(2);
    if (line.startsWith("branch.oid ")) {
        const QByteArray oid = line.mid(11);
        status.head = oid == "(initial)" ? QString() : QString::fromLatin1(oid);
    } else if (line.startsWith("branch.head ")) {
        const QByteArray head = line.mid(12);
        status.detached = head == "(detached)";
        status.branch = status.detached ? QString() : QString::fromUtf8(head);
    } else if (line.startsWith("branch.upstream ")) {
        status.upstream = QString::fromUtf8(line.mid(16));
    } else if (line.startsWith("branch.ab ")) {
        const QList<QByteArray> parts = line.mid(10).split(' ');
        if (parts.size() != 2 || !parts[0].startsWith('+') || !parts[1].startsWith('-'))
            return false;
        bool okAhead = false, okBehind = false;
        status.ahead = parts[0].mid(1).toInt(&okAhead);
        status.behind = parts[1].mid(1).toInt(&okBehind);
        return okAhead && okBehind;
    }
    // Other headers (stash counts, future additions) are ignored.
    return true;
}

bool setStates(StatusEntry &entry, const QByteArray &xy)
{
    if (xy.size() != 2)
        return false;
    entry.index = xy[0];
    entry.worktree = xy[1];
    return true;
}

} // namespace

std::optional<RepositoryStatus> PorcelainParser::parse(const QByteArray &output)
{
    RepositoryStatus status;
    QList<QByteArray> records = output.split('\0');
    // The output ends with a NUL, leaving one empty record behind.
    if (!records.isEmpty() && records.last().isEmpty())
        records.removeLast();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QByteArray &record = records[i];
        if (record.size() < 2 || record[1] != ' ')
            return std::nullopt;
        StatusEntry entry;
        switch (record[0]) {
        case '#':
            if (!parseHeader(record, status))
                return std::nullopt;
            continue;
        case '1': {
            // 1 XY sub mH mI mW hH hI path
            const auto f = fields(record, 8);
            if (!f || !setStates(entry, (*f)[1]))
                return std::nullopt;
            entry.kind = StatusEntry::Kind::Changed;
            entry.path = QString::fromUtf8(f->last());
            break;
        }
        case '2': {
            // 2 XY sub mH mI mW hH hI Xscore path NUL origPath
            const auto f = fields(record, 9);
            if (!f || !setStates(entry, (*f)[1]) || i + 1 >= records.size())
                return std::nullopt;
            entry.kind = StatusEntry::Kind::Renamed;
            entry.path = QString::fromUtf8(f->last());
            entry.originalPath = QString::fromUtf8(records[++i]);
            break;
        }
        case 'u': {
            // u XY sub m1 m2 m3 mW h1 h2 h3 path
            const auto f = fields(record, 10);
            if (!f || !setStates(entry, (*f)[1]))
                return std::nullopt;
            entry.kind = StatusEntry::Kind::Unmerged;
            entry.path = QString::fromUtf8(f->last());
            break;
        }
        case '?':
        case '!':
            entry.kind = record[0] == '?' ? StatusEntry::Kind::Untracked : StatusEntry::Kind::Ignored;
            entry.index = entry.worktree = record[0];
            entry.path = QString::fromUtf8(record.mid(2));
            break;
        default:
            return std::nullopt;
        }
        if (entry.path.isEmpty())
            return std::nullopt;
        status.entries.push_back(std::move(entry));
    }
    return status;
}

} // namespace storyloom
