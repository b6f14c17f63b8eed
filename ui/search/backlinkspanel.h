// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace storyloom {

/**
 * Everything that links or relates to the current entity, grouped by
 * relation kind, each with the sentence the link stands in. Activating a
 * row opens the linking entity at the link's line. Reads the snapshot only.
 */
class BacklinksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BacklinksPanel(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    /** The entity whose backlinks are shown (empty: none). */
    void setEntity(const QString &id);
    [[nodiscard]] QString entity() const { return m_entity; }
    /** Rows shown: (relation kind group count, backlink count), for tests. */
    [[nodiscard]] int groupCount() const;
    [[nodiscard]] int linkCount() const;

Q_SIGNALS:
    void openRequested(const QString &entityId, int line);

private:
    void rebuild();

    Snapshot m_snapshot;
    QString m_entity;
    QLabel *m_heading;
    QTreeWidget *m_tree;
};

} // namespace storyloom
