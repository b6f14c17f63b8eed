// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roadmap/roadmapview.h"

#include "core/project/project.h"
#include "core/project/writer.h"
#include "core/roadmap/roadmapeditor.h"
#include "ui/roadmap/roadmapdelegate.h"
#include "ui/roadmap/roadmapexportdialog.h"
#include "ui/roadmap/roadmapfiltermodel.h"
#include "ui/roadmap/roadmapmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace storyloom {

namespace {
/** One roadmap edit on the stack; it was applied before it was pushed. */
class RoadmapEditCommand : public QUndoCommand
{
public:
    RoadmapEditCommand(ProjectEdit edit, std::function<void(const WriteResult &)> done)
        : QUndoCommand(edit.text())
        , m_edit(std::move(edit))
        , m_done(std::move(done))
    { }
    void redo() override
    {
        if (!std::exchange(m_applied, false))
            m_done(m_edit.apply());
    }
    void undo() override { m_done(m_edit.undo()); }

private:
    ProjectEdit m_edit;
    std::function<void(const WriteResult &)> m_done;
    bool m_applied = true;
};
} // namespace

RoadmapView::RoadmapView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new RoadmapModel(this))
    , m_filter(new RoadmapFilterModel(this))
    , m_undo(new QUndoStack(this))
{
    // Named for findChild (tests, scripts).
    m_model->setObjectName(QStringLiteral("roadmapModel"));
    m_filter->setObjectName(QStringLiteral("roadmapFilter"));
    m_undo->setObjectName(QStringLiteral("roadmapUndo"));
    m_filter->setSourceModel(m_model);

    auto *toolbar = new QToolBar(this);
    toolbar->setAccessibleName(tr("Roadmap tools"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), -1);
    for (GoalState state : allGoalStates)
        m_stateFilter->addItem(stateEmoji(state) + u' ' + displayName(state), int(state));
    m_stateFilter->setToolTip(tr("Show only goals in this state"));
    m_stateFilter->setAccessibleName(tr("Show only goals in this state"));
    // The popup's rows read the state in words, not the emoji's name.
    for (int i = 1; i < m_stateFilter->count(); ++i)
        m_stateFilter->setItemData(
            i, displayName(GoalState(m_stateFilter->itemData(i).toInt())), Qt::AccessibleTextRole);
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setEditable(true);
    m_ownerFilter->setMinimumWidth(160);
    m_ownerFilter->lineEdit()->setPlaceholderText(tr("Any owner"));
    m_ownerFilter->setToolTip(tr("Show only goals with this owner"));
    m_ownerFilter->setAccessibleName(tr("Show only goals with this owner"));
    m_ownerFilter->lineEdit()->setAccessibleName(m_ownerFilter->accessibleName());
    toolbar->addWidget(new QLabel(tr("State:"), this));
    toolbar->addWidget(m_stateFilter);
    toolbar->addWidget(new QLabel(tr(" Owner:"), this));
    toolbar->addWidget(m_ownerFilter);
    toolbar->addSeparator();
    // The keys are the window's Edit > Undo and Redo, which act on this stack while the view has focus.
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    m_editing = { undo, redo,
        toolbar->addAction(tr("Regenerate Overview Table…"), this, &RoadmapView::regenerateOverviewTable) };
    toolbar->addAction(tr("Export…"), this, &RoadmapView::exportRoadmap);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("roadmapTree"));
    m_tree->setAccessibleName(tr("Roadmap"));
    m_tree->setAccessibleDescription(
        tr("Goals and their initiatives; F2 edits a state, progress or owners cell, Enter on a title opens it."));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new RoadmapDelegate(this));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(RoadmapModel::Deliverable, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(RoadmapModel::Deliverable, 320);
    m_tree->header()->resizeSection(RoadmapModel::State, 140);
    m_tree->header()->resizeSection(RoadmapModel::Progress, 150);
    m_tree->header()->resizeSection(RoadmapModel::Owners, 160);
    m_tree->header()->resizeSection(RoadmapModel::PainPoints, 220);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("roadmapMessage"));
    m_message->setAccessibleName(tr("Roadmap message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional<GoalState>(GoalState(state)));
        m_tree->expandAll();
    });
    connect(m_ownerFilter, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_filter->setOwnerFilter(text);
        m_tree->expandAll();
    });
    connect(m_model, &RoadmapModel::editRequested, this, &RoadmapView::applyEdit);
    connect(m_tree, &QTreeView::clicked, this, &RoadmapView::onClicked);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == RoadmapModel::Deliverable)
            Q_EMIT openEntityRequested(index.data(RoadmapModel::IdRole).toString());
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &RoadmapView::showContextMenu);
    if (m_project) {
        // Edits of the previous project are not undone (or redone) into it once another one is open.
        connect(m_project, &Project::opened, this, [this] {
            m_undo->clear();
            showMessage(QString(), MessageKind::Notice);
            setSnapshot(nullptr);
        });
        connect(m_project, &Project::snapshotChanged, this, [this](const Snapshot &snapshot) {
            if (!m_override)
                setSnapshot(snapshot);
        });
        if (m_project->snapshot())
            setSnapshot(m_project->snapshot());
    }
}

void RoadmapView::setSnapshotOverride(const Snapshot &snapshot)
{
    m_override = snapshot;
    // An old revision is read-only: no inline edits, no undo into today's files, no table rewrite.
    for (QAction *action : std::as_const(m_editing))
        action->setVisible(!snapshot);
    m_tree->setEditTriggers(snapshot ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::SelectedClicked);
    setSnapshot(snapshot ? snapshot : (m_project ? m_project->snapshot() : Snapshot()));
}

void RoadmapView::setTimeline(QWidget *timeline)
{
    layout()->addWidget(timeline);
}

void RoadmapView::setSnapshot(const Snapshot &snapshot)
{
    const QString current = m_tree->currentIndex().data(RoadmapModel::IdRole).toString();
    m_model->setSnapshot(snapshot);
    const QString owner = m_ownerFilter->currentText();
    {
        const QSignalBlocker blocker(m_ownerFilter);
        m_ownerFilter->clear();
        m_ownerFilter->addItem(QString());
        m_ownerFilter->addItems(m_model->owners());
        m_ownerFilter->setEditText(owner);
    }
    m_tree->expandAll();
    if (!current.isEmpty())
        m_tree->setCurrentIndex(m_filter->mapFromSource(m_model->indexForId(current)));
}

void RoadmapView::onClicked(const QModelIndex &index)
{
    if (index.column() != RoadmapModel::PainPoints && index.column() != RoadmapModel::Stories)
        return;
    const QStringList ids = index.data(RoadmapModel::LinkIdsRole).toStringList();
    if (ids.size() == 1) {
        Q_EMIT openEntityRequested(ids.first());
    } else if (ids.size() > 1 && m_model->snapshot()) {
        QMenu menu(this);
        for (const QString &id : ids) {
            const Entity *entity = m_model->snapshot()->entity(id);
            menu.addAction(entity ? entity->title : id, this, [this, id] { Q_EMIT openEntityRequested(id); });
        }
        menu.exec(QCursor::pos());
    }
}

void RoadmapView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    const Snapshot snapshot = m_model->snapshot();
    if (!index.isValid() || !snapshot || m_override)
        return;
    const QString id = index.data(RoadmapModel::IdRole).toString();
    const Entity *goal = snapshot->entity(id);
    if (!goal)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open %1").arg(goal->title), this, [this, id] { Q_EMIT openEntityRequested(id); });
    QMenu *move = menu.addMenu(tr("Move Under"));
    QAction *top
        = move->addAction(tr("(top level)"), this, [this, id] { applyEdit(id, GoalEdit { {}, {}, {}, QString() }); });
    top->setEnabled(!goal->parent.isEmpty());
    move->addSeparator();
    for (const RoadmapRow &row : roadmapRows(*snapshot)) {
        if (row.depth != 0 || row.goal->id == id)
            continue;
        const QString parentId = row.goal->id;
        QAction *action = move->addAction(
            row.goal->title, this, [this, id, parentId] { applyEdit(id, GoalEdit { {}, {}, {}, parentId }); });
        action->setEnabled(parentId != goal->parent);
    }
    const QModelIndex pain = index.siblingAtColumn(RoadmapModel::PainPoints);
    const QModelIndex stories = index.siblingAtColumn(RoadmapModel::Stories);
    for (const QModelIndex &links : { pain, stories }) {
        const QStringList ids = links.data(RoadmapModel::LinkIdsRole).toStringList();
        if (ids.isEmpty())
            continue;
        menu.addSeparator();
        for (const QString &target : ids) {
            const Entity *entity = snapshot->entity(target);
            menu.addAction(tr("Open %1").arg(entity ? entity->title : target), this,
                [this, target] { Q_EMIT openEntityRequested(target); });
        }
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void RoadmapView::showMessage(const QString &text, MessageKind kind)
{
    m_message->setText(text);
    m_message->setStyleSheet(kind == MessageKind::Error ? QStringLiteral("QLabel { color: #b00020; padding: 4px; }")
                                                        : QStringLiteral("QLabel { padding: 4px; }"));
    m_message->setVisible(!text.isEmpty());
}

void RoadmapView::written(const WriteResult &result)
{
    showMessage(result.ok ? QString() : result.error, result.ok ? MessageKind::Notice : MessageKind::Error);
    if (m_project)
        m_project->reload();
}

bool RoadmapView::perform(ProjectEdit edit)
{
    // Applied before it is pushed: a refused edit leaves no step to undo, and its reason stays shown.
    const WriteResult result = edit.apply();
    written(result);
    if (!result.ok)
        return false;
    m_undo->push(new RoadmapEditCommand(std::move(edit), [this](const WriteResult &again) { written(again); }));
    return true;
}

bool RoadmapView::applyEdit(const QString &goalId, const GoalEdit &edit)
{
    const Snapshot snapshot = m_model->snapshot();
    if (!snapshot || m_override)
        return false;
    const EditPlan plan = RoadmapEditor::plan(*snapshot, goalId, edit);
    if (plan.error) {
        showMessage(plan.error->format(), MessageKind::Error);
        return false;
    }
    if (!plan.edit || plan.edit->isEmpty())
        return true;
    return perform(*plan.edit);
}

void RoadmapView::regenerateOverviewTable()
{
    const Snapshot snapshot = m_model->snapshot();
    if (!snapshot || m_override)
        return;
    // Default to the page that holds the overview table today, else roadmap.md in the content folder.
    QString page;
    for (const RoadmapRow &row : roadmapRows(*snapshot)) {
        if (row.goal->attributeOrigin == AttributeOrigin::OverviewTable) {
            page = row.goal->attributeSource.path;
            break;
        }
    }
    if (page.isEmpty())
        page = snapshot->contentDir().isEmpty() ? QStringLiteral("roadmap.md")
                                                : snapshot->contentDir() + QStringLiteral("/roadmap.md");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Regenerate Overview Table"),
        snapshot->rootPath() + u'/' + page, tr("Markdown (*.md)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString relative = QDir(snapshot->rootPath()).relativeFilePath(chosen);
    if (relative.startsWith(QLatin1StringView(".."))) {
        showMessage(tr("Choose a page inside the project."), MessageKind::Error);
        return;
    }
    const EditPlan plan = RoadmapEditor::planRegenerate(*snapshot, relative);
    if (plan.error) {
        showMessage(plan.error->format(), MessageKind::Error);
        return;
    }
    if (plan.edit && (plan.edit->isEmpty() || perform(*plan.edit)))
        showMessage(tr("Wrote the overview table to %1 (between the storyloom:roadmap-table markers).").arg(relative),
            MessageKind::Notice);
}

void RoadmapView::exportRoadmap()
{
    RoadmapExportDialog dialog(m_model->snapshot(), this);
    connect(&dialog, &RoadmapExportDialog::exported, this, &RoadmapView::exported);
    dialog.exec();
}

} // namespace storyloom
