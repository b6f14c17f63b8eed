// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/coveragematrix.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableWidget;
class QTextBrowser;

namespace storyloom {

/**
 * The coverage matrix mode of the Graph tab: a grid of two entity types
 * (characters × pain points through stories, pain points × goals, or any
 * two), each cell counting the paths between its row and column; rows and
 * columns without any are tinted as gaps; sorting by total; a click on a
 * cell lists the paths behind it with file:line; export as CSV or SVG.
 */
class CoverageMatrixWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageMatrixWidget(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    /** Shows the matrix of these options (and the choosers follow). */
    void setOptions(const CoverageOptions &options);
    [[nodiscard]] const CoverageMatrix &matrix() const { return m_matrix; }
    /** The rows and columns in the order shown (book order, or by total). */
    [[nodiscard]] const std::vector<int> &shownRows() const { return m_rows; }
    [[nodiscard]] const std::vector<int> &shownColumns() const { return m_columns; }
    /** Writes the matrix as CSV or SVG, by `path`'s suffix; returns an error message or nothing. */
    [[nodiscard]] std::optional<QString> exportTo(const QString &path) const;

Q_SIGNALS:
    void entitySelected(const QString &id);
    void openRequested(const QString &id);

private:
    void rebuild();
    void fill();
    void showPaths(int row, int column);
    void chooseExport();
    [[nodiscard]] CoverageOptions chosen() const;

    Snapshot m_snapshot;
    CoverageMatrix m_matrix;
    std::vector<int> m_rows;
    std::vector<int> m_columns;
    QComboBox *m_preset;
    QComboBox *m_rowType;
    QComboBox *m_columnType;
    QComboBox *m_through;
    QCheckBox *m_byTotal;
    QTableWidget *m_table;
    QTextBrowser *m_paths;
    bool m_updating = false;
};

} // namespace storyloom
