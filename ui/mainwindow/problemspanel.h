// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QStandardItemModel;
class QTreeView;

namespace storyloom {

class ProblemFilter;

/**
 * The Problems panel: the project's diagnostics, the same list `storyloom-cli
 * check` prints, as a table (severity, file, line, message) that sorts by any
 * column and filters by severity, text and the page being edited. Enter or a
 * click asks to jump to the file and line; the context menu also offers the
 * quick fixes there. Filled again with each new snapshot of the index.
 */
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    /** The file being edited (relative to the root), for "This page only"; empty when none. */
    void setCurrentPath(const QString &path);

Q_SIGNALS:
    /** Go to a 1-based line of a file (relative to the project root). */
    void jumpRequested(const QString &path, int line);
    /** Go there and show the quick fixes for the problem. */
    void quickFixRequested(const QString &path, int line);

private:
    void activate(const QModelIndex &index, bool quickFix);

    QStandardItemModel *m_model;
    ProblemFilter *m_filter;
    QLineEdit *m_text;
    QComboBox *m_severity;
    QCheckBox *m_currentPage;
    QTreeView *m_view;
    QString m_currentPath;
};

} // namespace storyloom
