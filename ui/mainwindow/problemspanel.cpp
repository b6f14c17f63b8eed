// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/problemspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace storyloom {

namespace {
enum Column { SeverityColumn, FileColumn, LineColumn, MessageColumn };
constexpr int severityRole = Qt::UserRole + 1;
constexpr int pathRole = Qt::UserRole + 2;
constexpr int lineRole = Qt::UserRole + 3;
} // namespace

/** Keeps the rows of the chosen severity, containing the text, and (when asked) of the current page. */
class ProblemFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /** -1: every severity, else a Diagnostic::Severity. */
    int severity = -1;
    QString text;
    /** Non-empty: only this file's rows. */
    QString path;

    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, SeverityColumn, parent);
        if (severity >= 0 && first.data(severityRole).toInt() != severity)
            return false;
        if (!path.isEmpty() && first.data(pathRole).toString() != path)
            return false;
        if (text.isEmpty())
            return true;
        for (int column = 0; column < sourceModel()->columnCount(); ++column) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_filter(new ProblemFilter(this))
    , m_text(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_currentPage(new QCheckBox(tr("This page only"), this))
    , m_view(new QTreeView(this))
{
    m_model->setHorizontalHeaderLabels({ tr("Severity"), tr("File"), tr("Line"), tr("Message") });
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_text->setObjectName(QStringLiteral("problemsFilter"));
    m_text->setPlaceholderText(tr("Filter problems"));
    m_text->setAccessibleName(tr("Filter problems"));
    m_text->setClearButtonEnabled(true);
    m_severity->setObjectName(QStringLiteral("problemsSeverity"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("All"), -1);
    m_severity->addItem(tr("Errors"), int(Diagnostic::Severity::Error));
    m_severity->addItem(tr("Warnings"), int(Diagnostic::Severity::Warning));
    m_currentPage->setObjectName(QStringLiteral("problemsCurrentPage"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setAccessibleDescription(tr("Enter or a click goes to the problem; the context menu offers quick fixes."));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FileColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->text = text.trimmed();
        m_filter->refresh();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->severity = m_severity->currentData().toInt();
        m_filter->refresh();
    });
    connect(m_currentPage, &QCheckBox::toggled, this, [this] {
        m_filter->path = m_currentPage->isChecked() ? m_currentPath : QString();
        m_filter->refresh();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { activate(index, false); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) { activate(index, false); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Go to Problem"), this, [this, index] { activate(index, false); });
        menu.addAction(tr("Quick Fix…"), this, [this, index] { activate(index, true); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_severity);
    filters->addWidget(m_currentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

void ProblemsPanel::setSnapshot(const Snapshot &snapshot)
{
    m_model->removeRows(0, m_model->rowCount());
    if (!snapshot)
        return;
    int order = 0;
    for (const Diagnostic &d : snapshot->diagnostics()) {
        auto *severity = new QStandardItem(d.severity == Diagnostic::Severity::Error ? tr("Error")
                : d.severity == Diagnostic::Severity::Warning                        ? tr("Warning")
                                                                                     : tr("Note"));
        severity->setData(int(d.severity), severityRole);
        severity->setData(int(d.severity), Qt::UserRole);
        severity->setData(d.location.path, pathRole);
        severity->setData(d.location.line, lineRole);
        // File order then line: what `check` prints, and what sorting by file gives back.
        auto *file = new QStandardItem(d.location.path);
        file->setData(
            QString(d.location.path + QStringLiteral("\x1f%1").arg(order++, 8, 10, QLatin1Char('0'))), Qt::UserRole);
        auto *line = new QStandardItem(d.location.line > 0 ? QString::number(d.location.line) : QString());
        line->setData(d.location.line, Qt::UserRole);
        auto *message = new QStandardItem(d.message);
        message->setData(d.message, Qt::UserRole);
        message->setToolTip(d.format());
        QList<QStandardItem *> row { severity, file, line, message };
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    for (int column = SeverityColumn; column < MessageColumn; ++column)
        m_view->resizeColumnToContents(column);
}

void ProblemsPanel::setCurrentPath(const QString &path)
{
    m_currentPath = path;
    if (m_currentPage->isChecked()) {
        m_filter->path = path;
        m_filter->refresh();
    }
}

void ProblemsPanel::activate(const QModelIndex &index, bool quickFix)
{
    const QModelIndex first = index.siblingAtColumn(SeverityColumn);
    const QString path = first.data(pathRole).toString();
    const int line = first.data(lineRole).toInt();
    if (path.isEmpty())
        return;
    if (quickFix)
        Q_EMIT quickFixRequested(path, line);
    else
        Q_EMIT jumpRequested(path, line);
}

} // namespace storyloom
