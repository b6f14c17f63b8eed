// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace storyloom {

/**
 * A spelling word list as a file: one word a line, UTF-8, sorted the same way on
 * every machine (ignoring case, then by code point), so that co-authors sharing a
 * project's list through Git get small diffs. The project's list is
 * `storyloom-words.txt` at its root (beside storyloom.yml or book.toml, never in an
 * mdBook's `src/`, so it is not published); the personal one is in the user's data folder.
 */
namespace WordList {

/** The project word list's file name, at the project's root. */
[[nodiscard]] QString projectFileName();

/** The words of a list file (empty when it does not exist); blank lines and `#` comments skipped. */
[[nodiscard]] QStringList read(const QString &path);

/** `words` as a list file's bytes: trimmed, duplicates dropped, sorted, one a line. */
[[nodiscard]] QByteArray toBytes(QStringList words);

/**
 * The YAML text `config` (storyloom.yml's bytes, maybe empty) with the top-level key
 * `key` set to the plain scalar `value`: its line replaced where it has one, else added
 * at the end. Every other byte stays as it was.
 */
[[nodiscard]] QByteArray withTopLevelScalar(const QByteArray &config, const QByteArray &key, const QByteArray &value);

} // namespace WordList

} // namespace storyloom
