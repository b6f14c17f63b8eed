// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roadmap/roadmapexportdialog.h"

#include "core/export/diagramlayout.h"
#include "core/roadmap/overviewtablewriter.h"
#include "ui/export/diagrampreview.h"
#include "ui/export/exportrunner.h"
#include "ui/export/exporttargetwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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
        box->setAccessibleName(displayName(state)); // the word, not the emoji's name
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
    ExportTargetOptions target;
    target.settingsKey = QStringLiteral("roadmap");
    target.formats = { ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot,
        ExportFormat::Mermaid, ExportFormat::Markdown };
    target.projectRoot = m_snapshot ? m_snapshot->rootPath() : QString();
    target.baseName = target.projectRoot.isEmpty()
        ? QStringLiteral("roadmap")
        : QFileInfo(target.projectRoot).fileName() + QStringLiteral("-roadmap");
    m_target = new ExportTargetWidget(target, this);
    form->addRow(m_target);

    m_preview = new DiagramPreview(this);
    m_preview->setAccessibleName(tr("Preview of the roadmap diagram"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoadmapExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);
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
    return m_target->format();
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
    const QString path = m_target->path();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export Roadmap"), tr("Choose the file to export to."));
        return;
    }
    const ExportFormat chosen = format();
    const PngSize pngSize = m_target->pngSize();
    const RoadmapDiagramOptions diagramOptions = options();
    OverviewTableOptions tableOptions;
    const QString folder = QFileInfo(path).absolutePath();
    const QString relative = QDir(m_snapshot->rootPath()).relativeFilePath(folder);
    tableOptions.pageDir = relative.startsWith(QLatin1StringView("..")) || QDir::isAbsolutePath(relative)
        ? m_snapshot->contentDir()
        : relative;
    const Snapshot snapshot = m_snapshot;
    m_buttons->setEnabled(false);
    const std::optional<QString> error = ExportRunner::run(this, path, [=]() -> ExportResult {
        if (chosen == ExportFormat::Markdown)
            return { OverviewTableWriter::table(*snapshot, tableOptions).toUtf8(), std::nullopt };
        Diagram diagram = buildRoadmapDiagram(*snapshot, diagramOptions);
        layoutDiagram(diagram);
        return DiagramExporter::write(diagram, chosen, DiagramExporter::pngScale(diagram, pngSize));
    });
    m_buttons->setEnabled(true);
    if (error) {
        QMessageBox::warning(this, tr("Export Roadmap"), *error);
        return;
    }
    m_target->remember();
    Q_EMIT exported(path);
    accept();
}

} // namespace storyloom
