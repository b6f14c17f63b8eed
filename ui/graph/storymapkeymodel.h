// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/storymaplayout.h"
#include "ui/graph/graphkeymodel.h"

namespace storyloom {

class GraphScene;
class StoryMapView;

/**
 * The story map's boxes for the keyboard walk and screen readers: entities
 * and groups; the arrows follow the drawn lines, and Up and Down also step to
 * the box above or below in the column, so every box (a group heading too)
 * is reachable. Relations of an entity are those the free graph's scene shows
 * (the same filters), a group's are its lines.
 */
class StoryMapKeyModel : public GraphKeyModel
{
    Q_OBJECT
public:
    StoryMapKeyModel(StoryMapView *view, const GraphScene *scene);

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
    [[nodiscard]] Fold fold(const QString &id) const override;

private:
    [[nodiscard]] const StoryMapItem *item(const QString &id) const;

    StoryMapView *m_map;
    const GraphScene *m_scene;
};

} // namespace storyloom
