// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/export/exportrunner.h"

#include <QDialog>

class QDialogButtonBox;

namespace storyloom {

class ExportTargetWidget;

/**
 * The graph view's Export…: format, file (suffix and format agree) and PNG
 * size, then the export on a worker thread with progress.
 */
class GraphExportDialog : public QDialog
{
    Q_OBJECT
public:
    /** Makes the export's bytes for a format, PNG size and the file they go to (for links); runs on a worker thread. */
    using Builder = std::function<ExportResult(ExportFormat, const PngSize &, const QString &)>;

    GraphExportDialog(const QString &projectRoot, Builder builder, QWidget *parent = nullptr);

Q_SIGNALS:
    /** The file was written (for the window's "Exported to …" notice). */
    void exported(const QString &path);

private:
    void save();

    Builder m_builder;
    ExportTargetWidget *m_target = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace storyloom
