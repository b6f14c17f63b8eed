// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphaccessible.h"

#include "ui/graph/graphkeymodel.h"

#include <QAccessible>
#include <QGraphicsView>
#include <QPointer>

namespace storyloom {

namespace {

/** One item of a map view: a list item named by its title. */
class GraphNodeAccessible : public QAccessibleInterface
{
public:
    GraphNodeAccessible(GraphKeyModel *model, QString id)
        : m_model(model)
        , m_id(std::move(id))
    { }

    [[nodiscard]] QGraphicsView *view() const { return m_model ? m_model->view() : nullptr; }

    [[nodiscard]] bool isValid() const override { return m_model && m_model->indexOf(m_id) >= 0; }
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override
    {
        return view() && view()->window() ? view()->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *parent() const override
    {
        return view() ? QAccessible::queryAccessibleInterface(view()) : nullptr;
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
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_model->title(m_id);
        if (t == QAccessible::Description)
            return m_model->description(m_id);
        return {};
    }

    [[nodiscard]] QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = view()->mapFromScene(m_model->sceneRect(m_id)).boundingRect();
        return QRect(view()->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        state.selected = m_model->current() == m_id;
        state.focused = state.selected && view()->hasFocus();
        const GraphKeyModel::Fold fold = m_model->fold(m_id);
        state.expandable = fold != GraphKeyModel::Fold::None;
        state.expanded = fold == GraphKeyModel::Fold::Unfolded;
        state.collapsed = fold == GraphKeyModel::Fold::Folded;
        const QRect shown = view()->mapFromScene(m_model->sceneRect(m_id)).boundingRect();
        if (!view()->viewport()->rect().intersects(shown))
            state.offscreen = true;
        return state;
    }

    [[nodiscard]] const QString &id() const { return m_id; }

private:
    QPointer<GraphKeyModel> m_model;
    QString m_id;
};

QAccessibleInterface *graphFactory(const QString &, QObject *object)
{
    auto *view = qobject_cast<QGraphicsView *>(object);
    if (view && GraphKeyModel::of(view))
        return new GraphAccessible(view);
    return nullptr;
}

} // namespace

GraphAccessible::GraphAccessible(QGraphicsView *view)
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

void GraphAccessible::notifyFocus(QGraphicsView *view, const QString &id)
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

QGraphicsView *GraphAccessible::view() const
{
    return static_cast<QGraphicsView *>(widget());
}

GraphKeyModel *GraphAccessible::model() const
{
    return GraphKeyModel::of(view());
}

int GraphAccessible::childCount() const
{
    return model() ? model()->count() : 0;
}

QAccessibleInterface *GraphAccessible::nodeInterface(const QString &id) const
{
    GraphKeyModel *keys = model();
    if (!keys || keys->indexOf(id) < 0)
        return nullptr;
    auto it = m_nodes.constFind(id);
    if (it == m_nodes.constEnd()) {
        auto *node = new GraphNodeAccessible(keys, id);
        it = m_nodes.insert(id, QAccessible::registerAccessibleInterface(node));
    }
    return QAccessible::accessibleInterface(*it);
}

QAccessibleInterface *GraphAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    return nodeInterface(model()->idAt(index));
}

int GraphAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *node = dynamic_cast<const GraphNodeAccessible *>(child);
    return node && model() ? model()->indexOf(node->id()) : -1;
}

QAccessibleInterface *GraphAccessible::childAt(int x, int y) const
{
    GraphKeyModel *keys = model();
    if (!keys)
        return nullptr;
    const QPointF at = view()->mapToScene(view()->viewport()->mapFromGlobal(QPoint(x, y)));
    // Topmost last: the free graph's nodes do not overlap, the story map's boxes neither.
    for (int i = keys->count() - 1; i >= 0; --i) {
        const QString id = keys->idAt(i);
        if (keys->sceneRect(id).contains(at))
            return nodeInterface(id);
    }
    return nullptr;
}

QAccessibleInterface *GraphAccessible::focusChild() const
{
    if (!view()->hasFocus() || !model())
        return nullptr;
    return nodeInterface(model()->current());
}

} // namespace storyloom
