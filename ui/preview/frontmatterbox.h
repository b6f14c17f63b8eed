// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace storyloom {

/** A file's text cut into its YAML front matter (if any) and its Markdown body. */
struct FrontMatterSplit
{
    bool present = false;
    /** The YAML between the `---` fences, without them. */
    QString yaml;
    QString body;
    /** 1-based line of the file the body starts on (1 without front matter). */
    int bodyLine = 1;
};

/**
 * Reading front matter just well enough to show it: the full YAML reading
 * (with line numbers, for edits) is core's; the preview only needs a compact
 * box of `key: value` rows.
 */
class FrontMatterBox
{
public:
    [[nodiscard]] static FrontMatterSplit split(const QString &text);
    /** Top-level `key: value` pairs in file order; flow lists (`[a, b]`) and block lists read as "a, b". */
    [[nodiscard]] static QList<std::pair<QString, QString>> properties(const QString &yaml);
    /** The properties box (`<table class="properties">`), empty for empty YAML. */
    [[nodiscard]] static QString toHtml(const QString &yaml);
};

} // namespace storyloom
