// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace storyloom {

/** One unsaved buffer as the journal keeps it. */
struct JournalEntry
{
    /** The absolute path of the file the buffer belongs to. */
    QString filePath;
    /** The project folder it was opened from (to offer only a project's own entries). */
    QString projectRoot;
    /** The buffer's bytes, exactly (UTF-8 as typed). */
    QByteArray contents;
    /** When the buffer was journaled. */
    QDateTime written;
};

/**
 * The crash-recovery journal: a folder (by default
 * `QStandardPaths::AppDataLocation/recovery`) with one file per unsaved
 * buffer, each written atomically so a kill -9 at any moment leaves either
 * the previous or the new copy. An entry is removed once its buffer is saved
 * or deliberately discarded; whatever is left at start-up was lost by a crash.
 */
class RecoveryJournal
{
public:
    /** `directory` empty: the default folder under the application's data location. */
    explicit RecoveryJournal(QString directory = {});

    /** `AppDataLocation/recovery`, or `$STORYLOOM_RECOVERY_DIR` when set. */
    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] QString directory() const { return m_directory; }

    /** Stores (or replaces) the entry for `entry.filePath`. False with the reason in `lastError()` on failure. */
    bool write(const JournalEntry &entry);
    /** Forgets the entry of a file (after a save, or when the user drops it). */
    void discard(const QString &filePath);
    [[nodiscard]] std::optional<JournalEntry> entry(const QString &filePath) const;
    /** All entries, oldest first; with `projectRoot`, only that project's. */
    [[nodiscard]] QList<JournalEntry> entries(const QString &projectRoot = {}) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    [[nodiscard]] QString entryPath(const QString &filePath) const;
    [[nodiscard]] static std::optional<JournalEntry> read(const QString &journalFile);

    QString m_directory;
    QString m_lastError;
};

} // namespace storyloom
