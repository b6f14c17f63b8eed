// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace storyloom {

class GraphScene;

/** One relation of an entity as the graph shows it, in words. */
struct GraphRelationEntry
{
    QString otherId;
    /** "features → Alice (Character)" or "exposes ← The library (Story)". */
    QString text;
    bool outgoing = true;
};

/**
 * "Relations of this entity": the shown relations of the graph's selected
 * entity as a plain list beside the view, the map's content as text for
 * screen readers and keyboard users; activating a row selects that entity.
 */
class GraphRelationsList : public QListWidget
{
    Q_OBJECT
public:
    explicit GraphRelationsList(QWidget *parent = nullptr);

    /** Lists the relations of `id` among what `scene` shows (empty id: none). */
    void showEntity(const GraphScene &scene, const QString &id);

    /** The relations of `id` that `scene` shows, outgoing first, in words. */
    [[nodiscard]] static QList<GraphRelationEntry> entries(const GraphScene &scene, const QString &id);

Q_SIGNALS:
    void entityChosen(const QString &id);
};

} // namespace storyloom
