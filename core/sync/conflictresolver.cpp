// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/conflictresolver.h"

#include "core/project/writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace storyloom {

ConflictResolver::ConflictResolver(QString topLevel)
    : m_git(topLevel)
    , m_topLevel(std::move(topLevel))
{ }

bool ConflictResolver::isMerging() const
{
    GitRunOptions options;
    options.readOnly = true;
    return m_git
        .run({ QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
                 QStringLiteral("MERGE_HEAD") },
            options)
        .ok();
}

QStringList ConflictResolver::conflictedPaths() const
{
    GitRunOptions options;
    options.readOnly = true;
    const GitResult result = m_git.run({ QStringLiteral("diff"), QStringLiteral("--name-only"),
                                           QStringLiteral("--diff-filter=U"), QStringLiteral("-z") },
        options);
    QStringList paths;
    for (const QByteArray &path : result.output.split('\0')) {
        if (!path.isEmpty() && !paths.contains(QString::fromUtf8(path)))
            paths.append(QString::fromUtf8(path));
    }
    return paths;
}

ConflictVersions ConflictResolver::versions(const QString &path) const
{
    ConflictVersions result;
    result.path = path;
    GitRunOptions options;
    options.readOnly = true;
    auto stage = [&](int number) -> std::optional<QByteArray> {
        const GitResult r
            = m_git.run({ QStringLiteral("show"), QStringLiteral(":%1:%2").arg(number).arg(path) }, options);
        return r.ok() ? std::optional<QByteArray>(r.output) : std::nullopt;
    };
    result.base = stage(1);
    result.ours = stage(2);
    result.theirs = stage(3);
    QFile file(QDir(m_topLevel).filePath(path));
    if (file.open(QIODevice::ReadOnly))
        result.working = file.readAll();
    return result;
}

std::optional<TextMerge> ConflictResolver::mergeText(
    const QByteArray &base, const QByteArray &ours, const QByteArray &theirs) const
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return std::nullopt;
    const QStringList names = { QStringLiteral("local"), QStringLiteral("base"), QStringLiteral("remote") };
    const QByteArray contents[] = { ours, base, theirs };
    for (int i = 0; i < 3; ++i) {
        QFile file(dir.filePath(names[i]));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents[i]) != contents[i].size())
            return std::nullopt;
    }
    GitRepository git(dir.path());
    const GitResult r = git.run({ QStringLiteral("merge-file"), QStringLiteral("-p"), QStringLiteral("-L"), names[0],
        QStringLiteral("-L"), names[1], QStringLiteral("-L"), names[2], names[0], names[1], names[2] });
    // merge-file exits with the number of conflicts, or a negative value on errors.
    if (!r.started || r.crashed || r.exitCode < 0 || r.exitCode > 127)
        return std::nullopt;
    TextMerge merge;
    merge.text = r.output;
    if (r.exitCode > 0)
        merge.conflictingKeys.append(QStringLiteral("body"));
    return merge;
}

bool ConflictResolver::autoMerge(const QString &path)
{
    const ConflictVersions v = versions(path);
    if (!v.ours || !v.theirs)
        return false; // deleted on one side: only the author can decide
    const QByteArray base = v.base.value_or(QByteArray());
    const auto ours = FrontMatterMerge::split(*v.ours);
    const auto theirs = FrontMatterMerge::split(*v.theirs);
    if (!ours || !theirs)
        return false; // git's own line merge already did what can be done
    const auto baseSplit = FrontMatterMerge::split(base);
    const TextMerge yaml
        = FrontMatterMerge::mergeYaml(baseSplit ? baseSplit->yaml : QByteArray(), ours->yaml, theirs->yaml);
    const auto body = mergeText(baseSplit ? baseSplit->body : QByteArray(), ours->body, theirs->body);
    if (!body)
        return false;
    const QByteArray text = ours->opening + yaml.text + ours->closing + body->text;
    if (yaml.isClean() && body->isClean())
        return !writeAndStage(path, text).isError();
    // Leave the best merge on disk (markers only where both sides differ); the stages keep both versions.
    // A failed write leaves git's own merge on disk, which still holds both versions.
    (void)Writer::writeFile(m_topLevel, path, text);
    return false;
}

SyncError ConflictResolver::takeOurs(const QString &path)
{
    return takeSide(path, 2);
}

SyncError ConflictResolver::takeTheirs(const QString &path)
{
    return takeSide(path, 3);
}

SyncError ConflictResolver::takeSide(const QString &path, int stage)
{
    const ConflictVersions v = versions(path);
    return writeAndStage(path, stage == 2 ? v.ours : v.theirs);
}

SyncError ConflictResolver::writeMerged(const QString &path, const QByteArray &text)
{
    return writeAndStage(path, text);
}

SyncError ConflictResolver::writeAndStage(const QString &path, const std::optional<QByteArray> &text)
{
    const QString absolute = QDir(m_topLevel).filePath(path);
    if (!text) {
        // The chosen side deleted the file.
        const GitResult r = m_git.run({ QStringLiteral("rm"), QStringLiteral("--quiet"), QStringLiteral("--"), path });
        if (!r.ok() && QFileInfo::exists(absolute))
            return SyncError::fromGit(r);
        return {};
    }
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    if (const WriteResult written = Writer::writeFile(m_topLevel, path, *text); !written.ok)
        return SyncError::make(SyncError::Code::Other, written.error);
    return markResolved(path);
}

SyncError ConflictResolver::markResolved(const QString &path)
{
    return SyncError::fromGit(m_git.run({ QStringLiteral("add"), QStringLiteral("--"), path }));
}

SyncError ConflictResolver::abort()
{
    return SyncError::fromGit(m_git.run({ QStringLiteral("merge"), QStringLiteral("--abort") }));
}

SyncError ConflictResolver::finish()
{
    if (!conflictedPaths().isEmpty())
        return SyncError::make(SyncError::Code::Conflicts);
    return SyncError::fromGit(m_git.run({ QStringLiteral("commit"), QStringLiteral("--no-edit") }));
}

} // namespace storyloom
