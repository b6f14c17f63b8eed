// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/visionlog.h"

#include <QWidget>

class QChartView;
class QComboBox;

namespace storyloom {

/**
 * A small chart of the vision over time from the rows of VisionLog: entities
 * by type, pain points addressed and not, or goals by state, one line per
 * kind that was ever there.
 */
class VisionChart : public QWidget
{
    Q_OBJECT
public:
    explicit VisionChart(QWidget *parent = nullptr);

    /** The rows to draw, newest first (as VisionLog gives them). */
    void setRows(const std::vector<VisionLogRow> &rows);

    [[nodiscard]] QSize sizeHint() const override;

private:
    void rebuild();

    std::vector<VisionLogRow> m_rows;
    QComboBox *m_measure;
    QChartView *m_view;
};

} // namespace storyloom
