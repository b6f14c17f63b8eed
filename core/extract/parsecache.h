// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/parse/parseddocument.h"

#include <optional>

namespace storyloom {

/**
 * Where the loader keeps parses between runs (the SQLite index implements
 * it), so unchanged files are not read or parsed again. The loader calls it
 * from its own thread only, never concurrently.
 */
class ParseCache
{
public:
    virtual ~ParseCache() = default;
    /**
     * The cached parse of `path` when its size and modification time are what they were.
     * It may come without its body (bodyLeftOut()) unless the body is read (ParsedDocument::bodyRead).
     */
    [[nodiscard]] virtual std::optional<ParsedDocument> findUnchanged(const QString &path, qint64 size, qint64 mtime)
        = 0;
    /** The cached parse of `path` when its bytes hash to `hash` (touched, not changed). */
    [[nodiscard]] virtual std::optional<ParsedDocument> findByHash(const QString &path, const QByteArray &hash) = 0;
    /**
     * False when the cache has nothing at all for `path`, so the loader can parse the
     * file as soon as it is read. Called from several threads at once.
     */
    [[nodiscard]] virtual bool mayHave(const QString &path) const
    {
        Q_UNUSED(path);
        return true;
    }
    /** Remembers a fresh parse. */
    virtual void store(
        const QString &path, qint64 size, qint64 mtime, const QByteArray &hash, const ParsedDocument &document)
        = 0;
    /** Called once per load with every path still present: entries of the others can go. */
    virtual void retainOnly(const QStringList &paths) = 0;
};

} // namespace storyloom
