// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/storygraph.h"
#include "core/roadmap/roadmapdiagram.h"
#include "ui/export/diagramexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace storyloom {

class DiagramPreview;
class ExportTargetWidget;

/**
 * File > Export Roadmap…: the options of `storyloom-cli export --roadmap`
 * with a live preview of the diagram they give, the file to write (its
 * suffix and the format agree), and Export.
 */
class RoadmapExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoadmapExportDialog(Snapshot snapshot, QWidget *parent = nullptr);

    [[nodiscard]] RoadmapDiagramOptions options() const;
    [[nodiscard]] ExportFormat format() const;

Q_SIGNALS:
    /** The file was written (for the window's "Exported to …" notice). */
    void exported(const QString &path);

private:
    void updatePreview();
    void save();

    Snapshot m_snapshot;
    QList<QCheckBox *> m_states;
    QCheckBox *m_painPoints = nullptr;
    QCheckBox *m_stories = nullptr;
    QCheckBox *m_legend = nullptr;
    QComboBox *m_direction = nullptr;
    ExportTargetWidget *m_target = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLineEdit *m_title = nullptr;
    DiagramPreview *m_preview = nullptr;
};

} // namespace storyloom
