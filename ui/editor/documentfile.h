// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace storyloom {

/** What opening a file found, beyond its text. */
struct OpenedText
{
    QString text;
    /** Set when the file cannot be opened at all (missing, unreadable, too large): a message for people. */
    QString error;
    /** The bytes are not valid UTF-8: shown with replacement characters and kept read-only. */
    bool invalidUtf8 = false;
    /** A line longer than `longLineLimit` characters: highlighting and wrapping are switched off. */
    bool longLines = false;
    /** Larger than `largeFileLimit`: opens with a warning and without highlighting. */
    bool large = false;
};

/**
 * The file behind one editor buffer: reads it without altering it, writes it
 * atomically through the core Writer (the application's one write path), keeps its line endings and BOM, and watches it
 * for changes by other programs. Changes this object wrote itself are not reported; anything else that makes the disk
 * differ from the last known bytes is (changedOnDisk, removedFromDisk).
 */
class DocumentFile : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 refuseLimit = 16 * 1024 * 1024;
    static constexpr qint64 largeFileLimit = 4 * 1024 * 1024;
    static constexpr qsizetype longLineLimit = 100'000;

    explicit DocumentFile(const QString &path, QObject *parent = nullptr);

    [[nodiscard]] QString path() const { return m_path; }
    /** The project the file belongs to: saves go through the core Writer, which refuses paths outside it. */
    void setProjectRoot(const QString &root);
    /** Reads the file; its bytes become the known disk state. */
    [[nodiscard]] OpenedText open();
    /** Writes `text` atomically (with the file's own line endings and BOM); nothing on success, else the reason. */
    [[nodiscard]] std::optional<QString> save(const QString &text);
    /** The bytes `text` would be saved as. */
    [[nodiscard]] QByteArray encode(const QString &text) const;
    /** The bytes last read from or written to disk. */
    [[nodiscard]] QByteArray knownBytes() const { return m_known; }
    /** The file's current bytes on disk (empty when it is gone). */
    [[nodiscard]] QByteArray readDisk() const;
    /** Decodes bytes the way open() does (for "take theirs" and compare). */
    [[nodiscard]] static QString decode(const QByteArray &bytes);
    /** Accepts the disk's current bytes as known (after "keep mine" the next save overwrites them knowingly). */
    void acceptDiskState();
    [[nodiscard]] bool existsOnDisk() const;

Q_SIGNALS:
    /** Another program changed the file; `bytes` is what is on disk now. */
    void changedOnDisk(const QByteArray &bytes);
    void removedFromDisk();

private:
    void watch();
    void check();

    QString m_path;
    /** Where the Writer resolves the file from; the file's own folder when there is no project. */
    QString m_root;
    QByteArray m_known;
    bool m_knownExists = false;
    bool m_crlf = false;
    bool m_bom = false;
    QFileSystemWatcher *m_watcher;
    QTimer *m_checkTimer;
};

} // namespace storyloom
