// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/diagnostic.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace storyloom {

/**
 * The YAML front matter of a Markdown file: where it is, what it says, and
 * on which line each top-level key stands (for diagnostics and for editing
 * one key without touching the others).
 */
struct FrontMatter
{
    bool present = false;
    /** Bytes of the whole block including both `---` lines; the body starts right after. */
    qsizetype blockLength = 0;
    /** Number of lines the block takes (0 when absent): body line N is file line N + lineCount. */
    int lineCount = 0;
    /** Top-level keys in file order, their values (strings, numbers, bools, string lists, maps), and lines. */
    QStringList keys;
    QVariantMap values;
    /** A handful of keys: a QMap allocates per key, a QHash a whole span (over 1 KB) for the first. */
    QMap<QString, int> keyLines;
    /** Set when the YAML does not parse (or is too large to expand), with its position in the file. */
    std::optional<Diagnostic> error;

    [[nodiscard]] QString string(const QString &key) const;
    /** A key's value as a list: a YAML sequence, or one scalar, or a comma-separated string. */
    [[nodiscard]] QStringList list(const QString &key) const;
};

/** Which YAML reader parseFrontMatter() uses. */
enum class YamlReader {
    /** The flat subset most front matter is written in (readSimpleYaml()) when it can, else yaml-cpp. */
    Fastest,
    /** yaml-cpp alone: for tests that hold the fast reader to it. */
    YamlCpp,
};

/** Where a file's front matter block ends: its bytes and lines, both 0 when there is none. */
struct FrontMatterExtent
{
    qsizetype bytes = 0;
    int lines = 0;
};

/** The extent of the front matter at the start of `file`, without reading its YAML. */
[[nodiscard]] FrontMatterExtent frontMatterExtent(const QByteArray &file);

/** Reads the front matter at the start of `file` (path is only for diagnostics). Pure; any thread. */
[[nodiscard]] FrontMatter parseFrontMatter(
    const QByteArray &file, const QString &path = {}, YamlReader reader = YamlReader::Fastest);

/**
 * Returns `file` with one top-level key set to `value` (string, number, or
 * string list), every other byte unchanged: the key's line (and its indented
 * continuation) is replaced in place, or appended at the end of the block, or
 * a new block is created when the file has none.
 */
[[nodiscard]] QByteArray setFrontMatterValue(const QByteArray &file, const QString &key, const QVariant &value);

/** Returns `file` without a top-level key (and its continuation lines); unchanged when absent. */
[[nodiscard]] QByteArray removeFrontMatterKey(const QByteArray &file, const QString &key);

/** A value written the way a person would write it in YAML (quoted only when needed, lists in flow style). */
[[nodiscard]] QByteArray yamlScalarOrList(const QVariant &value);

} // namespace storyloom
