// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/projecttreeactions.h"

#include "core/project/pageplanner.h"
#include "core/project/project.h"
#include "core/project/writer.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/movepagedialog.h"
#include "ui/mainwindow/projecthistory.h"
#include "ui/mainwindow/projecttreemodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDir>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

#include <memory>

namespace storyloom {

namespace {

/** How many of the pages that link to a trashed page the question names. */
constexpr int namedLinkingPages = 5;
} // namespace

ProjectTreeActions::ProjectTreeActions(MainWindow *window, QTreeView *tree)
    : QObject(window)
    , m_window(window)
    , m_tree(tree)
{
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &position) { showMenu(m_tree->indexAt(position), position); });
    // The Menu key (the platform turns it into a context menu request) and Shift+F10 (which only
    // Windows does so) open the menu of the current row, where the row is.
    m_tree->installEventFilter(this);
    auto *menuKey = new QAction(m_tree);
    menuKey->setObjectName(QStringLiteral("treeMenuKey"));
    menuKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(menuKey);
    connect(menuKey, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        showMenu(current, m_tree->visualRect(current).center());
    });
    // A page dropped on a group or a page moves into that folder.
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDropIndicatorShown(false);
    m_tree->viewport()->installEventFilter(this);
}

bool ProjectTreeActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        const QModelIndex current = m_tree->currentIndex();
        showMenu(current, m_tree->visualRect(current).center());
        return true;
    }
    if (watched != m_tree->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QString id = draggedEntity(event);
        const Snapshot snapshot = m_window->project()->snapshot();
        const Entity *entity = snapshot && !id.isEmpty() ? snapshot->entity(id) : nullptr;
        const QString folder = dropFolder(m_tree->indexAt(drag->position().toPoint()));
        if (entity && !folder.isNull() && folder != MovePageDialog::folderOf(entity->source.path)) {
            // A copy as far as the view knows: the rows come back with the next snapshot.
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString id = draggedEntity(event);
        const Snapshot snapshot = m_window->project()->snapshot();
        const Entity *entity = snapshot && !id.isEmpty() ? snapshot->entity(id) : nullptr;
        const QString folder = dropFolder(m_tree->indexAt(drop->position().toPoint()));
        if (!entity || folder.isNull() || folder == MovePageDialog::folderOf(entity->source.path)) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        const QString name = QFileInfo(entity->source.path).fileName();
        // After the drag is over: the move may ask questions.
        QMetaObject::invokeMethod(
            this, [this, id, path = folder.isEmpty() ? name : folder + u'/' + name] { moveEntity(id, path); },
            Qt::QueuedConnection);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

QString ProjectTreeActions::draggedEntity(const QEvent *event)
{
    const QMimeData *mime = static_cast<const QDropEvent *>(event)->mimeData();
    if (!mime || !mime->hasFormat(QString::fromLatin1(ProjectTreeModel::entityMimeType)))
        return {};
    const QStringList ids
        = QString::fromUtf8(mime->data(QString::fromLatin1(ProjectTreeModel::entityMimeType))).split(u'\n');
    // One page at a time: the tree selects one row.
    return ids.size() == 1 ? ids.first() : QString();
}

QString ProjectTreeActions::dropFolder(const QModelIndex &index) const
{
    const Snapshot snapshot = m_window->project()->snapshot();
    if (!snapshot || !index.isValid())
        return {};
    const QString id = index.data(ProjectTreeModel::IdRole).toString();
    if (const Entity *entity = id.isEmpty() ? nullptr : snapshot->entity(id)) {
        if (!entity->ownFile)
            return {};
        // A chapter with a folder of its own (`status_quo.md` beside `status_quo/`) stands for that folder.
        const QString path = entity->source.path;
        const QString own = path.endsWith(QLatin1String(".md")) ? path.chopped(3) : QString();
        if (!own.isEmpty() && QFileInfo(snapshot->rootPath() + u'/' + own).isDir())
            return own;
        const QString folder = MovePageDialog::folderOf(path);
        return folder.isNull() ? QStringLiteral("") : folder;
    }
    // A group: the folder its type's pages go in.
    for (int row = 0; row < m_tree->model()->rowCount(index); ++row) {
        const QString child = m_tree->model()->index(row, 0, index).data(ProjectTreeModel::IdRole).toString();
        if (const Entity *entity = snapshot->entity(child)) {
            const QString folder = PagePlanner(snapshot).folderFor(entity->type, entity->kind);
            return folder.isNull() ? QStringLiteral("") : folder;
        }
    }
    return {};
}

void ProjectTreeActions::showMenu(const QModelIndex &index, const QPoint &position)
{
    const QString id = index.data(ProjectTreeModel::IdRole).toString();
    const Snapshot snapshot = m_window->project()->snapshot();
    const Entity *entity = snapshot && !id.isEmpty() ? snapshot->entity(id) : nullptr;
    if (!entity || !entity->ownFile)
        return;
    QMenu menu(m_tree);
    menu.setObjectName(QStringLiteral("projectTreeMenu"));
    QAction *rename = menu.addAction(tr("&Rename…"), this, [this, id] { renameEntity(id); });
    rename->setObjectName(QStringLiteral("renamePage"));
    QAction *move = menu.addAction(tr("&Move to…"), this, [this, id] { chooseFolder(id); });
    move->setObjectName(QStringLiteral("movePage"));
    QAction *trash = menu.addAction(tr("Move to &Trash…"), this, [this, id] { trashEntity(id); });
    trash->setObjectName(QStringLiteral("trashPage"));
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

bool ProjectTreeActions::perform(const QString &id, ProjectEdit edit, const QString &caption)
{
    const bool wasOpen = m_window->documentTabs()->page(id) != nullptr;
    const QString path = edit.page();
    const WriteResult result = m_window->projectHistory()->perform(std::move(edit));
    if (!result.ok) {
        QMessageBox::warning(m_window, caption, result.error);
        return false;
    }
    if (wasOpen && !path.isEmpty()) {
        // The page's id follows its file: open it again once the project knows the new place.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(
            m_window->project(), &Project::snapshotChanged, this, [this, path, connection](const Snapshot &next) {
                QObject::disconnect(*connection);
                if (const Entity *moved = next ? next->entityForPath(path) : nullptr)
                    m_window->openEntity(moved->id);
            });
    }
    return true;
}

void ProjectTreeActions::renameEntity(const QString &id)
{
    const Snapshot snapshot = m_window->project()->snapshot();
    const Entity *entity = snapshot ? snapshot->entity(id) : nullptr;
    if (!entity)
        return;
    const QString caption = tr("Rename %1").arg(entity->title);
    bool ok = false;
    const QString title
        = QInputDialog::getText(m_window, caption, tr("New title:"), QLineEdit::Normal, entity->title, &ok)
              .simplified();
    if (!ok || title.isEmpty() || title == entity->title)
        return;
    // Open buffers go to disk first: the plan reads the files as they are.
    if (!m_window->documentTabs()->saveAll())
        return;
    ProjectEdit edit = Writer(snapshot).planRename(id, title);
    const QString path = edit.page();
    if (perform(id, std::move(edit), caption))
        m_window->statusBar()->showMessage(tr("Renamed to %1").arg(path), 5000);
}

void ProjectTreeActions::chooseFolder(const QString &id)
{
    const Snapshot snapshot = m_window->project()->snapshot();
    if (!snapshot || !snapshot->entity(id))
        return;
    MovePageDialog dialog(snapshot, id, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    moveEntity(id, dialog.newPath());
}

void ProjectTreeActions::moveEntity(const QString &id, const QString &newPath)
{
    const Snapshot snapshot = m_window->project()->snapshot();
    const Entity *entity = snapshot ? snapshot->entity(id) : nullptr;
    if (!entity || newPath == entity->source.path)
        return;
    if (!m_window->documentTabs()->saveAll())
        return;
    if (perform(id, Writer(snapshot).planMove(id, newPath), tr("Move %1").arg(entity->title)))
        m_window->statusBar()->showMessage(tr("Moved to %1").arg(newPath), 5000);
}

void ProjectTreeActions::trashEntity(const QString &id)
{
    const Snapshot snapshot = m_window->project()->snapshot();
    const Entity *entity = snapshot ? snapshot->entity(id) : nullptr;
    if (!entity)
        return;
    const Writer writer(snapshot);
    const QStringList linking = writer.pagesLinkingTo(entity->source.path);
    QString text = tr("Move %1 to the trash?").arg(entity->source.path);
    if (snapshot->format() == ProjectFormat::MdBook)
        text += u'\n' + tr("Its entry in SUMMARY.md is removed.");
    if (!linking.isEmpty()) {
        const int count = int(linking.size());
        text += QStringLiteral("\n\n") + tr("%n page(s) link to it:", nullptr, count) + u'\n'
            + linking.mid(0, namedLinkingPages).join(u'\n');
        if (count > namedLinkingPages)
            text += u'\n' + tr("and %n more", nullptr, count - namedLinkingPages);
        text += QStringLiteral("\n\n")
            + tr("Remove those links (their text stays), or keep them (the check reports them as broken)?");
    }
    QMessageBox box(QMessageBox::Question, tr("Move to Trash"), text, QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("trashQuestion"));
    box.setInformativeText(tr("Edit › Undo in the project tree brings back the page and every file this changes."));
    QPushButton *unlink = nullptr;
    if (!linking.isEmpty()) {
        unlink = box.addButton(tr("Trash and &Remove Links"), QMessageBox::DestructiveRole);
        unlink->setObjectName(QStringLiteral("trashAndUnlink"));
    }
    QPushButton *confirm = box.addButton(
        linking.isEmpty() ? tr("Move to Trash") : tr("Trash and &Keep Links"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmTrash"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm && (!unlink || box.clickedButton() != unlink))
        return;
    const BrokenLinks links = box.clickedButton() == unlink ? BrokenLinks::Unlink : BrokenLinks::Keep;
    const QString path = entity->source.path;
    if (!m_window->documentTabs()->saveAll())
        return;
    if (perform(id, writer.planTrash(id, links), tr("Move to Trash")))
        m_window->statusBar()->showMessage(tr("Moved %1 to the trash").arg(path), 5000);
}

} // namespace storyloom
