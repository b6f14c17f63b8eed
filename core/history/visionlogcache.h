// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace storyloom {

/**
 * The finished rows of VisionLog by commit id, kept in a file of Storyloom's
 * cache folder (never the project or its .git): a commit's counts never change,
 * so a second log of the same history reads them instead of loading each
 * revision. The file carries a fingerprint of what the counts are made with
 * beyond the commit (the extractor version, the built-in rules): a file made
 * under another one is not read.
 */
class VisionLogCache
{
public:
    /** The fingerprint of this build: the extractor version, the built-in rules and the file's format. */
    [[nodiscard]] static QByteArray currentFingerprint();
    /** The file the rows of the project at `projectRoot` are kept in. */
    [[nodiscard]] static QString file(const QString &projectRoot);

    /** Reads the rows kept in `file` when they were made under `fingerprint`; otherwise starts empty. */
    void open(const QString &file, const QByteArray &fingerprint = currentFingerprint());
    /** The counts kept for `commit` (a full id). */
    [[nodiscard]] std::optional<QJsonObject> find(const QString &commit) const;
    void insert(const QString &commit, const QJsonObject &counts);
    /** Writes the rows to the file open() read, atomically, when some were added; false on an error. */
    bool save();

    /** How many rows are kept. */
    [[nodiscard]] qsizetype size() const { return m_rows.size(); }

private:
    QString m_file;
    QByteArray m_fingerprint;
    /** Counts by commit id, as compact JSON: decoded only when asked for. */
    QHash<QByteArray, QByteArray> m_rows;
    bool m_added = false;
};

} // namespace storyloom
