// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storyloom {

struct WriteResult;

/**
 * One user operation on the project (rename a page, move it, trash it, create
 * it, rename an id in every file) as the set of file changes it makes, with
 * every byte before and after. Applied and undone as one step through the
 * Writer, which refuses paths outside the open project. Before either, every
 * file is checked against the bytes the edit expects: when one changed on
 * disk meanwhile, nothing is changed and the refusal says which file.
 *
 * Built by the Writer's plan…() functions; the undo stacks of the GUI hold it.
 */
class ProjectEdit
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::ProjectEdit)
public:
    /** One file's part in a ProjectEdit, with the bytes on both sides so it can go either way. */
    struct Change
    {
        enum class Kind {
            Create, ///< `path` is written with `after`; undone by removing it
            Modify, ///< `path` goes from `before` to `after`
            Move, ///< `path` moves to `newPath`, its bytes going from `before` to `after`
            Trash ///< `path` (holding `before`) goes to the desktop trash
        };

        Kind kind = Kind::Modify;
        /** Relative to the project root; a move's old place. */
        QString path;
        /** A move's new place, relative to the project root. */
        QString newPath;
        QByteArray before;
        QByteArray after;
        /** Where the trash keeps the file once trashed (absolute); empty before. */
        QString trashedAt;
        /** Folders (relative) that applying created and undoing removes again when they are empty. */
        QStringList createdFolders;
    };

    ProjectEdit() = default;
    /** An empty edit of the project at `root`, named `text` for the Edit menu ("Rename page"). */
    ProjectEdit(QString root, QString text);
    /** An edit that cannot be made, and why. */
    [[nodiscard]] static ProjectEdit failure(QString error);

    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool isValid() const { return m_error.isEmpty() && !m_root.isEmpty(); }
    [[nodiscard]] bool isEmpty() const { return m_changes.isEmpty(); }
    [[nodiscard]] const QList<Change> &changes() const { return m_changes; }
    /** Every path the edit touches on either side, relative to the root, sorted. */
    [[nodiscard]] QStringList touchedPaths() const;
    /** The page the operation is about, where it is once applied (the moved page's new path). */
    [[nodiscard]] QString page() const { return m_page; }
    void setPage(const QString &page) { m_page = page; }

    /** The file's bytes once the changes so far are applied; nothing when it will not exist. */
    [[nodiscard]] std::optional<QByteArray> bytesAfter(const QString &path) const;
    /** Adds a new file. */
    void create(const QString &path, const QByteArray &bytes);
    /** Sets a file's bytes, merged with what the edit does to that file already; false when it cannot be read. */
    bool setBytes(const QString &path, const QByteArray &bytes);
    /**
     * Changes a file the caller read itself, from `before` (the bytes `after` was computed from) to
     * `after`, so applying refuses when the file no longer holds them. For a file the edit does not
     * touch yet; equal bytes are no change.
     */
    void modify(const QString &path, const QByteArray &before, const QByteArray &after);
    /** Moves a file (with what the edit wrote into it so far); false when it cannot be read. */
    bool move(const QString &path, const QString &newPath);
    /** Sends a file to the trash; false when it cannot be read. */
    bool trash(const QString &path);

    /** Why the edit cannot be applied now (a file is not as planned), or nothing. */
    [[nodiscard]] std::optional<QString> applyRefusal() const;
    /** Why the edit cannot be undone now (a file changed since it was applied), or nothing. */
    [[nodiscard]] std::optional<QString> undoRefusal() const;
    /** Applies the edit (also as redo); the result names page(). Changes nothing when refused. */
    [[nodiscard]] WriteResult apply();
    /** Undoes an applied edit, every file back to its bytes before. Changes nothing when refused. */
    [[nodiscard]] WriteResult undo();

private:
    enum class Direction { Forward, Backward };

    [[nodiscard]] std::optional<QString> refusal(Direction direction) const;
    [[nodiscard]] WriteResult run(Direction direction);
    [[nodiscard]] WriteResult step(Change &change, Direction direction) const;
    [[nodiscard]] std::optional<QByteArray> read(const QString &path) const;
    [[nodiscard]] int indexWriting(const QString &path) const;

    QString m_root;
    QString m_text;
    QString m_error;
    QString m_page;
    QList<Change> m_changes;
};

} // namespace storyloom
