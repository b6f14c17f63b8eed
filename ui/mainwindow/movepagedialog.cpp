// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/movepagedialog.h"

#include "core/project/writer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyloom {

namespace {

constexpr int folderRole = Qt::UserRole + 1;

/** Adds the folders under `item`'s folder (relative `path` under `root`) as its children, in name order. */
void addFolders(QTreeWidgetItem *item, const QString &root, const QString &path)
{
    const QDir dir(path.isEmpty() ? root : root + u'/' + path);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase)) {
        if (name.startsWith(u'.'))
            continue;
        const QString child = path.isEmpty() ? name : path + u'/' + name;
        // A link that leads out of the project is no place for a page.
        if (QFileInfo(dir.filePath(name)).isSymLink())
            continue;
        auto *childItem = new QTreeWidgetItem(item, { name });
        childItem->setData(0, folderRole, child);
        addFolders(childItem, root, child);
    }
}
} // namespace

MovePageDialog::MovePageDialog(const Snapshot &snapshot, const QString &entityId, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_folders(new QTreeWidget(this))
    , m_result(new QLabel(this))
    , m_move(nullptr)
{
    setObjectName(QStringLiteral("movePageDialog"));
    const Entity *entity = snapshot->entity(entityId);
    m_path = entity ? entity->source.path : QString();
    // Read once: every file of the project is searched for links to the page.
    m_linking = int(Writer(snapshot).pagesLinkingTo(m_path).size());
    setWindowTitle(tr("Move %1").arg(entity ? entity->title : entityId));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Move <b>%1</b> to the folder:").arg(m_path.toHtmlEscaped()), this);
    layout->addWidget(intro);

    m_folders->setObjectName(QStringLiteral("folderTree"));
    m_folders->setHeaderHidden(true);
    m_folders->setAccessibleName(tr("Destination folder"));
    m_folders->setRootIsDecorated(true);
    const QString content = snapshot->format() == ProjectFormat::MdBook ? snapshot->contentDir() : QString();
    const QString root = snapshot->rootPath();
    const QString topName = content.isEmpty() ? QFileInfo(root).fileName() : content;
    auto *top = new QTreeWidgetItem(m_folders, QStringList { topName + u'/' });
    top->setData(0, folderRole, content);
    addFolders(top, root, content);
    layout->addWidget(m_folders, 1);
    intro->setBuddy(m_folders);

    // The page's own folder to start from, so the arrows go to its neighbours.
    const QString current = folderOf(m_path);
    QTreeWidgetItem *start = top;
    for (QTreeWidgetItemIterator it(m_folders); *it; ++it) {
        if ((*it)->data(0, folderRole).toString() == current)
            start = *it;
    }
    m_folders->expandAll();
    m_folders->setCurrentItem(start);

    m_result->setObjectName(QStringLiteral("moveResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_move = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("confirmMove"));
    m_move->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_folders, &QTreeWidget::currentItemChanged, this, &MovePageDialog::update);
    update();
    m_folders->setFocus();
    resize(480, 440);
}

QString MovePageDialog::folderOf(const QString &path)
{
    const QString folder = QFileInfo(path).path();
    return folder == QLatin1String(".") ? QString() : folder;
}

QString MovePageDialog::folder() const
{
    const QTreeWidgetItem *item = m_folders->currentItem();
    return item ? item->data(0, folderRole).toString() : folderOf(m_path);
}

QString MovePageDialog::newPath() const
{
    const QString name = QFileInfo(m_path).fileName();
    const QString chosen = folder();
    return chosen.isEmpty() ? name : chosen + u'/' + name;
}

void MovePageDialog::update()
{
    const QString target = newPath();
    QStringList lines;
    bool possible = false;
    if (target == m_path) {
        lines << tr("The page is in this folder already.");
    } else if (QFileInfo::exists(m_snapshot->rootPath() + u'/' + target)) {
        lines << tr("%1 exists already: choose another folder.").arg(target);
    } else {
        possible = true;
        lines << tr("New place: %1").arg(target);
        if (m_linking > 0)
            lines << tr("The links of %n page(s) to it are rewritten, and its own links too.", nullptr, m_linking);
        else
            lines << tr("Its own links are rewritten to reach the same pages.");
        if (m_snapshot->format() == ProjectFormat::MdBook)
            lines << tr("Its chapter in SUMMARY.md moves along.");
        lines << tr("Edit › Undo in the project tree takes it all back.");
    }
    m_result->setText(lines.join(u'\n'));
    m_move->setEnabled(possible);
}

} // namespace storyloom
