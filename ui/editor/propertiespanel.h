// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "ui/editor/referencecompleter.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace storyloom {

/**
 * The front matter as a form: type, kind, title, characters, values, pain
 * points, goals, state, progress, owners. It and the text stay in sync: the
 * form follows typing in the YAML, and a change in the form rewrites only
 * that key's line in the buffer (as an undoable edit, every other byte kept).
 * Reference fields complete entities of the type their key expects.
 */
class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PropertiesPanel(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /** Entities offered by completion. */
    void setSnapshot(const Snapshot &snapshot);
    /** Reads the buffer's front matter into the form (fields being edited are left alone). */
    void refresh();
    /** Sets one key in the buffer as the form would (empty value: removes the key). */
    void setValue(const QString &key, const QVariant &value);

private:
    /** A line for `key`: one value, or a comma-separated list. */
    QLineEdit *addLine(const QString &key, const QString &label, ReferenceCompleter::Field field);
    /** Completes `key`'s field with entities of `type`. */
    void addCompletion(const QString &key, EntityType type);
    void commitLine(const QString &key, ReferenceCompleter::Field field);
    [[nodiscard]] static ReferenceCompleter::Field fieldOf(const QLineEdit *line);

    QPlainTextEdit *m_editor;
    QComboBox *m_type;
    QComboBox *m_kind;
    QComboBox *m_state;
    QDoubleSpinBox *m_progress;
    QHash<QString, QLineEdit *> m_lines;
    QList<ReferenceCompleter *> m_completers;
    bool m_updating = false;
};

} // namespace storyloom
