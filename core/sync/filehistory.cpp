// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/filehistory.h"

#include "core/sync/gitrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace storyloom {

FileHistory::FileHistory(const QString &file)
    : m_file(QFileInfo(file).absoluteFilePath())
    , m_topLevel(GitRepository(QFileInfo(file).absolutePath()).topLevel())
{ }

std::vector<HistoryEntry> FileHistory::parseLog(const QByteArray &output)
{
    std::vector<HistoryEntry> entries;
    for (const QByteArray &record : output.split('\x1e')) {
        const QList<QByteArray> lines = record.trimmed().split('\n');
        if (lines.isEmpty() || lines.first().isEmpty())
            continue;
        const QList<QByteArray> fields = lines.first().split('\x1f');
        if (fields.size() != 5)
            continue;
        HistoryEntry entry;
        entry.commit = QString::fromLatin1(fields[0]);
        entry.parents = QString::fromLatin1(fields[1]).split(u' ', Qt::SkipEmptyParts);
        entry.author = QString::fromUtf8(fields[2]);
        entry.date = QDateTime::fromString(QString::fromLatin1(fields[3]), Qt::ISODate);
        entry.subject = QString::fromUtf8(fields[4]);
        for (qsizetype i = lines.size() - 1; i > 0; --i) {
            if (!lines[i].trimmed().isEmpty()) {
                entry.path = QString::fromUtf8(lines[i].trimmed());
                break;
            }
        }
        entries.push_back(entry);
    }
    return entries;
}

namespace {
const QString logFormat = QStringLiteral("--format=%x1e%H%x1f%P%x1f%an%x1f%aI%x1f%s");
} // namespace

std::vector<HistoryEntry> FileHistory::entries(int maximum) const
{
    if (m_topLevel.isEmpty())
        return {};
    GitRunOptions options;
    options.readOnly = true;
    const GitRepository git(m_topLevel);
    const QString relative = QDir(m_topLevel).relativeFilePath(m_file);
    // --follow finds the names the file had, but it leaves merges out: the log that lists the commits
    // runs without it, over every one of those names.
    const GitResult followed = git.run(
        { QStringLiteral("-c"), QStringLiteral("core.quotepath=off"), QStringLiteral("log"), QStringLiteral("--follow"),
            QStringLiteral("--name-only"), logFormat, QStringLiteral("--"), relative },
        options);
    if (!followed.ok())
        return {};
    QHash<QString, QString> pathOf;
    m_names = { relative };
    for (const HistoryEntry &entry : parseLog(followed.output)) {
        pathOf.insert(entry.commit, entry.path);
        if (!entry.path.isEmpty() && !m_names.contains(entry.path))
            m_names.append(entry.path);
    }
    const GitResult log
        = git.run(QStringList { QStringLiteral("-c"), QStringLiteral("core.quotepath=off"), QStringLiteral("log"),
                      QStringLiteral("--name-only"), QStringLiteral("--diff-merges=first-parent"), QStringLiteral("-n"),
                      QString::number(maximum), logFormat, QStringLiteral("--") }
                + m_names,
            options);
    if (!log.ok())
        return {};
    std::vector<HistoryEntry> entries = parseLog(log.output);
    QString newer = relative;
    for (HistoryEntry &entry : entries) {
        if (const auto known = pathOf.constFind(entry.commit); known != pathOf.cend() && !known->isEmpty())
            entry.path = *known;
        else if (entry.path.isEmpty() || !m_names.contains(entry.path))
            entry.path = newer; // a merge names no file when it changed none against its first parent
        newer = entry.path;
    }
    return entries;
}

QString FileHistory::diff(const HistoryEntry &entry, HistoryBase base) const
{
    GitRunOptions options;
    options.readOnly = true;
    const QStringList names = m_names.isEmpty() ? QStringList { entry.path } : m_names;
    QStringList arguments;
    if (base == HistoryBase::SecondParent && entry.parents.size() > 1) {
        arguments = { QStringLiteral("diff"), QStringLiteral("--find-renames"), entry.parents[1], entry.commit };
    } else {
        arguments = { QStringLiteral("show"), QStringLiteral("--format="), QStringLiteral("--patch"),
            QStringLiteral("--find-renames"),
            base == HistoryBase::Combined ? QStringLiteral("--diff-merges=dense-combined")
                                          : QStringLiteral("--diff-merges=first-parent"),
            entry.commit };
    }
    const GitResult r
        = GitRepository(m_topLevel).run(arguments + QStringList { QStringLiteral("--") } + names, options);
    return r.outputText();
}

std::optional<QByteArray> FileHistory::show(const QString &commit, const QString &path) const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult r
        = GitRepository(m_topLevel).run({ QStringLiteral("show"), commit + QLatin1Char(':') + path }, options);
    return r.ok() ? std::optional<QByteArray>(r.output) : std::nullopt;
}

std::optional<QByteArray> FileHistory::content(const HistoryEntry &entry) const
{
    return show(entry.commit, entry.path);
}

std::optional<QByteArray> FileHistory::parentContent(const HistoryEntry &entry, HistoryBase base) const
{
    const qsizetype which = base == HistoryBase::SecondParent ? 1 : 0;
    if (entry.parents.size() <= which)
        return std::nullopt;
    const QString &parent = entry.parents[which];
    if (const auto bytes = show(parent, entry.path))
        return bytes;
    // Renamed in this commit: the parent has it under an older name.
    for (const QString &name : m_names) {
        if (name == entry.path)
            continue;
        if (const auto bytes = show(parent, name))
            return bytes;
    }
    return std::nullopt;
}

SyncError FileHistory::restore(const HistoryEntry &entry) const
{
    const auto bytes = content(entry);
    if (!bytes)
        return SyncError::make(SyncError::Code::Other, entry.commit + QLatin1Char(':') + entry.path);
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return SyncError::make(SyncError::Code::Other, file.errorString());
    return {};
}

} // namespace storyloom
