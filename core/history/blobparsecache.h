// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/parsecache.h"

#include <QHash>

namespace storyloom {

/**
 * Parses of Git blobs, kept by blob id (with the path and the configuration
 * they were parsed under, which a parse also depends on): walking history
 * parses only the files a commit changed. The loader asks by path; which blob
 * a path holds is set per revision. The parses can be kept in a file of
 * Storyloom's cache folder between runs (open(), save()).
 */
class BlobParseCache : public ParseCache
{
public:
    /** The revision the next load reads: each path's blob id, and a key of its configuration files. */
    void setRevision(QHash<QString, QByteArray> blobs, QByteArray configKey);
    /** True when the parse of `path`'s blob in the current revision is kept. */
    [[nodiscard]] bool has(const QString &path) const;
    /** The same, and decodes the parse when it was read from the file, so a damaged one counts as not kept. */
    [[nodiscard]] bool ready(const QString &path);

    std::optional<ParsedDocument> findUnchanged(const QString &path, qint64 size, qint64 mtime) override;
    std::optional<ParsedDocument> findByHash(const QString &path, const QByteArray &hash) override;
    bool mayHave(const QString &path) const override { return has(path); }
    void store(const QString &path, qint64 size, qint64 mtime, const QByteArray &hash,
        const ParsedDocument &document) override;
    void retainOnly(const QStringList &paths) override;

    /** Reads the parses kept in `file`; a missing, damaged or older file is as good as empty. */
    void open(const QString &file);
    /** Writes the parses to the file open() read, atomically, when this run added some; false on an error. */
    bool save();

    /** How many parses are kept. */
    [[nodiscard]] qsizetype size() const { return m_parses.size() + m_stored.size(); }

private:
    [[nodiscard]] QByteArray key(const QString &path) const;

    QHash<QString, QByteArray> m_blobs;
    QByteArray m_configKey;
    QHash<QByteArray, ParsedDocument> m_parses;
    /** Parses read by open(), still encoded: decoded when a revision asks for one. */
    QHash<QByteArray, QByteArray> m_stored;
    QString m_file;
    bool m_added = false;
};

} // namespace storyloom
