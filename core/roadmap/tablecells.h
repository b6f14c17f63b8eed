// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace storyloom::tablecells {

/**
 * The pieces the roadmap table writers share: finding a row's cells and
 * rewriting one cell's content the way a person would, keeping the bytes
 * around it. Internal to core/roadmap.
 */

/** A cell's content range within a row (between its pipes). */
struct Cell
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/** Byte range [start, end) of line `line` (1-based) without its line break. */
[[nodiscard]] std::optional<std::pair<qsizetype, qsizetype>> lineRange(const QByteArray &file, int line);
/** The lines of a file, without `\r`. */
[[nodiscard]] QStringList fileLines(const QByteArray &file);
/** The cells of a table row: pipes inside code spans or escaped with `\` do not split. */
[[nodiscard]] QList<Cell> splitRow(const QString &row);
/** True for a table's delimiter row (`| --- | :-: |`). */
[[nodiscard]] bool isDelimiterRow(const QString &row);
/** Replaces a cell's content, keeping the spacing around it (one space each side when it was blank). */
[[nodiscard]] QString withContent(const QString &cell, const QString &content);
/** Swaps the state emoji of a cell (or fills a blank cell with one). */
[[nodiscard]] QString rewriteState(const QString &cell, GoalState state);
/** Redraws the ▰▱ bar of a cell at its width (`defaultWidth` when it has none). */
[[nodiscard]] QString rewriteProgress(const QString &cell, double progress, int defaultWidth);
/** Escapes the pipes of a cell's text. */
[[nodiscard]] QString escapeCell(QString text);
/**
 * Owners as links `[name]` when the page defines a reference for every one of
 * them, else as plain names: readers take the links of a cell when it has
 * any, so a mix would lose the plain names.
 */
[[nodiscard]] QString ownerCell(const QStringList &owners, const QStringList &referenceLabels);

} // namespace storyloom::tablecells
