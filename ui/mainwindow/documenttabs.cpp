// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/documenttabs.h"

#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/entitypage.h"

#include <QTabBar>

namespace storyloom {

DocumentTabs::DocumentTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("documentTabs"));
    setAccessibleName(tr("Open pages and views"));
    tabBar()->setAccessibleName(accessibleName());
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *page = qobject_cast<EntityPage *>(widget(index)))
            close(page);
    });
    m_currentChanged = connect(this, &QTabWidget::currentChanged, this, [this] {
        EntityPage *page = currentPage();
        Q_EMIT currentPageChanged(page);
        Q_EMIT currentEntityChanged(page ? page->entityId() : QString());
    });
}

DocumentTabs::~DocumentTabs()
{
    // The pages go with the tab widget below: that is no tab change the window's controllers should follow.
    disconnect(m_currentChanged);
}

void DocumentTabs::addView(QWidget *view, const QString &title)
{
    const int index = addTab(view, title);
    tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
}

EntityPage *DocumentTabs::open(const Snapshot &snapshot, const QString &entityId)
{
    if (EntityPage *existing = page(entityId)) {
        setCurrentWidget(existing);
        return existing;
    }
    const Entity *entity = snapshot ? snapshot->entity(entityId) : nullptr;
    if (!entity)
        return nullptr;
    auto *page = new EntityPage(snapshot, entityId, this);
    connect(page, &EntityPage::titleChanged, this, [this, page] { updateTabText(page); });
    connect(page, &EntityPage::modificationChanged, this, [this, page] { updateTabText(page); });
    const int index = addTab(page, page->title());
    setTabToolTip(index, entity->source.path);
    updateTabText(page);
    Q_EMIT pageOpened(page);
    setCurrentIndex(index);
    return page;
}

void DocumentTabs::activate(EntityPage *page)
{
    setCurrentWidget(page);
    page->editor()->setFocus(Qt::OtherFocusReason);
}

void DocumentTabs::close(EntityPage *page, Deletion deletion)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    removeTab(index);
    if (deletion == Deletion::Now)
        delete page;
    else
        page->deleteLater();
}

void DocumentTabs::closeAll()
{
    for (EntityPage *page : pages())
        close(page, Deletion::Now);
}

bool DocumentTabs::saveAll()
{
    bool saved = true;
    for (EntityPage *page : pages())
        saved = (!page->isModified() || page->save()) && saved;
    return saved;
}

void DocumentTabs::setSnapshot(const Snapshot &snapshot)
{
    for (EntityPage *page : pages())
        page->setSnapshot(snapshot);
}

QList<EntityPage *> DocumentTabs::pages() const
{
    QList<EntityPage *> result;
    for (int i = 0; i < count(); ++i) {
        if (auto *page = qobject_cast<EntityPage *>(widget(i)))
            result.append(page);
    }
    return result;
}

EntityPage *DocumentTabs::page(const QString &entityId) const
{
    for (EntityPage *page : pages()) {
        if (page->entityId() == entityId)
            return page;
    }
    return nullptr;
}

EntityPage *DocumentTabs::currentPage() const
{
    return qobject_cast<EntityPage *>(currentWidget());
}

QString DocumentTabs::currentEntityId() const
{
    const EntityPage *page = currentPage();
    return page ? page->entityId() : QString();
}

void DocumentTabs::updateTabText(EntityPage *page)
{
    const int index = indexOf(page);
    if (index >= 0)
        setTabText(index, page->isModified() ? page->title() + QStringLiteral(" •") : page->title());
}

} // namespace storyloom
