// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace storyloom {

/** One Markdown heading: its level (1-6), text and 1-based line. */
struct OutlineHeading
{
    int level = 1;
    QString text;
    int line = 0;
};

/**
 * The document outline: the heading tree of the buffer (ATX `#` headings
 * and setext underlines, not lines inside fenced code); clicking jumps.
 */
class OutlineView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlineView(QWidget *parent = nullptr);

    /** The headings of `text`, in order; front matter and code fences are skipped. */
    [[nodiscard]] static QList<OutlineHeading> headings(const QString &text);
    void setText(const QString &text);

Q_SIGNALS:
    void lineActivated(int line);

private:
    QList<OutlineHeading> m_shown;
};

} // namespace storyloom
