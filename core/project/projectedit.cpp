// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectedit.h"

#include "core/project/writer.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace storyloom {

namespace {
/** The folders (relative, outermost first) that writing `path` under `root` would create. */
QStringList missingFolders(const QString &root, const QString &path)
{
    QStringList missing;
    for (QString folder = QFileInfo(path).path(); !folder.isEmpty() && folder != QLatin1String(".");
        folder = QFileInfo(folder).path()) {
        if (QFileInfo::exists(root + u'/' + folder))
            break;
        missing.prepend(folder);
    }
    return missing;
}

/**
 * Takes a file the trash keeps back out of it once its bytes are home again: the freedesktop
 * trash keeps a `.trashinfo` beside, which would list a file that is gone.
 */
void discardTrashed(const QString &trashedAt)
{
    if (trashedAt.isEmpty() || !QFile::remove(trashedAt))
        return;
    const QFileInfo file(trashedAt);
    if (QFileInfo(file.path()).fileName() == QLatin1String("files"))
        QFile::remove(
            QFileInfo(file.path()).path() + QStringLiteral("/info/") + file.fileName() + QStringLiteral(".trashinfo"));
}
} // namespace

ProjectEdit::ProjectEdit(QString root, QString text)
    : m_root(std::move(root))
    , m_text(std::move(text))
{ }

ProjectEdit ProjectEdit::failure(QString error)
{
    ProjectEdit edit;
    edit.m_error = std::move(error);
    return edit;
}

QStringList ProjectEdit::touchedPaths() const
{
    QStringList paths;
    for (const Change &change : m_changes) {
        paths.append(change.path);
        if (change.kind == Change::Kind::Move)
            paths.append(change.newPath);
    }
    paths.sort();
    paths.removeDuplicates();
    return paths;
}

std::optional<QByteArray> ProjectEdit::read(const QString &path) const
{
    QFile file(m_root + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

int ProjectEdit::indexWriting(const QString &path) const
{
    for (int i = int(m_changes.size()) - 1; i >= 0; --i) {
        const Change &change = m_changes.at(i);
        if ((change.kind == Change::Kind::Move ? change.newPath : change.path) == path)
            return i;
    }
    return -1;
}

std::optional<QByteArray> ProjectEdit::bytesAfter(const QString &path) const
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (it->kind == Change::Kind::Move && it->newPath == path)
            return it->after;
        if (it->path != path)
            continue;
        if (it->kind == Change::Kind::Move || it->kind == Change::Kind::Trash)
            return std::nullopt;
        return it->after;
    }
    return read(path);
}

void ProjectEdit::create(const QString &path, const QByteArray &bytes)
{
    Change change;
    change.kind = Change::Kind::Create;
    change.path = QDir::cleanPath(path);
    change.after = bytes;
    m_changes.append(change);
}

bool ProjectEdit::setBytes(const QString &path, const QByteArray &bytes)
{
    const QString clean = QDir::cleanPath(path);
    if (const int at = indexWriting(clean); at >= 0 && m_changes.at(at).kind != Change::Kind::Trash) {
        Change &change = m_changes[at];
        change.after = bytes;
        if (change.kind == Change::Kind::Modify && change.after == change.before)
            m_changes.removeAt(at);
        return true;
    }
    const std::optional<QByteArray> before = read(clean);
    if (!before)
        return false;
    if (*before == bytes)
        return true;
    Change change;
    change.kind = Change::Kind::Modify;
    change.path = clean;
    change.before = *before;
    change.after = bytes;
    m_changes.append(change);
    return true;
}

void ProjectEdit::modify(const QString &path, const QByteArray &before, const QByteArray &after)
{
    if (before == after)
        return;
    Change change;
    change.kind = Change::Kind::Modify;
    change.path = QDir::cleanPath(path);
    change.before = before;
    change.after = after;
    m_changes.append(change);
}

bool ProjectEdit::move(const QString &path, const QString &newPath)
{
    const QString from = QDir::cleanPath(path);
    const QString to = QDir::cleanPath(newPath);
    if (const int at = indexWriting(from); at >= 0) {
        Change &change = m_changes[at];
        switch (change.kind) {
        case Change::Kind::Create:
            change.path = to;
            return true;
        case Change::Kind::Modify:
            change.kind = Change::Kind::Move;
            change.newPath = to;
            return true;
        case Change::Kind::Move:
            change.newPath = to;
            return true;
        case Change::Kind::Trash:
            return false;
        }
    }
    const std::optional<QByteArray> bytes = read(from);
    if (!bytes)
        return false;
    Change change;
    change.kind = Change::Kind::Move;
    change.path = from;
    change.newPath = to;
    change.before = *bytes;
    change.after = *bytes;
    m_changes.append(change);
    return true;
}

bool ProjectEdit::trash(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (const int at = indexWriting(clean); at >= 0) {
        Change &change = m_changes[at];
        if (change.kind != Change::Kind::Modify)
            return false;
        change.kind = Change::Kind::Trash;
        change.after.clear();
        return true;
    }
    const std::optional<QByteArray> bytes = read(clean);
    if (!bytes)
        return false;
    Change change;
    change.kind = Change::Kind::Trash;
    change.path = clean;
    change.before = *bytes;
    m_changes.append(change);
    return true;
}

std::optional<QString> ProjectEdit::applyRefusal() const
{
    return refusal(Direction::Forward);
}

std::optional<QString> ProjectEdit::undoRefusal() const
{
    return refusal(Direction::Backward);
}

std::optional<QString> ProjectEdit::refusal(Direction direction) const
{
    if (!isValid())
        return m_error.isEmpty() ? tr("nothing to change") : m_error;
    const bool forward = direction == Direction::Forward;
    // Each file must hold what the edit left there (or found there): anything else is someone's later work.
    auto changed = [&](const QString &path) {
        return forward ? tr("%1 changed on disk since “%2” was planned; nothing was changed").arg(path, m_text)
                       : tr("%1 changed on disk since “%2”; nothing was undone").arg(path, m_text);
    };
    auto present = [&](const QString &path) {
        return forward ? tr("%1 already exists; nothing was changed").arg(path)
                       : tr("%1 was created since “%2”; nothing was undone").arg(path, m_text);
    };
    for (const Change &change : m_changes) {
        const bool exists = QFileInfo::exists(m_root + u'/' + change.path);
        switch (change.kind) {
        case Change::Kind::Create:
            if (forward && exists)
                return present(change.path);
            if (!forward && read(change.path) != change.after)
                return changed(change.path);
            break;
        case Change::Kind::Modify:
            if (read(change.path) != (forward ? change.before : change.after))
                return changed(change.path);
            break;
        case Change::Kind::Move: {
            const QString from = forward ? change.path : change.newPath;
            const QString to = forward ? change.newPath : change.path;
            if (read(from) != (forward ? change.before : change.after))
                return changed(from);
            if (QFileInfo::exists(m_root + u'/' + to))
                return present(to);
            break;
        }
        case Change::Kind::Trash:
            if (forward && read(change.path) != change.before)
                return changed(change.path);
            if (!forward && exists)
                return present(change.path);
            break;
        }
    }
    return std::nullopt;
}

WriteResult ProjectEdit::step(Change &change, Direction direction) const
{
    const bool forward = direction == Direction::Forward;
    switch (change.kind) {
    case Change::Kind::Create:
        if (forward) {
            change.createdFolders = missingFolders(m_root, change.path);
            return Writer::writeFile(m_root, change.path, change.after);
        }
        return Writer::removeFile(m_root, change.path);
    case Change::Kind::Modify:
        return Writer::writeFile(m_root, change.path, forward ? change.after : change.before);
    case Change::Kind::Move: {
        const QString from = forward ? change.path : change.newPath;
        const QString to = forward ? change.newPath : change.path;
        if (forward)
            change.createdFolders = missingFolders(m_root, to);
        WriteResult moved = Writer::moveFile(m_root, from, to);
        const QByteArray &bytes = forward ? change.after : change.before;
        if (moved.ok && change.before != change.after)
            moved = Writer::writeFile(m_root, to, bytes);
        return moved;
    }
    case Change::Kind::Trash:
        if (forward)
            return Writer::trashFile(m_root, change.path, &change.trashedAt);
        if (WriteResult restored = Writer::writeFile(m_root, change.path, change.before); !restored.ok)
            return restored;
        discardTrashed(change.trashedAt);
        change.trashedAt.clear();
        return WriteResult::success(change.path);
    }
    return WriteResult::failure(tr("unknown change"));
}

WriteResult ProjectEdit::run(Direction direction)
{
    if (const std::optional<QString> refused = refusal(direction)) {
        qCWarning(lcProject).noquote() << *refused;
        return WriteResult::failure(*refused);
    }
    const bool forward = direction == Direction::Forward;
    const Direction back = forward ? Direction::Backward : Direction::Forward;
    const int count = int(m_changes.size());
    for (int n = 0; n < count; ++n) {
        const int i = forward ? n : count - 1 - n;
        const WriteResult result = step(m_changes[i], direction);
        if (result.ok)
            continue;
        // Half an operation is worse than none: what this run did so far goes back.
        qCWarning(lcProject).noquote() << "rolling back" << m_text << "after:" << result.error;
        for (int k = n - 1; k >= 0; --k) {
            const int j = forward ? k : count - 1 - k;
            if (const WriteResult undone = step(m_changes[j], back); !undone.ok)
                qCWarning(lcProject).noquote() << "rollback failed:" << undone.error;
        }
        return result;
    }
    // Folders the edit made go with it; only empty ones, so nothing else is lost.
    if (!forward) {
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
            for (auto folder = it->createdFolders.crbegin(); folder != it->createdFolders.crend(); ++folder)
                QDir(m_root).rmdir(*folder);
        }
    }
    return WriteResult::success(m_page);
}

WriteResult ProjectEdit::apply()
{
    return run(Direction::Forward);
}

WriteResult ProjectEdit::undo()
{
    return run(Direction::Backward);
}

} // namespace storyloom
