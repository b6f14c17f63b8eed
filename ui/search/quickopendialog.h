// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace storyloom {

/**
 * Quick open (Ctrl+P): type a few letters of a title or id, pick with the
 * arrow keys, Enter opens. Matching is in memory over the snapshot, on
 * every keystroke (fast enough for tens of thousands of entities).
 */
class QuickOpenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuickOpenDialog(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    /** Clears the field and shows the dialog over its parent. */
    void popup();
    void setFilter(const QString &text);
    /** Ids listed, best first (tests). */
    [[nodiscard]] QStringList candidates() const;

Q_SIGNALS:
    void entityChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void choose();

    Snapshot m_snapshot;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace storyloom
