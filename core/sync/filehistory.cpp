// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/filehistory.h"

#include "sync/gitrepository.h"

#include <QDir>
#include <QFileInfo>
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
        if (fields.size() != 4)
            continue;
        HistoryEntry entry;
        entry.commit = QString::fromLatin1(fields[0]);
        entry.author = QString::fromUtf8(fields[1]);
        entry.date = QDateTime::fromString(QString::fromLatin1(fields[2]), Qt::ISODate);
        entry.subject = QString::fromUtf8(fields[3]);
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

std::vector<HistoryEntry> FileHistory::entries(int maximum) const
{
    if (m_topLevel.isEmpty())
        return {};
    GitRunOptions options;
    options.readOnly = true;
    const GitResult r = GitRepository(m_topLevel)
                            .run({ QStringLiteral("-c"), QStringLiteral("core.quotepath=off"), QStringLiteral("log"),
                                     QStringLiteral("--follow"), QStringLiteral("--name-only"), QStringLiteral("-n"),
                                     QString::number(maximum), QStringLiteral("--format=%x1e%H%x1f%an%x1f%aI%x1f%s"),
                                     QStringLiteral("--"), QDir(m_topLevel).relativeFilePath(m_file) },
                                options);
    return r.ok() ? parseLog(r.output) : std::vector<HistoryEntry> {};
}

QString FileHistory::diff(const HistoryEntry &entry) const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult r = GitRepository(m_topLevel)
                            .run({ QStringLiteral("show"), QStringLiteral("--format="), QStringLiteral("--patch"),
                                     QStringLiteral("--find-renames"), entry.commit, QStringLiteral("--"), entry.path },
                                options);
    return r.outputText();
}

std::optional<QByteArray> FileHistory::content(const HistoryEntry &entry) const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult r = GitRepository(m_topLevel)
                            .run({ QStringLiteral("show"), entry.commit + QLatin1Char(':') + entry.path }, options);
    return r.ok() ? std::optional<QByteArray>(r.output) : std::nullopt;
}

SyncError FileHistory::restore(const HistoryEntry &entry) const
{
    const auto bytes = content(entry);
    if (!bytes)
        return SyncError::make(SyncError::Kind::Other, entry.commit + QLatin1Char(':') + entry.path);
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return SyncError::make(SyncError::Kind::Other, file.errorString());
    return {};
}

} // namespace storyloom
