// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/searcher.h"

#include <QStyledItemDelegate>

class QListWidgetItem;

namespace storyloom {

/**
 * Paints one search hit in two lines: the title with its type and
 * `path:line`, then the snippet with the matched words highlighted.
 */
class HitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, LineRole, LocationRole, SnippetRole, HighlightsRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    /** A list item carrying everything the delegate paints. */
    [[nodiscard]] static QListWidgetItem *makeItem(const SearchHit &hit);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace storyloom
