// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/graph/graphkeymodel.h"

namespace storyloom {

class GraphScene;
class GraphView;

/** The free graph's items for the keyboard walk and screen readers: the scene's entities along shown relations. */
class GraphSceneKeyModel : public GraphKeyModel
{
    Q_OBJECT
public:
    GraphSceneKeyModel(GraphView *view, GraphScene *scene);

    [[nodiscard]] int count() const override;
    [[nodiscard]] QString idAt(int index) const override;
    [[nodiscard]] int indexOf(const QString &id) const override;
    [[nodiscard]] QString current() const override;
    void setCurrent(const QString &id) override;
    [[nodiscard]] QStringList walkTargets(const QString &id) const override;
    [[nodiscard]] QRectF sceneRect(const QString &id) const override;
    [[nodiscard]] QString title(const QString &id) const override;
    [[nodiscard]] QString description(const QString &id) const override;
    [[nodiscard]] QList<GraphRelationEntry> relations(const QString &id) const override;
    void activate(const QString &id) override;

private:
    GraphView *m_graphView;
    GraphScene *m_scene;
};

} // namespace storyloom
