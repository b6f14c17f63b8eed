// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/filemarks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace storyloom {

namespace {
/** The project folder relative to the top level, ending with '/' (empty when they are the same folder). */
QString projectPrefix(const QString &topLevel, const QString &projectRoot)
{
    // Git reports its top level with symbolic links resolved; the project may have been opened through one.
    const QString top = QFileInfo(topLevel).canonicalFilePath();
    const QString root = QFileInfo(projectRoot).canonicalFilePath();
    const QString relative = QDir(top.isEmpty() ? topLevel : top).relativeFilePath(root.isEmpty() ? projectRoot : root);
    if (relative.isEmpty() || relative == u'.')
        return {};
    return relative + u'/';
}
} // namespace

FileMarks fileMarks(const RepositoryStatus &status, const QString &topLevel, const QString &projectRoot)
{
    FileMarks marks;
    const QString prefix = projectPrefix(topLevel, projectRoot);
    if (prefix.startsWith(QLatin1StringView("../")))
        return marks; // the project is not inside this repository
    for (const StatusEntry &entry : status.entries) {
        if (entry.kind == StatusEntry::Kind::Ignored || !entry.path.startsWith(prefix))
            continue;
        FileMark mark = FileMark::Modified;
        if (entry.isConflicted())
            mark = FileMark::Conflicted;
        else if (entry.isNew())
            mark = FileMark::New;
        else if (entry.isDeleted())
            continue; // nothing left on disk to show
        marks.insert(entry.path.mid(prefix.size()), mark);
    }
    return marks;
}

QString describe(FileMark mark)
{
    switch (mark) {
    case FileMark::New:
        return QCoreApplication::translate("FileMarks", "New: not synced yet");
    case FileMark::Modified:
        return QCoreApplication::translate("FileMarks", "Modified since the last sync");
    case FileMark::Conflicted:
        return QCoreApplication::translate("FileMarks", "Conflicted: changed on both sides, choose what to keep");
    }
    return {};
}

} // namespace storyloom
