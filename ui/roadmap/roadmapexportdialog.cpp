// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roadmap/roadmapexportdialog.h"

#include "export/diagramlayout.h"
#include "export/diagrampreview.h"
#include "roadmap/overviewtablewriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace storyloom {

RoadmapExportDialog::RoadmapExportDialog(Snapshot snapshot, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
{
    setWindowTitle(tr("Export Roadmap"));
    auto *form = new QFormLayout;
    auto *states = new QVBoxLayout;
    for (GoalState state : allGoalStates) {
        auto *box = new QCheckBox(stateEmoji(state) + u' ' + displayName(state), this);
        box->setChecked(true);
        box->setProperty("state", int(state));
        states->addWidget(box);
        m_states << box;
    }
    form->addRow(tr("States:"), states);
    m_painPoints = new QCheckBox(tr("Pain points each goal addresses"), this);
    m_stories = new QCheckBox(tr("Shiny-future stories each goal realises"), this);
    m_legend = new QCheckBox(tr("Legend"), this);
    m_legend->setChecked(true);
    form->addRow(tr("Show:"), m_painPoints);
    form->addRow(QString(), m_stories);
    form->addRow(QString(), m_legend);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("%1 roadmap").arg(m_snapshot ? m_snapshot->title() : QString()));
    form->addRow(tr("Title:"), m_title);
    m_direction = new QComboBox(this);
    m_direction->addItem(tr("Left to right"), int(DiagramDirection::LeftToRight));
    m_direction->addItem(tr("Top down"), int(DiagramDirection::TopDown));
    form->addRow(tr("Direction:"), m_direction);
    m_format = new QComboBox(this);
    m_format->addItem(tr("SVG picture (links to pages)"), int(ExportFormat::Svg));
    m_format->addItem(tr("PNG picture"), int(ExportFormat::Png));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    m_format->addItem(tr("Graphviz DOT"), int(ExportFormat::Dot));
    m_format->addItem(tr("Mermaid flowchart"), int(ExportFormat::Mermaid));
    m_format->addItem(tr("Markdown overview table"), int(ExportFormat::Markdown));
    form->addRow(tr("Format:"), m_format);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2.0);
    m_scale->setSuffix(QStringLiteral("×"));
    form->addRow(tr("PNG scale:"), m_scale);

    m_preview = new DiagramPreview(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoadmapExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    resize(1100, 640);

    // Options change often while someone clicks through them: preview after a short pause.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(debounce, &QTimer::timeout, this, &RoadmapExportDialog::updatePreview);
    auto later = [debounce] { debounce->start(); };
    for (QCheckBox *box : std::as_const(m_states))
        connect(box, &QCheckBox::toggled, this, later);
    connect(m_painPoints, &QCheckBox::toggled, this, later);
    connect(m_stories, &QCheckBox::toggled, this, later);
    connect(m_legend, &QCheckBox::toggled, this, later);
    connect(m_title, &QLineEdit::textChanged, this, later);
    connect(m_direction, &QComboBox::currentIndexChanged, this, later);
    connect(m_format, &QComboBox::currentIndexChanged, this,
        [this] { m_scale->setEnabled(format() == ExportFormat::Png); });
    m_scale->setEnabled(false);
    updatePreview();
}

RoadmapDiagramOptions RoadmapExportDialog::options() const
{
    RoadmapDiagramOptions options;
    for (QCheckBox *box : m_states) {
        if (box->isChecked())
            options.states << GoalState(box->property("state").toInt());
    }
    if (options.states.size() == qsizetype(std::size(allGoalStates)))
        options.states.clear(); // all states, including goals without one
    options.withPainPoints = m_painPoints->isChecked();
    options.withStories = m_stories->isChecked();
    options.legend = m_legend->isChecked();
    options.direction = DiagramDirection(m_direction->currentData().toInt());
    options.title = m_title->text().trimmed();
    return options;
}

ExportFormat RoadmapExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void RoadmapExportDialog::updatePreview()
{
    if (m_snapshot)
        m_preview->setDiagram(buildRoadmapDiagram(*m_snapshot, options()));
}

void RoadmapExportDialog::save()
{
    if (!m_snapshot)
        return;
    const ExportFormat chosen = format();
    const QString suffix = DiagramExporter::suffix(chosen);
    const QString suggested = m_snapshot->rootPath() + QStringLiteral("/roadmap.") + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Roadmap"), suggested, tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    QByteArray bytes;
    if (chosen == ExportFormat::Markdown) {
        OverviewTableOptions tableOptions;
        tableOptions.pageDir = QFileInfo(path).absolutePath().startsWith(m_snapshot->rootPath())
            ? QDir(m_snapshot->rootPath()).relativeFilePath(QFileInfo(path).absolutePath())
            : m_snapshot->contentDir();
        bytes = OverviewTableWriter::table(*m_snapshot, tableOptions).toUtf8();
    } else {
        Diagram diagram = buildRoadmapDiagram(*m_snapshot, options());
        layoutDiagram(diagram);
        const ExportResult result = DiagramExporter::write(diagram, chosen, m_scale->value());
        if (result.error) {
            QMessageBox::warning(this, tr("Export Roadmap"), result.error->message);
            return;
        }
        bytes = result.bytes;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export Roadmap"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    accept();
}

} // namespace storyloom
