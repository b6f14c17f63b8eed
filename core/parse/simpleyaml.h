// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace storyloom {

/** Top-level keys of a YAML mapping in file order, and their values as front matter keeps them. */
struct YamlEntries
{
    QStringList keys;
    QVariantMap values;
};

/**
 * Reads the flat YAML most front matter is written in, far faster than
 * yaml-cpp, which took a large part of a project's parse time: one
 * `key: value` per line, the value a plain scalar or a one-line flow list of
 * plain scalars (`[a, b]`), with blank lines and comments between and after.
 *
 * Anything else (quotes, block lists, nested maps, anchors, tags, colons or
 * hashes in values, tabs, repeated keys...) gives nullopt, and the caller
 * reads the text with yaml-cpp, which stays the authority: where this
 * answers, it answers exactly as yaml-cpp and the front matter converter do
 * (tests/model/test_simpleyaml holds it to that on generated inputs, and the
 * document fuzz target on any).
 */
[[nodiscard]] std::optional<YamlEntries> readSimpleYaml(QByteArrayView yaml);

/**
 * A plain (unquoted) YAML scalar as front matter keeps it: a number when it
 * reads as one and starts like one, a bool for `true`/`false`, else the text.
 * One rule for both readers.
 */
[[nodiscard]] QVariant plainYamlScalar(const QString &text);

} // namespace storyloom
