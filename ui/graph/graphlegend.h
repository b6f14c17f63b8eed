// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace storyloom {

/** The key to the graph: one swatch per entity type (and story kind), one line pattern per relation kind. */
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    explicit GraphLegend(QWidget *parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /** Rows and columns grow with the font, so large fonts are not clipped. */
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int columnWidth() const;
};

} // namespace storyloom
