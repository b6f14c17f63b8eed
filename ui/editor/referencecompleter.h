// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entityresolver.h"

#include <QObject>
#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace storyloom {

/**
 * Completes entity references in a front-matter field of the properties
 * pane: only entities of the type the key expects, matched fuzzily by title
 * and id, best first and selected, so Return or Tab takes it. It inserts the
 * reference EntityResolver makes, which `check` resolves to that entity.
 */
class ReferenceCompleter : public QObject
{
    Q_OBJECT
public:
    /** How many references the field holds. */
    enum class Field { Single, List };

    ReferenceCompleter(QLineEdit *line, EntityType type, Field field);

    void setSnapshot(const Snapshot &snapshot);

Q_SIGNALS:
    /** A reference went into the field: the form writes it to the front matter as when editing finishes. */
    void inserted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void insert(const QString &reference);
    /** The part being typed: the whole field, or what follows the last comma in a list. */
    [[nodiscard]] QString typedPart() const;

    QLineEdit *m_line;
    EntityType m_type;
    Field m_field;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    Snapshot m_snapshot;
    /** Built on first use for the snapshot: most snapshots come and go without a completion. */
    std::optional<EntityResolver> m_resolver;
};

} // namespace storyloom
