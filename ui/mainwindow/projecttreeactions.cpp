// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/projecttreeactions.h"

#include "core/project/project.h"
#include "core/project/writer.h"
#include "ui/mainwindow/documenttabs.h"
#include "ui/mainwindow/entitypage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/projecttreemodel.h"

#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

#include <memory>

namespace storyloom {

ProjectTreeActions::ProjectTreeActions(MainWindow *window, QTreeView *tree)
    : QObject(window)
    , m_window(window)
    , m_tree(tree)
{
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ProjectTreeActions::showMenu);
}

void ProjectTreeActions::showMenu(const QPoint &position)
{
    const QString id = m_tree->indexAt(position).data(ProjectTreeModel::IdRole).toString();
    const Snapshot snapshot = m_window->project()->snapshot();
    const Entity *entity = snapshot && !id.isEmpty() ? snapshot->entity(id) : nullptr;
    if (!entity || !entity->ownFile)
        return;
    QMenu menu(m_tree);
    menu.setObjectName(QStringLiteral("projectTreeMenu"));
    QAction *rename = menu.addAction(tr("&Rename…"), this, [this, id] { renameEntity(id); });
    rename->setObjectName(QStringLiteral("renamePage"));
    QAction *trash = menu.addAction(tr("Move to &Trash…"), this, [this, id] { trashEntity(id); });
    trash->setObjectName(QStringLiteral("trashPage"));
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

bool ProjectTreeActions::prepareFor(const QString &id)
{
    DocumentTabs *tabs = m_window->documentTabs();
    // Links in open pages may change on disk: their buffers go there first.
    if (!tabs->saveAll())
        return false;
    if (EntityPage *page = tabs->page(id))
        tabs->close(page);
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
    const bool wasOpen = m_window->documentTabs()->page(id) != nullptr;
    if (!prepareFor(id))
        return;
    const WriteResult result = Writer(snapshot).rename(id, title);
    if (!result.ok) {
        QMessageBox::warning(m_window, caption, result.error);
        m_window->project()->reload();
        return;
    }
    m_window->statusBar()->showMessage(tr("Renamed to %1").arg(result.path), 5000);
    if (wasOpen) {
        // The page's id follows its file: open it again once the project knows the new name.
        const QString path = result.path;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(
            m_window->project(), &Project::snapshotChanged, this, [this, path, connection](const Snapshot &next) {
                QObject::disconnect(*connection);
                if (const Entity *renamed = next ? next->entityForPath(path) : nullptr)
                    m_window->openEntity(renamed->id);
            });
    }
    m_window->project()->reload();
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
    if (!linking.isEmpty())
        text += u'\n'
            + tr("%n page(s) link to it; those links will be reported as broken:", nullptr, int(linking.size())) + u'\n'
            + linking.join(u'\n');
    QMessageBox box(QMessageBox::Question, tr("Move to Trash"), text, QMessageBox::Cancel, m_window);
    QPushButton *confirm = box.addButton(tr("Move to Trash"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmTrash"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm || !prepareFor(id))
        return;
    const WriteResult result = writer.moveToTrash(id);
    if (!result.ok)
        QMessageBox::warning(m_window, tr("Move to Trash"), result.error);
    else
        m_window->statusBar()->showMessage(tr("Moved %1 to the trash").arg(result.path), 5000);
    m_window->project()->reload();
}

} // namespace storyloom
