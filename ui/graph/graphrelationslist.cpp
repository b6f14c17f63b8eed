// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphrelationslist.h"

#include "ui/graph/graphscene.h"

namespace storyloom {

GraphRelationsList::GraphRelationsList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Relations of this entity"));
    setAccessibleDescription(tr("The relations of the entity selected in the map; Enter selects the related entity."));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty())
            Q_EMIT entityChosen(item->data(Qt::UserRole).toString());
    });
}

QList<GraphRelationEntry> GraphRelationsList::entries(const GraphScene &scene, const QString &id)
{
    QList<GraphRelationEntry> result;
    const Snapshot &snapshot = scene.snapshot();
    if (!snapshot || id.isEmpty() || !scene.node(id))
        return result;
    const QStringList shown = scene.neighbours(id);
    const auto add = [&](const Relation *r, bool outgoing) {
        const QString otherId = outgoing ? r->to : r->from;
        const Entity *other = snapshot->entity(otherId);
        if (!other || otherId == id || !shown.contains(otherId))
            return;
        const QString typeName = other->type == EntityType::Story && other->kind != StoryKind::None
            ? displayName(other->kind)
            : displayName(other->type);
        //: A relation in the graph's list: relation kind, arrow, the other entity's title and type.
        QString text
            = (outgoing ? tr("%1 → %2 (%3)") : tr("%1 ← %2 (%3)")).arg(displayName(r->kind), other->title, typeName);
        if (r->provenance == Provenance::Derived)
            text += QStringLiteral(", ") + displayName(r->provenance);
        result.append({ otherId, text, outgoing });
    };
    for (const Relation *r : snapshot->outgoing(id))
        add(r, true);
    for (const Relation *r : snapshot->incoming(id))
        add(r, false);
    return result;
}

void GraphRelationsList::showEntity(const GraphScene &scene, const QString &id)
{
    clear();
    const QList<GraphRelationEntry> list = entries(scene, id);
    for (const GraphRelationEntry &entry : list) {
        auto *item = new QListWidgetItem(entry.text, this);
        item->setData(Qt::UserRole, entry.otherId);
    }
    if (list.isEmpty()) {
        auto *item = new QListWidgetItem(id.isEmpty() ? tr("No entity selected") : tr("No relations shown"), this);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace storyloom
