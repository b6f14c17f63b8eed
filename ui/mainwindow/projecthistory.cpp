// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/projecthistory.h"

#include "core/project/project.h"
#include "core/project/writer.h"
#include "core/util/logging.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QUndoStack>

namespace storyloom {

namespace {

/** One ProjectEdit on the stack; it was applied before it was pushed. */
class ProjectEditCommand : public QUndoCommand
{
public:
    explicit ProjectEditCommand(ProjectEdit edit)
        : m_edit(std::move(edit))
    {
        setText(m_edit.text());
    }

    [[nodiscard]] ProjectEdit &edit() { return m_edit; }

    void redo() override
    {
        if (std::exchange(m_applied, false))
            return;
        if (const WriteResult result = m_edit.apply(); !result.ok)
            qCWarning(lcUiMainWindow).noquote() << "redo failed:" << result.error;
    }

    void undo() override
    {
        if (const WriteResult result = m_edit.undo(); !result.ok)
            qCWarning(lcUiMainWindow).noquote() << "undo failed:" << result.error;
    }

private:
    ProjectEdit m_edit;
    bool m_applied = true;
};

/** Whether an edit is applied (done or redone) or undone. */
enum class EditRun { Apply, Undo };

/** The paths that are gone once the edit ran that way. */
QStringList vanishing(const ProjectEdit &edit, EditRun run)
{
    const bool forward = run == EditRun::Apply;
    QStringList paths;
    for (const ProjectEdit::Change &change : edit.changes()) {
        switch (change.kind) {
        case ProjectEdit::Change::Kind::Create:
            if (!forward)
                paths.append(change.path);
            break;
        case ProjectEdit::Change::Kind::Modify:
            break;
        case ProjectEdit::Change::Kind::Move:
            paths.append(forward ? change.path : change.newPath);
            break;
        case ProjectEdit::Change::Kind::Trash:
            if (forward)
                paths.append(change.path);
            break;
        }
    }
    return paths;
}
} // namespace

ProjectHistory::ProjectHistory(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("projectHistory"));
    m_stack->setObjectName(QStringLiteral("projectUndoStack"));
    // Its entries name files of one project: none may act on the next one.
    connect(m_window->project(), &Project::opened, m_stack, &QUndoStack::clear);
}

bool ProjectHistory::prepare(const QStringList &paths)
{
    DocumentTabs *tabs = m_window->documentTabs();
    // Open pages may change on disk: their buffers go there first.
    if (!tabs->saveAll())
        return false;
    const QSet<QString> gone(paths.cbegin(), paths.cend());
    const QDir root(m_window->project()->rootPath());
    for (EntityPage *page : tabs->pages()) {
        if (gone.contains(root.relativeFilePath(page->filePath())))
            tabs->close(page);
    }
    return true;
}

WriteResult ProjectHistory::perform(ProjectEdit edit)
{
    if (!edit.isValid())
        return WriteResult::failure(edit.error());
    if (!prepare(vanishing(edit, EditRun::Apply)))
        return WriteResult::failure(tr("an open page could not be saved; nothing was changed"));
    const WriteResult result = edit.apply();
    if (result.ok && !edit.isEmpty())
        m_stack->push(new ProjectEditCommand(std::move(edit)));
    m_window->project()->reload();
    return result;
}

void ProjectHistory::undo()
{
    step(Direction::Undo);
}

void ProjectHistory::redo()
{
    step(Direction::Redo);
}

void ProjectHistory::step(Direction direction)
{
    const bool undoing = direction == Direction::Undo;
    const int index = undoing ? m_stack->index() - 1 : m_stack->index();
    if (index < 0 || index >= m_stack->count())
        return;
    auto *command = static_cast<ProjectEditCommand *>(const_cast<QUndoCommand *>(m_stack->command(index)));
    ProjectEdit &edit = command->edit();
    const QString caption = undoing ? tr("Undo %1").arg(edit.text()) : tr("Redo %1").arg(edit.text());
    // Buffers first, so that what the user typed counts as a change on disk.
    if (!prepare(vanishing(edit, undoing ? EditRun::Undo : EditRun::Apply))) {
        QMessageBox::warning(m_window, caption, tr("An open page could not be saved; nothing was changed."));
        return;
    }
    if (const std::optional<QString> refused = undoing ? edit.undoRefusal() : edit.applyRefusal()) {
        qCWarning(lcUiMainWindow).noquote() << *refused;
        QMessageBox::warning(m_window, caption, *refused);
        return;
    }
    if (undoing)
        m_stack->undo();
    else
        m_stack->redo();
    m_window->statusBar()->showMessage(caption, 5000);
    m_window->project()->reload();
}

} // namespace storyloom
