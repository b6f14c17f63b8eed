// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace storyloom {

/**
 * The graph view's filters: entity types and story kinds, relation kinds,
 * a character, goal states, text, hide orphans, and the local graph of one
 * entity with depth 1–3. Every change applies at once (filterChanged).
 */
class GraphFilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GraphFilterPanel(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    void setFilter(const GraphFilter &filter);
    [[nodiscard]] GraphFilter filter() const;
    /** The entity “Local graph” centres on when it is switched on. */
    void setSelection(const QString &id);

Q_SIGNALS:
    void filterChanged(const storyloom::GraphFilter &filter);

private:
    void emitChanged();
    void updateLocalLabel();

    Snapshot m_snapshot;
    QHash<EntityType, QCheckBox *> m_types;
    QHash<StoryKind, QCheckBox *> m_kinds;
    QHash<RelationKind, QCheckBox *> m_relations;
    QHash<GoalState, QCheckBox *> m_states;
    QComboBox *m_character;
    QLineEdit *m_text;
    QCheckBox *m_hideOrphans;
    QCheckBox *m_local;
    QSpinBox *m_depth;
    QLabel *m_localLabel;
    QString m_selection;
    QString m_localRoot;
    bool m_updating = false;
};

} // namespace storyloom
