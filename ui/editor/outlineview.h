// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/parse/parseddocument.h"

#include <QTreeWidget>

namespace storyloom {

/**
 * The document outline: the heading tree of the buffer, headings as
 * CommonMark reads them (scanHeadings()); clicking jumps.
 */
class OutlineView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlineView(QWidget *parent = nullptr);

    /** The headings of `text` (a whole file), in order; front matter and code are skipped. */
    [[nodiscard]] static QList<Heading> headings(const QString &text);
    void setText(const QString &text);

Q_SIGNALS:
    void lineActivated(int line);

private:
    QList<Heading> m_shown;
};

} // namespace storyloom
