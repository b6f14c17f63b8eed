// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphaccessible.h"

#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphrelationslist.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QPointer>

namespace storyloom {

namespace {

/** One entity of the graph view: a list item named by its title. */
class GraphNodeAccessible : public QAccessibleInterface
{
public:
    GraphNodeAccessible(GraphView *view, QString id)
        : m_view(view)
        , m_id(std::move(id))
    { }

    [[nodiscard]] GraphScene *scene() const { return m_view ? qobject_cast<GraphScene *>(m_view->scene()) : nullptr; }
    [[nodiscard]] GraphNodeItem *node() const { return scene() ? scene()->node(m_id) : nullptr; }

    [[nodiscard]] bool isValid() const override { return node() != nullptr; }
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override
    {
        return m_view && m_view->window() ? m_view->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *child(int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    [[nodiscard]] QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    [[nodiscard]] QAccessibleInterface *focusChild() const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override { }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }

    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        const GraphNodeItem *item = node();
        if (!item)
            return {};
        if (t == QAccessible::Name)
            return item->title();
        if (t != QAccessible::Description)
            return {};
        const Entity *entity = scene()->snapshot() ? scene()->snapshot()->entity(m_id) : nullptr;
        const QString typeName = entity && entity->type == EntityType::Story && entity->kind != StoryKind::None
            ? displayName(entity->kind)
            : displayName(item->entityType());
        int out = 0;
        int in = 0;
        for (const GraphRelationEntry &entry : GraphRelationsList::entries(*scene(), m_id))
            ++(entry.outgoing ? out : in);
        //: The graph's focused entity for screen readers: its type, then how many relations go out and come in.
        return QCoreApplication::translate("storyloom::GraphAccessible", "%1; links to %2, linked from %3")
            .arg(typeName, QCoreApplication::translate("storyloom::GraphAccessible", "%n entity(s)", nullptr, out),
                QCoreApplication::translate("storyloom::GraphAccessible", "%n entity(s)", nullptr, in));
    }

    [[nodiscard]] QRect rect() const override
    {
        const GraphNodeItem *item = node();
        if (!item)
            return {};
        const QRect local = m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state;
        const GraphNodeItem *item = node();
        if (!item) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        state.selected = scene()->selectedEntity() == m_id;
        state.focused = state.selected && m_view->hasFocus();
        const QRect shown = m_view->mapFromScene(item->sceneBoundingRect()).boundingRect();
        if (!m_view->viewport()->rect().intersects(shown) || !item->isVisible())
            state.offscreen = true;
        return state;
    }

    [[nodiscard]] const QString &id() const { return m_id; }

private:
    QPointer<GraphView> m_view;
    QString m_id;
};

QAccessibleInterface *graphFactory(const QString &, QObject *object)
{
    if (auto *view = qobject_cast<GraphView *>(object))
        return new GraphAccessible(view);
    return nullptr;
}

} // namespace

GraphAccessible::GraphAccessible(GraphView *view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

GraphAccessible::~GraphAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_nodes))
        QAccessible::deleteAccessibleInterface(id);
}

void GraphAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&graphFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void GraphAccessible::notifyFocus(GraphView *view, const QString &id)
{
    if (!QAccessible::isActive() || id.isEmpty())
        return;
    auto *self = dynamic_cast<GraphAccessible *>(QAccessible::queryAccessibleInterface(view));
    QAccessibleInterface *node = self ? self->nodeInterface(id) : nullptr;
    if (!node)
        return;
    QAccessibleEvent focus(node, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
    QAccessibleEvent selection(node, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
}

GraphView *GraphAccessible::view() const
{
    return static_cast<GraphView *>(widget());
}

GraphScene *GraphAccessible::scene() const
{
    return qobject_cast<GraphScene *>(view()->scene());
}

int GraphAccessible::childCount() const
{
    return scene() ? scene()->nodeCount() : 0;
}

QAccessibleInterface *GraphAccessible::nodeInterface(const QString &id) const
{
    if (!scene() || !scene()->node(id))
        return nullptr;
    auto it = m_nodes.constFind(id);
    if (it == m_nodes.constEnd()) {
        auto *node = new GraphNodeAccessible(view(), id);
        it = m_nodes.insert(id, QAccessible::registerAccessibleInterface(node));
    }
    return QAccessible::accessibleInterface(*it);
}

QAccessibleInterface *GraphAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    return nodeInterface(scene()->nodeAt(index)->id());
}

int GraphAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *node = dynamic_cast<const GraphNodeAccessible *>(child);
    const GraphNodeItem *item = node && scene() ? scene()->node(node->id()) : nullptr;
    return item ? item->index : -1;
}

QAccessibleInterface *GraphAccessible::childAt(int x, int y) const
{
    if (!scene())
        return nullptr;
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    if (auto *node = dynamic_cast<GraphNodeItem *>(view()->itemAt(local)))
        return nodeInterface(node->id());
    return nullptr;
}

QAccessibleInterface *GraphAccessible::focusChild() const
{
    if (!view()->hasFocus() || !scene())
        return nullptr;
    return nodeInterface(scene()->selectedEntity());
}

} // namespace storyloom
