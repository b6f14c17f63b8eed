// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/export/diagramexporter.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QStatusBar;
class QWidget;

namespace storyloom {

/**
 * Runs an export the way every export dialog does: the work on a worker
 * thread with a progress dialog when it takes a moment, the file written
 * atomically. The dialog says `exported`; the window that owns the status
 * bar then shows "Exported to …" with a link that opens the folder.
 */
class ExportRunner
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::ExportRunner)

public:
    /** Builds the export's bytes; runs on a worker thread, so it must not touch widgets. */
    using Job = std::function<ExportResult()>;

    /** Runs `job` and writes `path`; returns why it failed, or nothing when the file was written. */
    [[nodiscard]] static std::optional<QString> run(QWidget *parent, const QString &path, const Job &job);
    /** Shows "Exported to …" with an "Open Folder" link in the status bar. */
    static void announce(QStatusBar *bar, const QString &path);
};

} // namespace storyloom
