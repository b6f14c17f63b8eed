// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/coveragematrix.h"

#include <QByteArray>
#include <optional>

namespace storyloom {

/** The file formats of the coverage matrix. */
enum class MatrixFormat { Csv, Svg, Markdown };

/** Which order the rows and columns are written in. */
enum class MatrixOrder { Book, ByTotal };

/**
 * Writes a coverage matrix: CSV (a header row of `id`, `title` and one
 * column per column entity by title, then one row per row entity), a
 * Markdown table, or an SVG grid whose empty rows and columns (gaps) are
 * tinted and which follows the reader's light or dark preference.
 */
class CoverageMatrixWriter
{
public:
    /** `csv`, `svg`, `md` (or `markdown`). */
    [[nodiscard]] static std::optional<MatrixFormat> formatFromName(QStringView name);
    [[nodiscard]] static QByteArray write(
        const CoverageMatrix &matrix, MatrixFormat format, MatrixOrder order = MatrixOrder::Book);
    [[nodiscard]] static QByteArray csv(const CoverageMatrix &matrix, MatrixOrder order = MatrixOrder::Book);
    [[nodiscard]] static QByteArray markdown(const CoverageMatrix &matrix, MatrixOrder order = MatrixOrder::Book);
    [[nodiscard]] static QByteArray svg(const CoverageMatrix &matrix, MatrixOrder order = MatrixOrder::Book);
};

} // namespace storyloom
