// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QTabWidget>

namespace storyloom {

class EntityPage;

/**
 * The window's central tabs: the views that are always there (Graph,
 * Roadmap) and one page per open entity. It owns the pages' lifetime, their
 * tab titles (the page's title, and "•" while unsaved) and which page is
 * current; the window's controllers ask it for pages instead of walking the
 * tab widget.
 */
class DocumentTabs : public QTabWidget
{
    Q_OBJECT
public:
    /** When a closed page goes: now (its destructor saves or journals at once) or after the event. */
    enum class Deletion { Now, Later };

    explicit DocumentTabs(QWidget *parent = nullptr);
    ~DocumentTabs() override;

    /** Adds a view that cannot be closed. */
    void addView(QWidget *view, const QString &title);
    /** The entity's page, made current; opened from `snapshot` when it is not open yet (null for an unknown entity). */
    EntityPage *open(const Snapshot &snapshot, const QString &entityId);
    /** Makes the page current and gives its editor the keyboard. */
    void activate(EntityPage *page);
    void close(EntityPage *page, Deletion deletion = Deletion::Later);
    /** Closes every page at once, so typing is saved or journaled while its project is still the open one. */
    void closeAll();
    /** Saves every modified page; false when one could not be saved (the others are saved still). */
    bool saveAll();
    /** Hands a new snapshot to every page. */
    void setSnapshot(const Snapshot &snapshot);

    [[nodiscard]] QList<EntityPage *> pages() const;
    /** The entity's open page, or null. */
    [[nodiscard]] EntityPage *page(const QString &entityId) const;
    /** The current tab when it is a page, else null. */
    [[nodiscard]] EntityPage *currentPage() const;
    /** The entity of the current page, or empty on a view. */
    [[nodiscard]] QString currentEntityId() const;

Q_SIGNALS:
    /** A page was opened (the window connects its requests). */
    void pageOpened(storyloom::EntityPage *page);
    /** The current tab changed; null when it is a view. */
    void currentPageChanged(storyloom::EntityPage *page);
    /** The current tab changed; the id is empty when it is a view. */
    void currentEntityChanged(const QString &entityId);

private:
    void updateTabText(EntityPage *page);

    QMetaObject::Connection m_currentChanged;
};

} // namespace storyloom
