// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphexportdialog.h"

#include "ui/export/exporttargetwidget.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyloom {

GraphExportDialog::GraphExportDialog(const QString &projectRoot, Builder builder, QWidget *parent)
    : QDialog(parent)
    , m_builder(std::move(builder))
{
    setWindowTitle(tr("Export Graph"));
    ExportTargetOptions target;
    target.settingsKey = QStringLiteral("graph");
    target.formats = { ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot };
    target.projectRoot = projectRoot;
    target.baseName = projectRoot.isEmpty() ? QStringLiteral("graph")
                                            : QFileInfo(projectRoot).fileName() + QStringLiteral("-graph");
    m_target = new ExportTargetWidget(target, this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GraphExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Exports what the graph shows now, with its filters."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_target);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void GraphExportDialog::save()
{
    const QString path = m_target->path();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export Graph"), tr("Choose the file to export to."));
        return;
    }
    const ExportFormat format = m_target->format();
    const PngSize size = m_target->pngSize();
    m_buttons->setEnabled(false);
    const std::optional<QString> error = ExportRunner::run(
        this, path, [builder = m_builder, format, size, path] { return builder(format, size, path); });
    m_buttons->setEnabled(true);
    if (error) {
        QMessageBox::warning(this, tr("Export Graph"), *error);
        return;
    }
    m_target->remember();
    Q_EMIT exported(path);
    accept();
}

} // namespace storyloom
